import { useCallback, useEffect, useState } from 'react';

/**
 * The session's elapsed-time clock. Kept as a start moment plus the time already counted, not as a counter
 * that ticks: a tab in the background gets its timers slowed down, and the notes window computes the same
 * time from the same state.
 */
export interface TimerState {
  running: boolean;
  /** Date.now() when the clock last started; null while paused. */
  startedAt: number | null;
  /** Milliseconds counted before the last start. */
  countedMs: number;
}

export const STOPPED: TimerState = { running: false, startedAt: null, countedMs: 0 };

export function elapsedMs(state: TimerState, now: number): number {
  return state.countedMs + (state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0);
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.running ? state : { running: true, startedAt: now, countedMs: state.countedMs };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.running ? { running: false, startedAt: null, countedMs: elapsedMs(state, now) } : state;
}

/** "4:05", "1:02:09": hours appear only once there is one. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Reads a stored timer; anything else (an older shape, a hand-edited value) is a stopped clock. */
export function parseTimer(raw: unknown): TimerState {
  if (typeof raw !== 'object' || raw === null) return STOPPED;
  const { running, startedAt, countedMs } = raw as Record<string, unknown>;
  if (typeof running !== 'boolean' || typeof countedMs !== 'number' || !Number.isFinite(countedMs) || countedMs < 0) return STOPPED;
  if (running && (typeof startedAt !== 'number' || !Number.isFinite(startedAt))) return STOPPED;
  return { running, startedAt: running ? (startedAt as number) : null, countedMs };
}

/** Re-renders once a second while the clock runs, and answers the time shown now. */
export function useElapsed(state: TimerState): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!state.running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [state]);
  return elapsedMs(state, now);
}

/**
 * The presenter's clock, kept in this tab's sessionStorage so a reload of the presenter view (or a visit to
 * the session page during a break) does not lose the time of the session.
 */
export function usePresenterTimer(storageKey: string) {
  const [state, setState] = useState<TimerState>(() => {
    try {
      return parseTimer(JSON.parse(sessionStorage.getItem(storageKey) ?? 'null'));
    } catch {
      return STOPPED;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // A full or disabled storage only costs the clock after a reload.
    }
  }, [storageKey, state]);
  const start = useCallback(() => setState((s) => startTimer(s, Date.now())), []);
  const pause = useCallback(() => setState((s) => pauseTimer(s, Date.now())), []);
  const reset = useCallback(() => setState(STOPPED), []);
  return { state, start, pause, reset, elapsed: useElapsed(state) };
}
