// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackageSummary } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { PackageShelf } from '../../../../../../renderer/app/screens/package/PackageShelf';

type Args = Record<string, unknown>;

const golf: PackageSummary = {
  id: 'golf-explained-1a2b3c4d',
  title: 'Golf Explained',
  edition: '2004 3rd',
  scoCount: 1,
  bytes: 12.34 * 1024 * 1024,
  importedAt: '2026-12-01T10:00:00Z',
  status: { completion: 'incomplete', success: 'unknown', scoreScaled: null, lastStudiedAt: '2026-12-03T09:00:00Z' },
};

/** Core's answers by call name; `import` answers each 'library/import' in turn. */
function installCore(answers: { import?: unknown[]; upload?: unknown } = {}) {
  const calls: { name: string; args: Args; body?: unknown }[] = [];
  const ok = (data: unknown) => new Response(JSON.stringify({ ok: true, data }), { status: 200 });
  const imports = [...(answers.import ?? [])];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).endsWith('/upload')) {
        calls.push({ name: 'upload', args: {}, body: init?.body });
        if (answers.upload) return new Response(JSON.stringify({ ok: false, error: answers.upload }), { status: 413 });
        return ok({ uploadId: 'u'.repeat(24) });
      }
      const name = String(url).replace(/^.*\/rpc\//, '');
      const args = JSON.parse(String(init?.body ?? '{}')) as Args;
      calls.push({ name, args });
      if (name === 'library/packages') return ok([golf]);
      if (name === 'library/remove') return ok({ removed: true });
      if (name === 'library/import') {
        const next = imports.shift() as { error?: unknown } | undefined;
        if (next?.error) return new Response(JSON.stringify({ ok: false, error: next.error }), { status: 400 });
        return ok(next);
      }
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: name } }), { status: 404 });
    }),
  );
  return { calls, of: (name: string) => calls.filter((c) => c.name === name).map((c) => c.args) };
}

const zip = (name = 'golf.zip') => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: 'application/zip' });
const choose = (file: File) => fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });

describe("the Library's shelf of other people's packages", () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists each package with its edition, parts, size in the UI’s number format and the learner’s status', async () => {
    installCore();
    render(<PackageShelf session="s" removeLocked={false} />);
    const card = await screen.findByRole('article', { name: 'Golf Explained' });
    expect(card.textContent).toContain('SCORM 2004 3rd · 1 onderdeel · 12,3 MB');
    expect(within(card).getByText('Bezig')).toBeTruthy();
    expect(card.textContent).toContain('laatst geopend op 3 december 2026');
    expect(within(card).getByRole('link', { name: 'Open het pakket' }).getAttribute('href')).toBe('#/package/golf-explained-1a2b3c4d');
    await i18next.changeLanguage('en');
    await waitFor(() => expect(card.textContent).toContain('SCORM 2004 3rd · 1 part · 12.3 MB'));
  });

  it('says a file that is not a zip is not a package, without sending it', async () => {
    const core = installCore();
    render(<PackageShelf session="s" removeLocked={false} />);
    await screen.findByRole('article', { name: 'Golf Explained' });
    choose(zip('notities.docx'));
    expect((await screen.findByRole('alert')).textContent).toContain('notities.docx is geen zip-bestand');
    expect(core.of('upload')).toEqual([]);
  });

  it('answers a conflict with the same upload: "Als kopie toevoegen" imports it as a copy', async () => {
    const core = installCore({ import: [{ conflict: golf }, { imported: { ...golf, id: 'golf-explained-1a2b3c4d-2' } }] });
    render(<PackageShelf session="s" removeLocked={false} />);
    await screen.findByRole('article', { name: 'Golf Explained' });
    choose(zip());
    const dialog = await screen.findByRole('dialog', { name: 'Golf Explained staat al bij de pakketten' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Als kopie toevoegen' }));
    await screen.findByText('Golf Explained staat nu bij de pakketten.');
    expect(core.of('library/import')).toEqual([{ uploadId: 'u'.repeat(24) }, { uploadId: 'u'.repeat(24), mode: 'copy' }]);
  });

  it('offers to import from the folder the manifest was found in', async () => {
    const notAtRoot = { code: 'PACKAGE_INVALID', message: 'imsmanifest.xml is not at the root', params: { problem: 'manifest-not-at-root', found: 'course/imsmanifest.xml', root: 'course' } };
    const core = installCore({ import: [{ error: notAtRoot }, { imported: golf }] });
    render(<PackageShelf session="s" removeLocked={false} />);
    choose(zip());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('imsmanifest.xml staat niet bovenaan in de zip, maar in course/imsmanifest.xml.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Importeer uit die map' }));
    await screen.findByText('Golf Explained staat nu bij de pakketten.');
    expect(core.of('library/import').at(-1)).toEqual({ uploadId: 'u'.repeat(24), root: 'course' });
  });

  it('words a refused zip in Dutch and keeps the core’s own message as technical detail', async () => {
    const symlink = { code: 'PACKAGE_INVALID', message: 'The zip holds a symbolic link: evil', hint: 'Zip it again.', params: { problem: 'symlink', entry: 'evil' } };
    installCore({ import: [{ error: symlink }] });
    render(<PackageShelf session="s" removeLocked={false} />);
    choose(zip());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het zip-bestand bevat een snelkoppeling (evil); Leerpad pakt het niet uit.');
    expect(alert.querySelector('details')!.textContent).toContain('The zip holds a symbolic link: evil');
  });

  it('imports a zip dropped on the shelf, showing the drop zone while it is dragged over', async () => {
    const core = installCore({ import: [{ imported: golf }] });
    render(<PackageShelf session="s" removeLocked={false} />);
    const shelf = (await screen.findByRole('heading', { name: 'Pakketten van anderen' })).closest('section')!;
    const dataTransfer = { types: ['Files'], files: [zip()], dropEffect: 'none' };
    fireEvent.dragOver(shelf, { dataTransfer });
    expect(shelf.textContent).toContain('Laat los om dit zip-bestand te importeren.');
    fireEvent.drop(shelf, { dataTransfer });
    await screen.findByText('Golf Explained staat nu bij de pakketten.');
    expect(core.of('upload')).toHaveLength(1);
    expect(shelf.textContent).toContain('Sleep een zip-bestand');
  });

  it('says a zip past the size cap is too large in MB, not the generic "too large to process"', async () => {
    installCore({ upload: { code: 'PAYLOAD_TOO_LARGE', message: 'too large', params: { maxMegabytes: 2048 } } });
    render(<PackageShelf session="s" removeLocked={false} />);
    choose(zip());
    expect((await screen.findByRole('alert')).textContent).toContain('Dit zip-bestand is groter dan 2048 MB, het meeste dat Leerpad importeert.');
  });

  it('asks whether to keep the learners’ records when removing, and sends the choice', async () => {
    const core = installCore();
    render(<PackageShelf session="s" teacher="t" removeLocked={false} />);
    const card = await screen.findByRole('article', { name: 'Golf Explained' });
    fireEvent.click(within(card).getByRole('button', { name: 'Verwijder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Golf Explained verwijderen?' });
    expect((within(dialog).getByRole('radio', { name: /Bewaar de resultaten/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Verwijder ook alle resultaten/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verwijder het pakket' }));
    await screen.findByText('Golf Explained is verwijderd.');
    expect(core.of('library/remove')).toEqual([{ packageId: golf.id, keepRecords: false, teacher: 't' }]);
  });

  it('sends to lecturer mode first when a teacher PIN is set and it is closed', async () => {
    const core = installCore();
    render(<PackageShelf session="s" removeLocked />);
    fireEvent.click(within(await screen.findByRole('article', { name: 'Golf Explained' })).getByRole('button', { name: 'Verwijder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Golf Explained verwijderen?' });
    expect(within(dialog).getByRole('link', { name: 'Naar de leerkrachtmodus' }).getAttribute('href')).toBe('#/lecturer');
    expect(within(dialog).queryByRole('button', { name: 'Verwijder het pakket' })).toBeNull();
    expect(core.of('library/remove')).toEqual([]);
  });
});
