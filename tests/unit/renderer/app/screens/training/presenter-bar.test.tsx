// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Training, TrainingModule } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { PresenterDeck } from '../../../../../../renderer/app/screens/training/PresenterDeck';
import { AUTO_HIDE_MS } from '../../../../../../renderer/app/screens/training/use-auto-hide';

const module: TrainingModule = {
  trainingId: 't1',
  courseId: 'kkgk',
  moduleId: 'm5',
  title: 'Hefboom 1: onderzoeken',
  minutes: 25,
  goals: [],
  mediaBaseUrl: 'http://127.0.0.1:5180/sco/kkgk/m5/',
  prompts: [],
  scenarioIds: [],
  sections: [
    { id: 'wat', title: 'Wat de hefboom vraagt', words: 10, readingMinutes: 1, blocks: [{ kind: 'prose', html: '<p>Kinderen <strong>prikkelen</strong>.</p>' }] },
    { id: 'waarom', title: 'Waarom het werkt', words: 10, readingMinutes: 1, blocks: [{ kind: 'prose', html: '<p>Ze denken zelf.</p>' }] },
  ],
  questions: [],
};

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
  tallies: [],
  createdAt: '2026-12-04T08:00:00Z',
  closedAt: null,
};

/** Core answers nothing the bar needs: the notes window then opens from the page. */
function installCore() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: String(url) } }), { status: 404 })),
  );
}

/** The Fullscreen API as a browser offers it, on the element asked. */
function installFullscreen() {
  const proto = Element.prototype as unknown as { requestFullscreen(): Promise<void> };
  const original = proto.requestFullscreen;
  proto.requestFullscreen = function (this: Element) {
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: this });
    document.dispatchEvent(new Event('fullscreenchange'));
    return Promise.resolve();
  };
  return () => {
    proto.requestFullscreen = original;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
  };
}

const present = () => render(<PresenterDeck training={training} module={module} lang="nl-BE" teacher={undefined} />);
const bar = (container: HTMLElement) => container.querySelector<HTMLElement>('.presenter-bar')!;
const heading = () => document.getElementById('presenter-slide-title')!;
const liveLine = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent;
const KEY_LIST = '→ of spatie: volgende dia. ←: vorige dia. ↓ en ↑: verder lezen in een lange dia. Home: eerste dia. End: laatste dia. B of punt: zwart scherm. A: antwoord tonen of verbergen (groepsquiz). F: volledig scherm. Esc: sluiten.';

describe("the presenter's bar", () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    sessionStorage.clear();
    window.location.hash = '#/training/t1/present';
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps the key list behind "Toetsen", closed until asked', () => {
    installCore();
    present();
    const toggle = screen.getByRole('button', { name: 'Toetsen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText(KEY_LIST).hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(KEY_LIST).hidden).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.textContent).toBe(KEY_LIST);
    fireEvent.click(toggle);
    expect(screen.getByText(KEY_LIST).hidden).toBe(true);
  });

  it('closes the open key list with Escape and stays in the presentation; the next Escape leaves it', () => {
    installCore();
    present();
    const toggle = screen.getByRole('button', { name: 'Toetsen' });
    fireEvent.click(toggle);
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(screen.getByText(KEY_LIST).hidden).toBe(true);
    expect(window.location.hash).toBe('#/training/t1/present');
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(window.location.hash).toBe('#/training/t1');
  });

  it('names every control, also those that show only a picture, and offers the way out by its name', () => {
    installCore();
    present();
    for (const name of ['Vorige dia', 'Volgende dia', 'Start de tijd', 'Tijd op nul', 'Zwart scherm', 'Volledig scherm', 'Notitievenster', 'Toetsen']) {
      expect(screen.getByRole('button', { name }), name).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'Sluit de presentatie' }).getAttribute('href')).toBe('#/training/t1');
  });

  it('says in a status line of the bar where the notes window went', async () => {
    installCore();
    vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { container } = present();
    fireEvent.click(screen.getByRole('button', { name: 'Notitievenster' }));
    const status = await screen.findByText('De notities staan in een nieuw venster. Sleep het naar het andere scherm.');
    expect(status.getAttribute('role')).toBe('status');
    expect(bar(container).contains(status)).toBe(true);
  });
});

describe('a new slide', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    sessionStorage.clear();
    window.location.hash = '#/training/t1/present';
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('gives its title the focus when the keys moved on, with the position as the title’s description', () => {
    installCore();
    const { container } = present();
    expect(document.activeElement).toBe(heading());
    fireEvent.keyDown(heading(), { key: 'ArrowRight' });
    expect(heading().textContent).toBe('Waarom het werkt');
    expect(document.activeElement).toBe(heading());
    expect(document.getElementById(heading().getAttribute('aria-describedby')!)!.textContent).toBe('Dia 2 van 2');
    // The focused title is read out: the live line does not say it a second time.
    expect(liveLine(container)).toBe('');
  });

  it('leaves focus on the bar for a trainer working the bar, and says the new slide in the live line', () => {
    installCore();
    const { container } = present();
    const next = screen.getByRole('button', { name: 'Volgende dia' });
    next.focus();
    fireEvent.click(next);
    expect(heading().textContent).toBe('Waarom het werkt');
    expect(document.activeElement).toBe(next);
    expect(liveLine(container)).toBe('Dia 2 van 2: Waarom het werkt');
  });
});

describe('the bar in full screen', () => {
  let restore: () => void;
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    sessionStorage.clear();
    window.location.hash = '#/training/t1/present';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    restore = installFullscreen();
  });
  afterEach(() => {
    cleanup();
    restore();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stays in a window, however long the mouse rests', () => {
    installCore();
    const { container } = present();
    act(() => vi.advanceTimersByTime(10 * AUTO_HIDE_MS));
    expect(bar(container).classList.contains('is-tucked')).toBe(false);
  });

  it('steps aside once the mouse rests in full screen, and comes back when the mouse moves', () => {
    installCore();
    const { container } = present();
    fireEvent.keyDown(document.body, { key: 'f' });
    screen.getByRole('button', { name: 'Volledig scherm verlaten' });
    act(() => vi.advanceTimersByTime(AUTO_HIDE_MS - 1));
    expect(bar(container).classList.contains('is-tucked')).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(bar(container).classList.contains('is-tucked')).toBe(true);
    fireEvent.mouseMove(window);
    expect(bar(container).classList.contains('is-tucked')).toBe(false);
    act(() => vi.advanceTimersByTime(AUTO_HIDE_MS));
    expect(bar(container).classList.contains('is-tucked')).toBe(true);
  });

  it('comes back when the keyboard reaches it, and is there again after leaving full screen', () => {
    installCore();
    const { container } = present();
    fireEvent.keyDown(document.body, { key: 'f' });
    act(() => vi.advanceTimersByTime(AUTO_HIDE_MS));
    expect(bar(container).classList.contains('is-tucked')).toBe(true);
    // The slide's own focus moves (a new slide's title) leave it aside.
    fireEvent.keyDown(heading(), { key: 'ArrowRight' });
    expect(bar(container).classList.contains('is-tucked')).toBe(true);
    act(() => screen.getByRole('button', { name: 'Toetsen' }).focus());
    expect(bar(container).classList.contains('is-tucked')).toBe(false);
    act(() => vi.advanceTimersByTime(AUTO_HIDE_MS));
    act(() => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(bar(container).classList.contains('is-tucked')).toBe(false);
  });
});
