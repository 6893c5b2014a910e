// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatElapsed, parseTimer, STOPPED, usePresenterTimer } from '../../../../../../renderer/app/screens/training/presenter-timer';

describe("the presenter view's timer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z') });
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('stands at 0:00 until started, then counts the seconds as they pass', () => {
    const { result } = renderHook(() => usePresenterTimer('t'));
    expect(formatElapsed(result.current.elapsed)).toBe('0:00');
    act(() => vi.advanceTimersByTime(5000));
    expect(formatElapsed(result.current.elapsed)).toBe('0:00');

    act(() => result.current.start());
    act(() => vi.advanceTimersByTime(65_000));
    expect(formatElapsed(result.current.elapsed)).toBe('1:05');
  });

  it('holds still while paused and goes on from there', () => {
    const { result } = renderHook(() => usePresenterTimer('t'));
    act(() => result.current.start());
    act(() => vi.advanceTimersByTime(30_000));
    act(() => result.current.pause());
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(formatElapsed(result.current.elapsed)).toBe('0:30');
    act(() => result.current.start());
    act(() => vi.advanceTimersByTime(15_000));
    expect(formatElapsed(result.current.elapsed)).toBe('0:45');
  });

  it('keeps the time of the session when the presenter view is opened again in the same tab', () => {
    const first = renderHook(() => usePresenterTimer('training-1'));
    act(() => first.result.current.start());
    act(() => vi.advanceTimersByTime(90_000));
    first.unmount();
    act(() => vi.advanceTimersByTime(30_000));

    const again = renderHook(() => usePresenterTimer('training-1'));
    expect(formatElapsed(again.result.current.elapsed)).toBe('2:00');
    expect(again.result.current.state.running).toBe(true);
    const other = renderHook(() => usePresenterTimer('training-2'));
    expect(other.result.current.state).toEqual(STOPPED);
  });

  it('shows hours once there is one', () => {
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });

  it('reads a damaged stored clock as a stopped one', () => {
    for (const raw of [null, 'x', { running: 'yes', countedMs: 0 }, { running: true, countedMs: 1 }, { running: false, countedMs: -5 }, { running: false, countedMs: Infinity }])
      expect(parseTimer(raw), JSON.stringify(raw)).toEqual(STOPPED);
    expect(parseTimer({ running: false, startedAt: 99, countedMs: 1000 })).toEqual({ running: false, startedAt: null, countedMs: 1000 });
  });
});
