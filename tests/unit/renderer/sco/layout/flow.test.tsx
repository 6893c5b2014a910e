// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEXT_MESSAGE } from '../../../../../renderer/shared/lms-bridge';
import { playerQuery } from '../../../../../renderer/shared/player-context';
import { fixture, launch, stopAll, track } from '../../../../helpers/renderer/sco/render';
import { courseFixture, titleOf } from '../../../../helpers/renderer/sco/course/course-fixture';
import { launchCourse, stopCourses } from '../../../../helpers/renderer/sco/course/course-launch';

const SCO_PATH = '/sco/kkgk/hefboom-onderzoeken/index.html';

/** Launches the SCO at this query, as the app's player (playerQuery) or an LMS (no query) would. */
function at(search: string) {
  window.history.replaceState(null, '', `${SCO_PATH}${search}`);
}

const toSummary = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Inhoud' }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /Samenvatting/ })));
};

afterEach(() => {
  stopAll();
  stopCourses();
  vi.restoreAllMocks();
  at('');
});

describe('a module SCO in the app\'s player', () => {
  it('offers "Volgende module: <title>" on its summary, and a click asks its host page (same origin only)', async () => {
    at(playerQuery('nl-BE', 'Hefboom 2: verbinden'));
    const post = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => undefined);
    track(await launch(fixture(), { api: null }));
    expect(screen.queryByRole('button', { name: /Volgende module/ })).toBeNull();
    await toSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende module: Hefboom 2: verbinden' }));
    expect(post).toHaveBeenCalledWith(NEXT_MESSAGE, window.location.origin);
  });

  it('offers no next module after the last one', async () => {
    at(playerQuery('nl-BE', null));
    track(await launch(fixture(), { api: null }));
    await toSummary();
    expect(screen.getByRole('heading', { level: 2, name: 'Samenvatting' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Volgende module/ })).toBeNull();
  });

  it('leaves the module title to the player bar: the h1 is there for screen readers only, without the course line', async () => {
    at(playerQuery('nl-BE', 'Hefboom 2: verbinden'));
    track(await launch(fixture(), { api: null }));
    const banner = screen.getByRole('banner');
    expect(screen.getByRole('heading', { level: 1, name: 'Hefboom 1: onderzoeken' }).className).toContain('visually-hidden');
    expect(within(banner).queryByText('Kleine kinderen, grote kansen')).toBeNull();
  });
});

describe('a module SCO in an LMS (an exported package)', () => {
  it('shows its own course and module title, and no next module it could not open, even when told one', async () => {
    at('?next=Hefboom%202');
    track(await launch(fixture(), { api: null }));
    expect(screen.getByRole('heading', { level: 1, name: 'Hefboom 1: onderzoeken' }).className).not.toContain('visually-hidden');
    expect(within(screen.getByRole('banner')).getByText('Kleine kinderen, grote kansen')).toBeTruthy();
    await toSummary();
    expect(screen.queryByRole('button', { name: /Volgende module/ })).toBeNull();
  });
});

describe('the table of contents on a narrow screen', () => {
  it('is one button, "Inhoud", that opens it, says so, and closes again once a part is chosen', async () => {
    track(await launch(fixture(), { api: null }));
    const toggle = screen.getByRole('button', { name: 'Inhoud' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect([toggle.getAttribute('aria-expanded'), panel.className]).toEqual(['false', 'toc-panel']);
    fireEvent.click(toggle);
    expect([toggle.getAttribute('aria-expanded'), panel.className]).toEqual(['true', 'toc-panel is-open']);
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: /Waarom onderzoeken kansen geeft/ })));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('heading', { level: 2, name: 'Waarom onderzoeken kansen geeft' })).toBeTruthy();
  });

  it('closes with Escape and puts focus back on the button', async () => {
    track(await launch(fixture(), { api: null }));
    const toggle = screen.getByRole('button', { name: 'Inhoud' });
    fireEvent.click(toggle);
    const item = within(document.getElementById('sco-toc')!).getAllByRole('button')[1]!;
    item.focus();
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});

describe('a course SCO', () => {
  it('opens the next module of its own menu from a module\'s summary, also in an LMS', async () => {
    await launchCourse(courseFixture({ edition: 'scorm2004', reflections: 'lms' }), { api: null });
    await act(async () => fireEvent.click(within(screen.getByRole('list', { name: 'Alle modules' })).getByRole('button', { name: titleOf(2) })));
    await toSummary();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: `Volgende module: ${titleOf(3)}` })));
    expect(screen.getByRole('heading', { level: 1, name: titleOf(3) })).toBeTruthy();
  });
});
