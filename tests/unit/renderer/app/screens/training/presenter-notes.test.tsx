// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { PresenterNotes } from '../../../../../../renderer/app/screens/training/PresenterNotes';
import { channelName, readFeed, type NotesFeed } from '../../../../../../renderer/app/screens/training/presenter-sync';

const feed: NotesFeed = {
  trainingTitle: 'Studiedag',
  moduleTitle: 'Hefboom 1: onderzoeken',
  position: 3,
  count: 10,
  slideTitle: 'Zo kan het eruitzien',
  nextTitle: 'Kijk naar je eigen praktijk',
  cues: ['Beste keuze, stap 1: Je vraagt wat ze denken.'],
  timer: { running: false, startedAt: null, countedMs: 125_000 },
  blank: true,
};

/** The presenter view's side of the channel, as a second tab would be. */
function presenter(trainingId: string) {
  const c = new BroadcastChannel(channelName(trainingId));
  const asked: unknown[] = [];
  c.onmessage = (e: MessageEvent) => asked.push(e.data);
  return { asked, send: (m: unknown) => c.postMessage(m), close: () => c.close() };
}

describe('the presenter notes window', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => cleanup());

  it('asks the presenter view for the current slide, then shows it with the answers for the trainer and what comes next', async () => {
    const p = presenter('t1');
    const { container } = render(<PresenterNotes trainingId="t1" />);
    expect(screen.getByText(/Open de presentatie van deze sessie in het andere venster/)).toBeTruthy();
    await waitFor(() => expect(p.asked).toEqual([{ type: 'ask' }]));

    p.send({ type: 'feed', feed });
    await screen.findByText('Zo kan het eruitzien');
    expect(screen.getByText('Dia 3 van 10')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('2:05');
    expect(screen.getByText('Beste keuze, stap 1: Je vraagt wat ze denken.')).toBeTruthy();
    expect(screen.getByText('Hierna: Kijk naar je eigen praktijk')).toBeTruthy();
    expect(screen.getByText('Het scherm is nu zwart.')).toBeTruthy();
    const result = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    p.send({ type: 'ended' });
    await screen.findByText('De presentatie is gesloten.');
    p.close();
  });

  it("listens only to its own session's presenter", async () => {
    const other = presenter('t2');
    const own = presenter('t1');
    render(<PresenterNotes trainingId="t1" />);
    other.send({ type: 'feed', feed: { ...feed, slideTitle: 'Van een andere sessie' } });
    own.send({ type: 'feed', feed });
    await screen.findByText('Zo kan het eruitzien');
    expect(screen.queryByText('Van een andere sessie')).toBeNull();
    other.close();
    own.close();
  });

  it('drops a message that is not a feed as it should be', () => {
    expect(readFeed(feed)).toEqual(feed);
    for (const bad of [null, 'x', { ...feed, position: -1 }, { ...feed, cues: 'x' }, { ...feed, cues: [1] }, { ...feed, slideTitle: 'x'.repeat(5000) }, { ...feed, nextTitle: 5 }, { ...feed, blank: 'yes' }])
      expect(readFeed(bad), JSON.stringify(bad).slice(0, 60)).toBeNull();
    // A damaged clock is shown as a stopped one, not as a broken window.
    expect(readFeed({ ...feed, timer: { running: true } })?.timer).toEqual({ running: false, startedAt: null, countedMs: 0 });
  });
});
