import type { ScormEdition } from '../../../electron/core/contract/sco';
import type { LmsHealth } from '../state/health';
import type { Baseline } from './baseline';
import type { Report } from './reporter';

/**
 * What one SCO tracks, seen from the LMS session: a single module (`module.json`) or a whole
 * course behind a menu (`course.json`, issue 9). The session (Initialize, restore, commit,
 * fallback, Terminate) is written once against this; each unit knows its own state and report.
 */
export interface ScoUnit<S> {
  readonly edition: ScormEdition;
  readonly courseId: string;
  /** Part of the browser-storage key: the module id, or the course id for a course SCO. */
  readonly unitId: string;
  /** Characters the LMS keeps in suspend_data. */
  readonly suspendDataLimit: number;
  decode(text: string | null | undefined): S | null;
  /** The state to start from: the restored one (or empty) fitted to today's content, the LMS bookmark applied when nothing was restored, the current place visited. */
  start(restored: S | null, location: string): S;
  /** The saved-at stamp carried in suspend_data; undefined for states written before stamps. */
  savedAt(state: S): number | undefined;
  /** The same state with a new saved-at stamp. */
  stamp(state: S, at: number): S;
  encode(state: S): string;
  /** The state as data-model values, in the order they must be set. Pure. */
  report(state: S, baseline: Baseline): Report;
}

/** What the session needs of a store: the current state, change notifications, health, pending text saves. */
export interface UnitStore<S> {
  readonly state: S;
  subscribe(listener: () => void): () => void;
  runPendingSaves(): void;
  setHealth(health: LmsHealth): void;
}
