// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visit } from '../../../../renderer/sco/state/actions';
import { fixture, launch, QUIZ_SECTION, stopAll, track, update } from '../../../helpers/renderer/sco/render';

afterEach(stopAll);

beforeEach(async () => {
  const l = track(await launch(fixture({ edition: 'scorm2004' }), { api: null }));
  await update(l, (s) => visit(s, QUIZ_SECTION));
});

const question = (n: number) => screen.getByRole('group', { name: new RegExp(`^Vraag ${n} van 5`) });
const checkButton = (n: number) => screen.getByRole('button', { name: `Controleer vraag ${n}` });

async function check(n: number) {
  await act(async () => fireEvent.click(checkButton(n)));
}

function orderTexts(): string[] {
  return within(question(5))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.order-text')!.textContent!);
}

const ORDER = [
  'De juf legt een kurk, een steen en twee flessen klaar.',
  'Ze vraagt wat de kleuters denken dat er gaat gebeuren.',
  'De kleuters proberen het uit.',
  'Ze stelt een wedervraag: hoe zou dat komen?',
];

/** Moves items with the "omhoog" buttons until the list is in the right order (insertion sort). */
async function putInOrder() {
  for (let target = 0; target < ORDER.length; target++) {
    while (orderTexts().indexOf(ORDER[target]!) > target) {
      await act(async () => fireEvent.click(within(question(5)).getByRole('button', { name: `Omhoog: ${ORDER[target]}` })));
    }
  }
}

describe('single choice', () => {
  it('gives the chosen option its feedback and the explanation, then locks the question', async () => {
    fireEvent.click(within(question(1)).getByRole('radio', { name: 'Probleemoplossend en flexibel denken.' }));
    await check(1);
    const heading = screen.getByRole('heading', { level: 4, name: /Juist/ });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Juist. Dat is precies wat het kader als opbrengst van onderzoeken noemt.')).toBeTruthy();
    expect(screen.getByText(/probleemoplossend en flexibel leren denken, in dialoog/)).toBeTruthy();
    expect((question(1) as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Controleer vraag 1' })).toBeNull();
  });

  it('says it is wrong and shows the feedback of the wrong option, not the right answer while the question can be tried again', async () => {
    fireEvent.click(within(question(1)).getByRole('radio', { name: 'Zo snel mogelijk het juiste antwoord geven.' }));
    await check(1);
    const feedback = screen.getByRole('heading', { level: 4, name: /Niet juist/ }).parentElement!;
    expect(feedback.textContent).toContain('Flexibel denken betekent net dat een eerste idee mag mislukken');
    expect(within(feedback).queryByText('Het juiste antwoord:')).toBeNull();
    expect(within(feedback).queryByText('Probleemoplossend en flexibel denken.')).toBeNull();
  });

  it('asks for an answer first when nothing is chosen', async () => {
    await check(1);
    expect(screen.getByRole('alert').textContent).toBe('Kies eerst een antwoord.');
    expect((question(1) as HTMLFieldSetElement).disabled).toBe(false);
  });
});

describe('multiple choice', () => {
  it('needs every right option: feedback for each chosen one', async () => {
    expect(within(question(2)).getByText('Meerdere antwoorden zijn mogelijk.')).toBeTruthy();
    fireEvent.click(within(question(2)).getByRole('checkbox', { name: 'Ontdekken' }));
    fireEvent.click(within(question(2)).getByRole('checkbox', { name: 'Een voorbeeld zo precies mogelijk nadoen' }));
    await check(2);
    const feedback = screen.getByRole('heading', { level: 4, name: /Niet juist/ }).parentElement!;
    expect(feedback.textContent).toContain('Ja, ontdekken is een van de vier werkwoorden');
    expect(feedback.textContent).toContain('Nadoen kan soms nuttig zijn');
    expect(feedback.textContent).not.toContain('iets uitproberen en kijken wat er gebeurt, hoort erbij');
    expect(within(feedback).getAllByRole('listitem').map((li) => li.textContent?.replace(/^\S+ /, ''))).toEqual(['Ontdekken', 'Een voorbeeld zo precies mogelijk nadoen'].map((o) => expect.stringContaining(o)));
  });

  it('is partly right with two of the three right options: two thirds of the points', async () => {
    for (const name of ['Ontdekken', 'Experimenteren']) fireEvent.click(within(question(2)).getByRole('checkbox', { name }));
    await check(2);
    expect(screen.getByRole('heading', { level: 4, name: /Deels juist/ }).parentElement!.textContent).toContain('Je krijgt 67 % van de punten voor deze vraag.');
  });

  it('is right with exactly the right options', async () => {
    for (const name of ['Ontdekken', 'Experimenteren', 'Associëren']) fireEvent.click(within(question(2)).getByRole('checkbox', { name }));
    await check(2);
    expect(screen.getByRole('heading', { level: 4, name: /Juist/ })).toBeTruthy();
  });
});

describe('true or false', () => {
  it('offers Waar and Niet waar as radios', async () => {
    const radios = within(question(3)).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(['Waar', 'Niet waar']);
    fireEvent.click(within(question(3)).getByRole('radio', { name: 'Niet waar' }));
    await check(3);
    expect(screen.getByRole('heading', { level: 4, name: /Juist/ }).parentElement!.textContent).toContain('Jouw antwoord: Niet waar');
  });
});

describe('matching', () => {
  it('has a labelled select per example with the shuffled, stable list of verbs', async () => {
    const select = within(question(4)).getByRole('combobox', { name: 'Een peuter opent een doos en bekijkt wat erin zit' }) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options[0]).toBe('Kies…');
    expect(options.slice(1).sort()).toEqual(['associëren', 'denken', 'experimenteren', 'ontdekken']);
    expect(options.slice(1)).not.toEqual(['ontdekken', 'experimenteren', 'associëren', 'denken']);
    stopAll();
    const l = track(await launch(fixture({ edition: 'scorm2004' }), { api: null }));
    await update(l, (s) => visit(s, QUIZ_SECTION));
    const again = within(question(4)).getByRole('combobox', { name: 'Een peuter opent een doos en bekijkt wat erin zit' }) as HTMLSelectElement;
    expect([...again.options].map((o) => o.textContent)).toEqual(options);
  });

  it('needs every example matched, then checks the pairs', async () => {
    const pick = (left: string, right: string) => {
      const select = within(question(4)).getByRole('combobox', { name: left }) as HTMLSelectElement;
      const option = [...select.options].find((o) => o.textContent === right)!;
      fireEvent.change(select, { target: { value: option.value } });
    };
    pick('Een peuter opent een doos en bekijkt wat erin zit', 'ontdekken');
    await check(4);
    expect(screen.getByRole('alert').textContent).toBe('Koppel eerst elk voorbeeld.');
    pick('Een kleuter legt de plank hoger om te zien wat de bal doet', 'experimenteren');
    pick('Een kleuter zegt dat het blad op een hand lijkt', 'associëren');
    pick('Een kleuter legt uit waarom de toren volgens hem omviel', 'denken');
    await check(4);
    expect(screen.getByRole('heading', { level: 4, name: /Juist/ })).toBeTruthy();
  });
});

describe('ordering', () => {
  it('starts shuffled and moves items with buttons, keeping focus on the moved item and announcing its place', async () => {
    const start = orderTexts();
    expect(start).not.toEqual(ORDER);
    expect([...start].sort()).toEqual([...ORDER].sort());
    const second = start[1]!;
    const down = within(question(5)).getByRole('button', { name: `Omlaag: ${second}` });
    down.focus();
    await act(async () => fireEvent.click(down));
    expect(orderTexts()[2]).toBe(second);
    expect(document.activeElement).toBe(within(question(5)).getByRole('button', { name: `Omlaag: ${second}` }));
    expect(screen.getByText(`${second} staat nu op plaats 3 van 4.`)).toBeTruthy();

    // At the bottom the "omlaag" button is disabled: focus moves to "omhoog" of the same item.
    await act(async () => fireEvent.click(within(question(5)).getByRole('button', { name: `Omlaag: ${second}` })));
    expect(orderTexts()[3]).toBe(second);
    expect(document.activeElement).toBe(within(question(5)).getByRole('button', { name: `Omhoog: ${second}` }));
    expect((within(question(5)).getByRole('button', { name: `Omlaag: ${second}` }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is right in the authored order, and after checking each step says it is in place instead of offering moves', async () => {
    await putInOrder();
    expect(orderTexts()).toEqual(ORDER);
    await check(5);
    expect(screen.getByRole('heading', { level: 4, name: /Juist/ })).toBeTruthy();
    expect(within(question(5)).queryAllByRole('button')).toEqual([]);
    expect(within(question(5)).getAllByRole('listitem').map((li) => li.textContent)).toEqual(ORDER.map((text) => `${text}✓ juist`));
  });

  it('gives a step out of place its verdict in words after checking, and half the points for two of four in place', async () => {
    await putInOrder();
    // The last two swapped: the first two stay in their place.
    await act(async () => fireEvent.click(within(question(5)).getByRole('button', { name: `Omhoog: ${ORDER[3]}` })));
    await check(5);
    expect(within(question(5)).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${ORDER[0]}✓ juist`,
      `${ORDER[1]}✓ juist`,
      `${ORDER[3]}✗ niet juist`,
      `${ORDER[2]}✗ niet juist`,
    ]);
    expect(screen.getByRole('heading', { level: 4, name: /Deels juist/ }).parentElement!.textContent).toContain('Je krijgt 50 % van de punten voor deze vraag.');
  });
});

describe('finishing the quiz', () => {
  async function answerAll(right: boolean) {
    fireEvent.click(within(question(1)).getByRole('radio', { name: right ? 'Probleemoplossend en flexibel denken.' : 'Vooral stil en geconcentreerd luisteren naar uitleg.' }));
    await check(1);
    for (const name of ['Ontdekken', 'Experimenteren', 'Associëren']) fireEvent.click(within(question(2)).getByRole('checkbox', { name }));
    await check(2);
    fireEvent.click(within(question(3)).getByRole('radio', { name: right ? 'Niet waar' : 'Waar' }));
    await check(3);
    const pairs: [string, string][] = [
      ['Een peuter opent een doos en bekijkt wat erin zit', 'ontdekken'],
      ['Een kleuter legt de plank hoger om te zien wat de bal doet', 'experimenteren'],
      ['Een kleuter zegt dat het blad op een hand lijkt', right ? 'associëren' : 'denken'],
      ['Een kleuter legt uit waarom de toren volgens hem omviel', right ? 'denken' : 'associëren'],
    ];
    for (const [left, rightText] of pairs) {
      const select = within(question(4)).getByRole('combobox', { name: left }) as HTMLSelectElement;
      fireEvent.change(select, { target: { value: [...select.options].find((o) => o.textContent === rightText)!.value } });
    }
    await check(4);
    await putInOrder();
    await check(5);
  }

  it('scores against the pass mark, offers a retry that starts empty, and keeps the best score', async () => {
    expect(screen.getByText('Nog 5 vragen te controleren voor je de toets kan afronden.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Toets afronden' })).toBeNull();
    await answerAll(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Toets afronden' })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Resultaat' }));
    // Two right, two wrong, and two of four pairs: 2.5 of 5 questions (all or nothing said 40 %).
    expect(screen.getByText('Je score: 50 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.getByText(/Nog niet geslaagd\. Lees de uitleg/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Test jezelf: onderzoeken' }));
    expect(screen.getAllByRole('button', { name: /^Controleer vraag/ })).toHaveLength(5);
    expect(within(question(1)).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);

    await answerAll(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Toets afronden' })));
    expect(screen.getByText('Je score: 100 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.getByText(/Geslaagd! Goed gedaan\./)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' })));
    await answerAll(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Toets afronden' })));
    expect(screen.getByText('Je score: 50 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.getByText('Je beste score tot nu toe: 100 %. Die telt mee.')).toBeTruthy();
    expect(screen.getByText(/Geslaagd!/)).toBeTruthy();
  });
});
