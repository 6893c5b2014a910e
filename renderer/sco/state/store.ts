import type { ScoPackage } from '../../../electron/core/contract/sco';
import type { ScoState } from './codec';
import type { UnitStore } from '../lms/unit';
import type { LmsHealth } from './health';
import type { KeyValueStore, StorageScope } from './storage';

export type { LmsHealth } from './health';

export interface Snapshot<S = ScoState> {
  state: S;
  health: LmsHealth;
}

type Listener = () => void;

/**
 * What the module player (ScoApp and its blocks) needs: one module's package, state and storage
 * scope. A module SCO's own store is one; in a course SCO it is a lens on the course store, so the
 * same player runs in both (issue 9: one code path).
 */
export interface ModuleStore {
  readonly pkg: ScoPackage;
  readonly storage: KeyValueStore;
  /** Private reflections are kept per module id, in a course SCO too. */
  readonly scope: StorageScope;
  readonly state: ScoState;
  subscribe(listener: Listener): () => void;
  getSnapshot(): Snapshot;
  update(change: (state: ScoState) => ScoState): void;
  addPendingSave(save: () => void): () => void;
  runPendingSaves(): void;
}

/**
 * The one place the resume state lives while the page is open: a module's (ScoStore) or a whole
 * course's (course SCO). React reads it through useSyncExternalStore; the LMS session listens to
 * it and commits.
 */
export class StateStore<S> implements UnitStore<S> {
  private snapshot: Snapshot<S>;
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Set<() => void>();

  constructor(state: S, health: LmsHealth) {
    this.snapshot = { state, health };
  }

  readonly subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  get state(): S {
    return this.snapshot.state;
  }

  update(change: (state: S) => S): void {
    const next = change(this.snapshot.state);
    if (next === this.snapshot.state) return;
    this.snapshot = { ...this.snapshot, state: next };
    for (const l of this.listeners) l();
  }

  setHealth(health: LmsHealth): void {
    const h = this.snapshot.health;
    if (h.connected === health.connected && h.standalone === health.standalone && h.failing === health.failing && h.tooLong === health.tooLong && !h.refused === !health.refused) return;
    this.snapshot = { ...this.snapshot, health };
    for (const l of this.listeners) l();
  }

  /**
   * Text fields save after a pause in typing; a learner who closes the page within that pause
   * must not lose the last words, so the session runs these savers before every commit.
   */
  addPendingSave(save: () => void): () => void {
    this.pending.add(save);
    return () => void this.pending.delete(save);
  }

  runPendingSaves(): void {
    for (const save of [...this.pending]) save();
  }
}

export class ScoStore extends StateStore<ScoState> implements ModuleStore {
  constructor(
    readonly pkg: ScoPackage,
    state: ScoState,
    readonly storage: KeyValueStore,
    readonly scope: StorageScope,
    health: LmsHealth,
  ) {
    super(state, health);
  }
}
