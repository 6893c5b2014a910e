// @vitest-environment happy-dom
import axe from 'axe-core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Training, TrainingModule } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { PresenterDeck } from '../../../../../../renderer/app/screens/training/PresenterDeck';
import { buildDeck } from '../../../../../../renderer/app/screens/training/presenter-deck';

const module: TrainingModule = {
  trainingId: 't1',
  courseId: 'kkgk',
  moduleId: 'm5',
  title: 'Hefboom 1: onderzoeken',
  minutes: 25,
  goals: [],
  mediaBaseUrl: 'http://127.0.0.1:5180/sco/kkgk/m5/',
  prompts: [],
  scenarioIds: ['s-glijbaan'],
  sections: [
    { id: 'wat', title: 'Wat de hefboom vraagt', words: 10, readingMinutes: 1, blocks: [{ kind: 'prose', html: '<p>Kinderen <strong>prikkelen</strong>.</p>' }] },
    {
      id: 'praktijk',
      title: 'Kijk naar je eigen praktijk',
      words: 10,
      readingMinutes: 1,
      blocks: [
        { kind: 'reflection', id: 'r-praktijk', promptHtml: '<p>Denk aan een moment.</p>', promptText: 'Denk aan een moment.', guidingQuestions: ['Wat deed het kind?'], minLength: 50, maxLength: 1200 },
        {
          kind: 'scenario',
          id: 's-glijbaan',
          scored: true,
          situationText: 'Een bal rolt.',
          steps: [
            {
              situationHtml: '<p>Een bal rolt.</p>',
              choices: [
                { id: 'a', html: '<p>Je vraagt wat ze denken.</p>', text: 'Je vraagt wat ze denken.', best: true, consequenceHtml: '<p>Ze voorspellen.</p>' },
                { id: 'b', html: '<p>Je legt het uit.</p>', text: 'Je legt het uit.', best: false, consequenceHtml: '<p>Ze spelen verder.</p>' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'test',
      title: 'Test jezelf',
      words: 10,
      readingMinutes: 1,
      blocks: [
        { kind: 'prose', html: '<p>Vijf vragen.</p>' },
        {
          kind: 'quiz',
          id: 'q',
          title: 'Test jezelf: onderzoeken',
          pass: 75,
          retry: true,
          questions: [
            {
              id: 'q-brug',
              type: 'single',
              promptHtml: '<p>Welke reactie prikkelt het best?</p>',
              options: [
                { id: 'a', html: '<p>Voordoen</p>', text: 'Voordoen', correct: false, feedbackHtml: '<p>Dan zoekt ze niet zelf.</p>' },
                { id: 'b', html: '<p>Vragen wat ze probeerde</p>', text: 'Vragen wat ze probeerde', correct: true },
              ],
            },
            { id: 'q-tf', type: 'truefalse', promptHtml: '<p>Dialoog telt niet.</p>', answer: false },
          ],
        },
      ],
    },
  ],
  questions: [],
};
module.questions = [
  { quizId: 'q', question: (module.sections[2]!.blocks[1] as Extract<TrainingModule['sections'][number]['blocks'][number], { kind: 'quiz' }>).questions[0]!, tallyOptionIds: ['a', 'b'] },
  { quizId: 'q', question: (module.sections[2]!.blocks[1] as Extract<TrainingModule['sections'][number]['blocks'][number], { kind: 'quiz' }>).questions[1]!, tallyOptionIds: ['true', 'false'] },
];

const training: Training = {
  id: 't1',
  title: 'Studiedag',
  date: '2026-12-04',
  place: 'Gent',
  trainer: 'Els',
  courseId: 'kkgk',
  courseTitle: 'KKGK',
  moduleIds: ['m5'],
  modules: [{ id: 'm5', title: module.title, minutes: 25 }],
  status: 'open',
  participantsTotal: 0,
  participantsPresent: 0,
  participants: [],
  notes: [],
  tallies: [{ moduleId: 'm5', questionId: 'q-brug', optionId: 'b', count: 4 }],
  createdAt: '2026-12-04T08:00:00Z',
  closedAt: null,
};

function installCore() {
  const calls: { name: string; args: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const name = String(url).replace(/^.*\/rpc\//, '');
      const args = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
      calls.push({ name, args });
      if (name === 'training/note') {
        const data = { saved: true, note: { moduleId: args.moduleId, promptId: args.promptId, text: args.text, seq: args.seq, updatedAt: '' } };
        return new Response(JSON.stringify({ ok: true, data }));
      }
      if (name === 'training/tally') return new Response(JSON.stringify({ ok: true, data: args }));
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: name } }), { status: 404 });
    }),
  );
  return calls;
}

const key = (k: string, target: Element = document.body) => fireEvent.keyDown(target, { key: k });
const title = () => document.getElementById('presenter-slide-title')!.textContent;

describe('the presenter view', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('makes a slide of each section and of each quiz question', () => {
    expect(buildDeck(module).map((s) => s.title)).toEqual(['Wat de hefboom vraagt', 'Kijk naar je eigen praktijk', 'Test jezelf', 'Test jezelf', 'Test jezelf']);
    expect(buildDeck(module).map((s) => s.kind)).toEqual(['section', 'section', 'section', 'question', 'question']);
  });

  it('moves through the slides with the keys of presentation software and says where it is', () => {
    installCore();
    render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    expect(title()).toBe('Wat de hefboom vraagt');
    expect(screen.getByText('Dia 1 van 5')).toBeTruthy();
    key('ArrowRight');
    expect(title()).toBe('Kijk naar je eigen praktijk');
    expect(document.title).toBe('Kijk naar je eigen praktijk · Leerpad');
    key('End');
    expect(title()).toBe('Groepsquiz · Test jezelf: onderzoeken · vraag 2 van 2');
    key('PageDown');
    expect(screen.getByText('Dia 5 van 5')).toBeTruthy();
    key('Home');
    key('ArrowLeft');
    expect(title()).toBe('Wat de hefboom vraagt');
  });

  it('blanks the screen with B and brings it back with the next key, without moving', () => {
    installCore();
    const { container } = render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    key('b');
    expect(container.querySelector('.presenter-blank')).not.toBeNull();
    expect(screen.getByText('Het scherm is zwart. Druk op B, punt of Esc om verder te gaan.')).toBeTruthy();
    key('ArrowRight');
    expect(container.querySelector('.presenter-blank')).toBeNull();
    expect(title()).toBe('Wat de hefboom vraagt');
    key('.');
    key('Escape');
    expect(container.querySelector('.presenter-blank')).toBeNull();
  });

  it("lets the trainer type the group's note freely: Space, B, arrows and Escape stay in the text, and it is saved", async () => {
    const calls = installCore();
    const { container } = render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher="teacher-token-123456" />);
    key('ArrowRight');
    const notes = screen.getAllByRole('textbox', { name: 'Groepsnotities' });
    expect(notes).toHaveLength(2);
    for (const k of [' ', 'b', 'ArrowRight', 'Escape', 'End']) key(k, notes[0]!);
    expect(title()).toBe('Kijk naar je eigen praktijk');
    expect(container.querySelector('.presenter-blank')).toBeNull();
    fireEvent.change(notes[0]!, { target: { value: 'Wat Sofie zei' } });
    fireEvent.blur(notes[0]!);
    await waitFor(() => expect(calls.find((c) => c.name === 'training/note')?.args).toMatchObject({ id: 't1', moduleId: 'm5', promptId: 'r-praktijk', seq: 1, text: 'Wat Sofie zei', teacher: 'teacher-token-123456' }));
    await screen.findByText('Bewaard.');
  });

  it('shows a consequence of a scenario choice only when asked, and the best choice as such', () => {
    installCore();
    render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    key('ArrowRight');
    expect(screen.queryByText('Ze voorspellen.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Toon wat er gebeurt bij a' }));
    expect(screen.getByText('Ze voorspellen.')).toBeTruthy();
    expect(screen.getByText('Beste keuze')).toBeTruthy();
    expect(screen.queryByText('Ze spelen verder.')).toBeNull();
  });

  it("counts how many in the room would take each scenario choice, sent to core as the scenario's tally", async () => {
    const calls = installCore();
    render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    key('ArrowRight');
    fireEvent.click(screen.getByRole('button', { name: 'Eén meer voor Keuze b' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eén meer voor Keuze b' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'training/tally').at(-1)?.args).toMatchObject({ questionId: 's-glijbaan', optionId: 'b', count: 2 }));
    expect(screen.getByRole('button', { name: 'Eén minder voor Keuze a' }).hasAttribute('disabled')).toBe(true);
  });

  it('runs the group quiz: counts kept by core, a count per option, the answer and feedback on demand', async () => {
    const calls = installCore();
    render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    expect(screen.getByText('Welke reactie prikkelt het best?')).toBeTruthy();
    expect(screen.getByText('4 deelnemers')).toBeTruthy();
    expect(screen.queryByText('Juist antwoord')).toBeNull();
    expect(screen.queryByText('Dan zoekt ze niet zelf.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Eén meer voor Antwoord a' }));
    await waitFor(() => expect(calls.find((c) => c.name === 'training/tally')?.args).toMatchObject({ questionId: 'q-brug', optionId: 'a', count: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Toon antwoord' }));
    expect(screen.getByText('Juist antwoord')).toBeTruthy();
    expect(screen.getByText('Dan zoekt ze niet zelf.')).toBeTruthy();
    // The answer stays shown when the trainer comes back to the question.
    key('ArrowRight');
    expect(screen.getByRole('button', { name: 'Eén meer voor Juist' })).toBeTruthy();
    key('ArrowLeft');
    expect(screen.getByText('Juist antwoord')).toBeTruthy();
  });

  it('shows and hides the answer with A on a quiz slide, and A does nothing on a section slide', () => {
    installCore();
    render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
    key('a');
    expect(screen.queryByText('Juist antwoord')).toBeNull();
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    expect(screen.getByText('Welke reactie prikkelt het best?')).toBeTruthy();
    key('a');
    expect(screen.getByText('Juist antwoord')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verberg antwoord' })).toBeTruthy();
    key('A');
    expect(screen.queryByText('Juist antwoord')).toBeNull();
  });

  it('keeps the counts of a closed session as they are, while its notes can still be added to', () => {
    installCore();
    render(<PresenterDeck training={{ ...training, status: 'closed', closedAt: '2026-12-04T16:00:00Z' }} module={module} lang="nl-BE" teacher={undefined} />);
    key('ArrowRight');
    expect((screen.getAllByRole('textbox', { name: 'Groepsnotities' })[0] as HTMLTextAreaElement).disabled).toBe(false);
    key('ArrowRight');
    key('ArrowRight');
    expect(screen.getByText('4 deelnemers')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Eén meer voor Antwoord b' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Eén minder voor Antwoord b' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('goes full screen with F or the button, and Escape leaves full screen before it leaves the view', async () => {
    installCore();
    const requested: Element[] = [];
    let exited = 0;
    const doc = document as unknown as { fullscreenElement: Element | null; exitFullscreen(): Promise<void> };
    const proto = Element.prototype as unknown as { requestFullscreen(): Promise<void> };
    const original = proto.requestFullscreen;
    proto.requestFullscreen = function (this: Element) {
      requested.push(this);
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: this });
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    doc.exitFullscreen = () => {
      exited += 1;
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    try {
      window.location.hash = '#/training/t1/present';
      const { container } = render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
      key('f');
      expect(requested).toEqual([container.querySelector('.presenter')]);
      await screen.findByRole('button', { name: 'Volledig scherm verlaten' });
      key('Escape');
      expect(exited).toBe(1);
      await screen.findByRole('button', { name: 'Volledig scherm' });
      expect(window.location.hash).toBe('#/training/t1/present');
      // A browser that leaves full screen on Escape itself and then passes the key on: the view stays.
      key('f');
      await screen.findByRole('button', { name: 'Volledig scherm verlaten' });
      act(() => {
        Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      key('Escape');
      expect(window.location.hash).toBe('#/training/t1/present');
      // The next Escape closes the view.
      vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
      key('Escape');
      expect(window.location.hash).toBe('#/training/t1');
    } finally {
      proto.requestFullscreen = original;
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
      vi.restoreAllMocks();
    }
  });

  it('keeps lecturer mode open in core while the trainer moves through slides, at most one call a minute', () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z'), toFake: ['Date'] });
    try {
      const calls = installCore();
      render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher="teacher-token-123456" />);
      const keepAlives = () => calls.filter((c) => c.name === 'training/list');
      key('ArrowRight');
      expect(keepAlives()).toHaveLength(0);
      vi.setSystemTime(new Date('2026-12-04T09:09:00Z'));
      key('ArrowRight');
      key('ArrowLeft');
      expect(keepAlives().map((c) => c.args)).toEqual([{ teacher: 'teacher-token-123456' }]);
      vi.setSystemTime(new Date('2026-12-04T09:18:00Z'));
      key('ArrowRight');
      expect(keepAlives()).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the other modules of the session in the bar', () => {
    installCore();
    window.location.hash = '#/training/t1/present/m5';
    const two = { ...training, moduleIds: ['m5', 'm6'], modules: [...training.modules, { id: 'm6', title: 'Hefboom 2: expressie', minutes: 30 }] };
    render(<PresenterDeck training={two} module={module} lang="nl-BE" teacher={undefined} />);
    fireEvent.change(screen.getByLabelText('Module'), { target: { value: 'm6' } });
    expect(window.location.hash).toBe('#/training/t1/present/m6');
  });

  it('counts the clock from Start, and is accessible, in English too', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      await i18next.changeLanguage('en');
      installCore();
      const { container } = render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
      fireEvent.click(screen.getByRole('button', { name: 'Start the clock' }));
      act(() => vi.advanceTimersByTime(61_000));
      expect(screen.getByRole('timer').textContent).toBe('1:01');
      fireEvent.click(screen.getByRole('button', { name: 'Pause the clock' }));
      expect(screen.getByText('Slide 1 of 5')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Notes window' })).toBeTruthy();
      vi.useRealTimers();
      const result = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => v.id)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
