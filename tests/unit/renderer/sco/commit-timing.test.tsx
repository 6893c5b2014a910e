// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSco } from '../../../../renderer/sco/boot/start-sco';
import { visit } from '../../../../renderer/sco/state/actions';
import { fixture, lmsApi, lmsFrame, MemoryStorage } from '../../../helpers/renderer/sco/render';

let stop = () => {};
afterEach(() => {
  stop();
  vi.useRealTimers();
});

async function start(commitDelay: number) {
  const pkg = fixture({ edition: 'scorm2004' });
  const api = lmsApi('scorm2004');
  let commits = 0;
  const commit = api.Commit.bind(api);
  api.Commit = () => {
    commits++;
    return commit('');
  };
  let terminated = 0;
  const terminate = api.Terminate.bind(api);
  api.Terminate = () => {
    terminated++;
    return terminate('');
  };
  const container = document.createElement('div');
  document.body.append(container);
  let running!: ReturnType<typeof startSco>;
  await act(async () => {
    running = startSco({ pkg, language: 'nl-BE', container, apiHost: lmsFrame(api, 'scorm2004'), storage: new MemoryStorage(), commitDelay });
  });
  stop = () => {
    running.stop();
    container.remove();
  };
  return { api, running, commits: () => commits, terminated: () => terminated };
}

describe('when the SCO commits', () => {
  it('commits once at start, then a moment after changes, not on every change', async () => {
    // Fake timers: on a busy machine real ones let the pause pass between two clicks.
    vi.useFakeTimers();
    const lms = await start(100);
    expect(lms.commits()).toBe(1);
    await act(async () => lms.running.store.update((s) => visit(s, 1)));
    await act(async () => vi.advanceTimersByTime(60));
    await act(async () => lms.running.store.update((s) => visit(s, 2)));
    await act(async () => vi.advanceTimersByTime(60));
    expect(lms.commits()).toBe(1);
    await act(async () => vi.advanceTimersByTime(100));
    expect(lms.commits()).toBe(2);
    expect(lms.api.GetValue('cmi.location')).toBe('onderzoeken-eigen-praktijk');
  });

  it('commits at once when the page is hidden, and terminates only on pagehide', async () => {
    const lms = await start(60_000);
    await act(async () => lms.running.store.update((s) => visit(s, 1)));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(lms.commits()).toBe(2);
    expect(lms.api.GetValue('cmi.location')).toBe('onderzoeken-waarom');
    expect(lms.terminated()).toBe(0);
    window.dispatchEvent(new Event('unload'));
    expect(lms.terminated()).toBe(0);
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    expect(lms.terminated()).toBe(1);
    expect(lms.api.isTerminated()).toBe(true);
  });
});
