// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { check, visit } from '../../../../../renderer/sco/state/actions';
import { decodeState } from '../../../../../renderer/sco/state/codec';
import { closePage, fixture, flatCmi, launch, lmsApi, QUIZ_SECTION, stopAll, track, update, type Api2004, type Launch } from '../../../../helpers/renderer/sco/render';
import { RIGHT } from '../../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

async function open(retry = true, api: Api2004 | null = null, language: 'nl-BE' | 'en' = 'nl-BE'): Promise<Launch> {
  const pkg = fixture({ edition: 'scorm2004' });
  if (!retry) for (const s of pkg.module.sections) for (const b of s.blocks) if (b.kind === 'quiz') b.retry = false;
  const l = track(await launch(pkg, { api, language }));
  await update(l, (s) => visit(s, QUIZ_SECTION));
  return l;
}

const question = (n: number) => screen.getByRole('group', { name: new RegExp(`^(Vraag|Question) ${n} (van|of) 5`) });
const click = async (el: HTMLElement) => act(async () => fireEvent.click(el));
const retryButton = (n: number) => screen.queryByRole('button', { name: `Probeer deze vraag opnieuw (vraag ${n})` });

const PAIRS = {
  doos: 'Een peuter opent een doos en bekijkt wat erin zit',
  plank: 'Een kleuter legt de plank hoger om te zien wat de bal doet',
  blad: 'Een kleuter zegt dat het blad op een hand lijkt',
  toren: 'Een kleuter legt uit waarom de toren volgens hem omviel',
};

function pick(left: string, right: string) {
  const select = within(question(4)).getByRole('combobox', { name: left }) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: [...select.options].find((o) => o.textContent === right)!.value } });
}

/** Two of four pairs right: "blad" and "toren" swapped. */
async function matchHalf(checkButton?: HTMLElement) {
  pick(PAIRS.doos, 'ontdekken');
  pick(PAIRS.plank, 'experimenteren');
  pick(PAIRS.blad, 'denken');
  pick(PAIRS.toren, 'associëren');
  await click(checkButton ?? screen.getByRole('button', { name: 'Controleer vraag 4' }));
}

/** The other four questions right, checked through the state (the UI of each type has its own tests). */
async function otherQuestionsRight(l: Launch) {
  await update(l, (s) => ['q-onderzoeken-doel', 'q-onderzoeken-werkwoorden', 'q-onderzoeken-dialoog', 'q-onderzoeken-waterbak'].reduce((acc, id) => check(acc, id, RIGHT[id]!), s));
}

describe('partial credit in the feedback', () => {
  it('says a matching question with two of four pairs is partly right, and what share of the points it earns', async () => {
    await open();
    await matchHalf();
    const heading = screen.getByRole('heading', { level: 4, name: /Deels juist/ });
    expect(document.activeElement).toBe(heading);
    expect(heading.parentElement!.textContent).toContain('Je krijgt 50 % van de punten voor deze vraag.');
  });

  it('shows every chosen match as readable text with its verdict in words after checking', async () => {
    await open();
    await matchHalf();
    const rows = within(question(4)).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual([
      `${PAIRS.doos}Jouw keuze: ontdekken ✓ juist`,
      `${PAIRS.plank}Jouw keuze: experimenteren ✓ juist`,
      `${PAIRS.blad}Jouw keuze: denken ✗ niet juist`,
      `${PAIRS.toren}Jouw keuze: associëren ✗ niet juist`,
    ]);
    expect(within(question(4)).queryAllByRole('combobox')).toHaveLength(0);
  });
});

describe('trying one question again', () => {
  it('is offered for a partly right question, not for a right one, and keeps the right answer back meanwhile (else a retry is a copy)', async () => {
    await open();
    await matchHalf();
    expect(retryButton(4)).toBeTruthy();
    const feedback = screen.getByRole('heading', { level: 4, name: /Deels juist/ }).parentElement!;
    expect(feedback.textContent).toContain('Het juiste antwoord staat hier niet zolang je deze vraag opnieuw kan proberen');
    expect(within(feedback).queryByText('Het juiste antwoord:')).toBeNull();
    expect(screen.getByText('Probeer je opnieuw, dan telt je nieuwe antwoord voor deze vraag. Je beste score voor de toets gaat daardoor nooit omlaag.')).toBeTruthy();
    fireEvent.click(within(question(3)).getByRole('radio', { name: 'Niet waar' }));
    await click(screen.getByRole('button', { name: 'Controleer vraag 3' }));
    expect(retryButton(3)).toBeNull();
  });

  it('opens the question with the last answer in place and puts focus on its first input', async () => {
    await open();
    await matchHalf();
    await click(retryButton(4)!);
    const first = within(question(4)).getByRole('combobox', { name: PAIRS.doos }) as HTMLSelectElement;
    expect(document.activeElement).toBe(first);
    expect(first.selectedOptions[0]!.textContent).toBe('ontdekken');
    expect((within(question(4)).getByRole('combobox', { name: PAIRS.blad }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('denken');
    expect(screen.getByRole('button', { name: 'Controleer vraag 4' })).toBeTruthy();
  });

  it('in a finished attempt: the new answer counts, the result and the LMS are updated, the attempt number stays', async () => {
    const api = lmsApi('scorm2004');
    const l = await open(true, api);
    await otherQuestionsRight(l);
    await matchHalf();
    await click(screen.getByRole('button', { name: 'Toets afronden' }));
    expect(screen.getByText('Je score: 90 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.getByText(/Elke vraag telt even zwaar\. Is je antwoord deels juist/)).toBeTruthy();

    await click(retryButton(4)!);
    expect(screen.getByText('Je probeert een vraag opnieuw. Controleer ze, dan wordt je resultaat bijgewerkt.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Resultaat' })).toBeNull();
    pick(PAIRS.blad, 'associëren');
    pick(PAIRS.toren, 'denken');
    await click(screen.getByRole('button', { name: 'Controleer vraag 4' }));

    expect(document.activeElement).toBe(within(question(4).parentElement!).getByRole('heading', { level: 4, name: /Juist/ }));
    expect(screen.getByText('Je score: 100 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    await closePage(l);
    const cmi = flatCmi(api);
    expect([cmi['cmi.score.raw'], cmi['cmi.success_status'], cmi['cmi.interactions.3.result']]).toEqual(['100', 'passed', 'correct']);
    expect(decodeState(cmi['cmi.suspend_data'])).toMatchObject({ qn: 1, qb: 100 });
  });

  it('never lowers the best score when the new answer is worse', async () => {
    const l = await open();
    await otherQuestionsRight(l);
    await matchHalf();
    await click(screen.getByRole('button', { name: 'Toets afronden' }));
    await click(retryButton(4)!);
    pick(PAIRS.doos, 'denken');
    pick(PAIRS.toren, 'ontdekken');
    await click(screen.getByRole('button', { name: 'Controleer vraag 4' }));
    // One pair of four now: 4.25 of 5.
    expect(screen.getByText('Je score: 85 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.getByText('Je beste score tot nu toe: 90 %. Die telt mee.')).toBeTruthy();
  });

  it('is not offered when the author allows no retries: the right answer is shown at once', async () => {
    await open(false);
    await matchHalf();
    const feedback = screen.getByRole('heading', { level: 4, name: /Deels juist/ }).parentElement!;
    expect(retryButton(4)).toBeNull();
    expect(within(feedback).getByText('Het juiste antwoord:')).toBeTruthy();
    expect(feedback.textContent).toContain(`${PAIRS.blad} → associëren`);
  });

  it('speaks English with English chrome', async () => {
    await open(true, null, 'en');
    await matchHalf(screen.getByRole('button', { name: 'Check question 4' }));
    const heading = screen.getByRole('heading', { level: 4, name: /Partly correct/ });
    expect(heading.parentElement!.textContent).toContain('You get 50 % of the points for this question.');
    await click(screen.getByRole('button', { name: 'Try this question again (question 4)' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: PAIRS.doos }));
  });
});
