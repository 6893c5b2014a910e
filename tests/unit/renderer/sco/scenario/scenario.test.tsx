// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeState, emptyState } from '../../../../../renderer/sco/state/codec';
import { choose as chooseIn } from '../../../../../renderer/sco/state/scenarios';
import { closePage, flatCmi, launch, lmsApi, stopAll, track, update } from '../../../../helpers/renderer/sco/render';
import { OPEN, SCORED, scenarioPackage } from './scenario-fixture';

afterEach(stopAll);

const step = (name: RegExp) => screen.getByRole('group', { name });
const scored = () => step(/^Stap 1 van 2/).closest('.scenario') as HTMLElement;

async function choose(group: HTMLElement, choice: string | null) {
  if (choice) fireEvent.click(within(group).getByRole('radio', { name: choice }));
  const card = group.closest('.scenario-step') as HTMLElement;
  await act(async () => fireEvent.click(within(card).getByRole('button', { name: 'Kies' })));
}

describe('a scored scenario', () => {
  it('asks first for a choice, then tells what happens, says it was not the best, shows the best, and locks the step', async () => {
    const l = track(await launch(scenarioPackage({ edition: 'scorm2004' }), { api: null }));
    const first = step(/^Stap 1 van 2 Wat doe je\?/);
    await choose(first, null);
    expect(screen.getByRole('alert').textContent).toBe('Kies eerst wat je zou doen.');
    expect(first.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);

    await choose(first, 'Je zegt dat bomen groen zijn.');
    const heading = screen.getByRole('heading', { level: 4, name: /Niet de beste keuze/ });
    expect(document.activeElement).toBe(heading);
    const consequence = heading.parentElement!;
    expect(consequence.parentElement!.getAttribute('aria-live')).toBe('polite');
    expect(consequence.textContent).toContain('Amir neemt een groen potlood');
    expect(consequence.textContent).toContain('De beste keuze: Je vraagt: "Vertel eens over je boom?"');
    expect(consequence.textContent).toContain('zijn beeld krijgt ruimte');
    expect((first as HTMLFieldSetElement).disabled).toBe(true);
    expect(l.sco.store.state.c).toEqual({ 's-paarse-boom': 'b' });
  });

  it('opens the second step after the first choice and keeps the whole path', async () => {
    const l = track(await launch(scenarioPackage({ edition: 'scorm2004' }), { api: null }));
    expect(screen.queryByRole('group', { name: /^Stap 2 van 2/ })).toBeNull();
    await choose(step(/^Stap 1 van 2/), 'Je vraagt: "Vertel eens over je boom?"');
    expect(within(scored()).getByRole('heading', { level: 4, name: /De beste keuze/ })).toBeTruthy();
    expect(screen.getByText('Even later vraagt Amir of hij nog een boom mag schilderen.')).toBeTruthy();
    await choose(step(/^Stap 2 van 2/), 'Je legt nieuw papier klaar.');
    expect(l.sco.store.state.c?.['s-paarse-boom']).toBe('ad');
    expect(within(scored()).queryByRole('button', { name: 'Kies' })).toBeNull();
  });

  it('shows the chosen path again on resume, with its consequences and no choice left open', async () => {
    const pkg = scenarioPackage({ edition: 'scorm2004' });
    const saved = encodeState({ ...emptyState(pkg.module), c: { 's-paarse-boom': 'bd' } });
    track(await launch(pkg, { api: lmsApi('scorm2004', { cmi: { suspend_data: saved, entry: 'resume' } }) }));
    const second = step(/^Stap 2 van 2/);
    expect((within(second).getByRole('radio', { name: 'Je legt nieuw papier klaar.' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Hij schildert een hele reeks herfstbomen.')).toBeTruthy();
    expect(within(scored()).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['✗ Niet de beste keuze', '✓ De beste keuze']);
  });
});

describe('a scored scenario in a real LMS API', () => {
  it.each(['scorm12', 'scorm2004'] as const)('is accepted and kept by scorm-again (%s)', async (edition) => {
    const api = lmsApi(edition);
    const l = track(await launch(scenarioPackage({ edition }), { api }));
    await choose(step(/^Stap 1 van 2/), 'Je zegt dat bomen groen zijn.');
    await choose(step(/^Stap 2 van 2/), 'Je legt nieuw papier klaar.');
    await closePage(l);
    const cmi = flatCmi(api);
    const n = Object.keys(cmi).find((k) => cmi[k] === 's-paarse-boom')!.split('.')[2];
    const response = edition === 'scorm12' ? 'student_response' : 'learner_response';
    expect([cmi[`cmi.interactions.${n}.type`], cmi[`cmi.interactions.${n}.${response}`], cmi[`cmi.interactions.${n}.result`]]).toEqual(
      edition === 'scorm12' ? ['choice', 'b,d', 'wrong'] : ['choice', 'b[,]d', 'incorrect'],
    );
  });
});

describe('an unscored scenario', () => {
  it('tells what happens without calling any choice best or not', async () => {
    track(await launch(scenarioPackage({ edition: 'scorm2004' }), { api: null }));
    const group = step(/^Wat doe je\?$/);
    await choose(group, 'Je geeft een folder mee.');
    const heading = screen.getByRole('heading', { level: 4, name: 'Wat er gebeurt' });
    expect(heading.parentElement!.textContent).toContain('Ze leest hem later, of niet.');
    expect(heading.parentElement!.textContent).not.toMatch(/beste keuze/);
  });
});

describe('scenarios for keyboard and screen-reader users', () => {
  it('pass axe before and after a choice, and speak English when the app does', async () => {
    // Contrast needs real layout (the e2e run checks it); happy-dom shows the hidden print copy; the page title comes from index.html, not loaded here.
    const run = async () => {
      const context = { include: [document.documentElement], exclude: [['.print-only']] };
      const rules = { 'color-contrast': { enabled: false }, 'document-title': { enabled: false } };
      const result = await axe.run(context as axe.ElementContext, { resultTypes: ['violations'], rules });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
    };
    track(await launch(scenarioPackage({ edition: 'scorm2004' }), { api: null, language: 'en' }));
    expect(await run()).toEqual([]);
    expect(screen.getAllByText('Scenario: what do you do?')).toHaveLength(2);
    const first = screen.getByRole('group', { name: /^Step 1 of 2 What do you do\?/ });
    fireEvent.click(within(first).getByRole('radio', { name: 'Je zegt dat bomen groen zijn.' }));
    await act(async () => fireEvent.click(within(first.closest('.scenario-step') as HTMLElement).getByRole('button', { name: 'Choose' })));
    expect(screen.getByRole('heading', { level: 4, name: /Not the best choice/ })).toBeTruthy();
    expect(await run()).toEqual([]);
  });
});

describe('the summary', () => {
  it('lists a scenario not yet decided as still open, and no longer once every step is chosen', async () => {
    const pkg = scenarioPackage({ edition: 'scorm2004' });
    const l = track(await launch(pkg, { api: null }));
    const toSummary = () => act(async () => fireEvent.click(within(screen.getByRole('navigation', { name: 'Onderdelen van deze module' })).getByRole('button', { name: 'Samenvatting' })));
    const open = () => within(screen.getByRole('heading', { name: 'Nog open' }).nextElementSibling as HTMLElement).queryAllByText(/^Scenario nog niet beslist/);
    await toSummary();
    expect(open().map((e) => e.textContent)).toEqual(Array(2).fill(`Scenario nog niet beslist (in: ${pkg.module.sections[0]!.title})`));
    await update(l, (s) => chooseIn(chooseIn(chooseIn(s, SCORED, 'a'), SCORED, 'd'), OPEN, 'b'));
    expect(open()).toEqual([]);
  });
});
