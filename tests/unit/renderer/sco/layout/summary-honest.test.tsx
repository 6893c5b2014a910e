// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setReflection } from '../../../../../renderer/sco/state/actions';
import { fixture, launch, QUIZ_SECTION, REFLECTION_SECTION, stopAll, track, update } from '../../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT, visitAll, WRONG } from '../../../../helpers/renderer/sco/quiz-fixture';
import { fakeScreen } from '../../../../helpers/renderer/sco/section-ends';

beforeEach(() => fakeScreen({ endsInView: true }));
afterEach(() => {
  stopAll();
  vi.unstubAllGlobals();
});

const LONG = 'Vandaag liet ik de kleuters eerst voorspellen wat er zou zinken, en pas daarna proberen.';

async function toSummary() {
  await act(async () => fireEvent.click(within(screen.getByRole('navigation', { name: 'Onderdelen van deze module' })).getByRole('button', { name: 'Samenvatting' })));
}

function openItems(): string[] {
  const list = screen.getByRole('heading', { name: 'Nog open' }).nextElementSibling as HTMLElement;
  return list.tagName === 'UL' ? within(list).getAllByRole('listitem').map((li) => li.firstChild!.textContent!) : [];
}

describe('the summary of a module says what is true', () => {
  it('does not call a module with a failed quiz done: it says the quiz is not passed and offers it again', async () => {
    const pkg = fixture();
    const l = track(await launch(pkg, { api: null }));
    await update(l, (s) => setReflection(playQuiz(pkg, WRONG)(visitAll(pkg)(s)), 'r-onderzoeken-praktijk', LONG));
    await toSummary();
    expect(screen.queryByText('Je hebt alles van deze module afgewerkt. Goed gedaan!')).toBeNull();
    expect(screen.getByText(/maar de toets is nog niet geslaagd/)).toBeTruthy();
    expect(openItems()).toContain('Toets nog niet geslaagd: Test jezelf: onderzoeken');
  });

  it('"Toets opnieuw" starts a new attempt and takes the learner to the quiz', async () => {
    const pkg = fixture();
    const l = track(await launch(pkg, { api: null }));
    await update(l, (s) => playQuiz(pkg, WRONG)(visitAll(pkg)(s)));
    await toSummary();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Toets opnieuw' })));
    expect(l.sco.store.state.at).toBe(QUIZ_SECTION);
    expect(l.sco.store.state.qf).toBeUndefined();
    expect(Object.keys(l.sco.store.state.q)).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: pkg.module.sections[QUIZ_SECTION]!.title }));
  });

  it('calls a module finished once every section was read and the quiz passed', async () => {
    const pkg = fixture();
    const l = track(await launch(pkg, { api: null }));
    await update(l, (s) => playQuiz(pkg, RIGHT)(visitAll(pkg)(s)));
    await toSummary();
    expect(screen.getByText('Je hebt alle onderdelen bekeken en de toets gehaald. Deze module is afgerond.')).toBeTruthy();
    expect(openItems()).not.toContain('Toets nog niet geslaagd: Test jezelf: onderzoeken');
  });

  it('lists a reflection below its minimum as open, with the characters still needed', async () => {
    const pkg = fixture();
    const l = track(await launch(pkg, { api: null }));
    await update(l, (s) => setReflection(s, 'r-onderzoeken-praktijk', 'ok'));
    await toSummary();
    const title = pkg.module.sections[REFLECTION_SECTION]!.title;
    expect(openItems()).toContain(`Reflectie nog te kort: nog 48 tekens nodig (in: ${title})`);
    await update(l, (s) => setReflection(s, 'r-onderzoeken-praktijk', LONG));
    expect(openItems().some((item) => item.startsWith('Reflectie'))).toBe(false);
  });
});
