// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportResult, PackagingAdvice } from '../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { Export } from '../../../../renderer/app/screens/Export';

type Args = Record<string, unknown>;

const outline = {
  id: 'cursus',
  title: 'Cursus',
  modules: ['een', 'twee', 'drie'].map((id) => ({ id, title: `Module ${id}`, levers: [], minutes: 10, goals: [], sections: [], questions: 2, reflections: 1, checklists: 0 })),
};

/** Like core's advice: a course SCO unless its resume state is too big (1.2 with reflections sent to the LMS); a SCO per module only for a generic LMS. */
function advice(args: Args): PackagingAdvice {
  const fits = !(args.edition === 'scorm12' && args.reflections === 'lms');
  return {
    recommended: fits ? 'course-sco' : 'package-per-module',
    options: [
      { packaging: 'course-sco', available: fits, reason: 'English reason', params: { worst: 5120, limit: 4096, edition: 'SCORM 1.2' } },
      { packaging: 'package-per-module', available: true, reason: 'English reason' },
      { packaging: 'sco-per-module', available: args.lms === 'generic', reason: 'English reason', params: { lms: String(args.lms) } },
    ],
  };
}

const written: ExportResult = {
  written: true,
  fileName: 'cursus-1.0.0-scorm12-per-module.zip',
  bytes: 250_000,
  path: '/data/exports/cursus-1.0.0-scorm12-per-module.zip',
  downloadUrl: './exports/cursus-1.0.0-scorm12-per-module.zip',
  findings: [{ severity: 'warning', rule: 'made.up', message: 'Something to know.', fix: 'Do this.' }],
  packaging: 'package-per-module',
  parts: [
    { fileName: '01-een-scorm12.zip', moduleId: 'een', bytes: 80_000 },
    { fileName: '02-twee-scorm12.zip', moduleId: 'twee', bytes: 90_000 },
  ],
  guide: {
    lms: 'moodle',
    packaging: 'package-per-module',
    edition: 'scorm12',
    language: 'nl-BE',
    title: 'Zo zet je cursus.zip in Moodle',
    sections: [
      { heading: 'Het pakket toevoegen', steps: ['Open je cursus in Moodle.', 'Kies "Activiteit of bron toevoegen".'] },
      { heading: 'Wat de student ziet', steps: ['Elke module is een eigen activiteit.'] },
    ],
  },
};

function installCore() {
  const calls: { name: string; args: Args }[] = [];
  const reply = (data: unknown) => new Response(JSON.stringify({ ok: true, data }), { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const name = String(url).replace(/^.*\/rpc\//, '');
      const args = JSON.parse(String(init?.body ?? '{}')) as Args;
      calls.push({ name, args });
      if (name === 'course/list') return reply([{ id: 'cursus', title: 'Cursus', status: 'ok' }]);
      if (name === 'course/get') return reply(outline);
      if (name === 'scorm/packaging-advice') return reply(advice(args));
      if (name === 'scorm/export') return reply(written);
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: name } }), { status: 404 });
    }),
  );
  return { calls, last: (name: string) => calls.filter((c) => c.name === name).at(-1)?.args };
}

const radio = (name: RegExp | string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const packagingGroup = () => screen.getByRole('group', { name: 'Hoe moet het pakket eruitzien?' });

describe('the Export screen: packaging and the upload guide', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('preselects the packaging core recommends for Moodle, with each option\'s reason in Dutch', async () => {
    const core = installCore();
    render(<Export />);
    await waitFor(() => expect(radio('Eén SCO voor de hele cursus, met een eigen modulemenu (aanbevolen)').checked).toBe(true));
    expect(core.last('scorm/packaging-advice')).toEqual({ courseId: 'cursus', edition: 'scorm12', lms: 'moodle', reflections: 'private' });
    const group = within(packagingGroup());
    expect(group.getByText(/Eén activiteit en één cijfer voor de hele cursus/)).toBeTruthy();
    expect(group.queryByText('English reason')).toBeNull();
    // Moodle loses work in a package with several SCOs: the option is there, disabled, saying why.
    expect(radio('Eén pakket met een SCO per module').disabled).toBe(true);
    expect(group.getByText(/Niet voor Moodle: in een SCORM 1.2-pakket met meerdere SCO's/)).toBeTruthy();
  });

  it('asks again when the target changes, and keeps the lecturer\'s own choice while it is still offered', async () => {
    const core = installCore();
    render(<Export />);
    await waitFor(() => expect(radio(/Eén SCO voor de hele cursus/).checked).toBe(true));
    fireEvent.click(radio('Een apart pakket per module'));
    expect(radio('Een apart pakket per module').checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'Ander LMS' }));
    await waitFor(() => expect(core.last('scorm/packaging-advice')).toMatchObject({ lms: 'generic' }));
    await waitFor(() => expect(radio('Eén pakket met een SCO per module').disabled).toBe(false));
    expect(radio('Een apart pakket per module').checked).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: /Module drie/ }));
    await waitFor(() => expect(core.last('scorm/packaging-advice')).toMatchObject({ modules: ['een', 'twee'] }));
  });

  it('moves to the new recommendation when the chosen packaging is no longer available, and says why in numbers', async () => {
    installCore();
    render(<Export />);
    await waitFor(() => expect(radio(/Eén SCO voor de hele cursus/).checked).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: 'Naar het LMS sturen' }));
    await waitFor(() => expect(radio('Een apart pakket per module (aanbevolen)').checked).toBe(true));
    expect(radio('Eén SCO voor de hele cursus, met een eigen modulemenu').disabled).toBe(true);
    expect(within(packagingGroup()).getByText(/kan 5120 tekens vragen, maar SCORM 1.2 bewaart er 4096/)).toBeTruthy();
  });

  it('exports with the chosen packaging and the UI language, then shows the inner packages, the guide as ordered steps, and the findings', async () => {
    const core = installCore();
    render(<Export />);
    await waitFor(() => expect(radio(/Eén SCO voor de hele cursus/).checked).toBe(true));
    fireEvent.click(radio('Een apart pakket per module'));
    fireEvent.click(screen.getByRole('button', { name: 'Pakket maken' }));

    await screen.findByRole('heading', { name: 'Het pakket is klaar' });
    expect(core.last('scorm/export')).toMatchObject({ packaging: 'package-per-module', language: 'nl-BE', lms: 'moodle' });

    const parts = screen.getByRole('region', { name: 'Pakketten in het zip-bestand' });
    expect(within(parts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['01-een-scorm12.zip (80 kB)', '02-twee-scorm12.zip (90 kB)']);

    const guide = screen.getByRole('region', { name: 'Wat je nu doet in het leerplatform' });
    expect(within(guide).getByText('Zo zet je cursus.zip in Moodle')).toBeTruthy();
    const add = within(guide).getByRole('region', { name: 'Het pakket toevoegen' });
    expect(within(within(add).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Open je cursus in Moodle.',
      'Kies "Activiteit of bron toevoegen".',
    ]);
    expect(add.querySelector('ol')).not.toBeNull();
    expect(screen.getByText(/Something to know\./)).toBeTruthy();
  });

  it('asks the guide in English when the UI is in English', async () => {
    await i18next.changeLanguage('en');
    const core = installCore();
    render(<Export />);
    await waitFor(() => expect(radio('One SCO for the whole course, with its own module menu (recommended)').checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Make the package' }));
    await waitFor(() => expect(core.last('scorm/export')).toMatchObject({ language: 'en', packaging: 'course-sco' }));
  });
});
