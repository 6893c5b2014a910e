import type { CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../electron/core/contract/sco';
import type { ScoState } from '../state/codec';
import { emptyState } from '../state/codec';
import { StateStore, type LmsHealth, type ModuleStore, type Snapshot } from '../state/store';
import type { KeyValueStore, StorageScope } from '../state/storage';

/** The state of a course SCO while the page is open: every module's state, the place, the LMS health. */
export class CourseStore extends StateStore<CourseScoState> {
  constructor(
    readonly pkg: CourseScoPackage,
    state: CourseScoState,
    readonly storage: KeyValueStore,
    /** The course's scope (the LMS learner id); a module's lens narrows it to the module id. */
    readonly scope: StorageScope,
    health: LmsHealth,
  ) {
    super(state, health);
  }
}

/**
 * One module of a course seen as a module SCO's store, so the module player (ScoApp) runs
 * unchanged inside a course SCO. Reads and writes go through the course store; the snapshot is
 * kept while the module's own state and the health stay the same, as useSyncExternalStore needs.
 */
export class ModuleLens implements ModuleStore {
  readonly pkg: ModuleStore['pkg'];
  readonly scope: StorageScope;
  private readonly id: string;
  private readonly empty: ScoState;
  private from: Snapshot<CourseScoState> | undefined;
  private snapshot: Snapshot | undefined;

  constructor(
    private readonly course: CourseStore,
    index: number,
  ) {
    const pkg = course.pkg.modules[index];
    if (!pkg) throw new RangeError(`The course SCO has no module at index ${index}`);
    this.pkg = pkg;
    this.id = pkg.module.id;
    this.empty = emptyState(pkg.module);
    // Private reflections stay under the module id, as in the module's own SCO.
    this.scope = { ...course.scope, moduleId: this.id };
  }

  get storage(): KeyValueStore {
    return this.course.storage;
  }

  private stateIn(course: CourseScoState): ScoState {
    return course.s[this.id] ?? this.empty;
  }

  readonly subscribe = (listener: () => void) => this.course.subscribe(listener);

  readonly getSnapshot = (): Snapshot => {
    const from = this.course.getSnapshot();
    if (from !== this.from || !this.snapshot) {
      this.from = from;
      const state = this.stateIn(from.state);
      if (!this.snapshot || this.snapshot.state !== state || this.snapshot.health !== from.health) this.snapshot = { state, health: from.health };
    }
    return this.snapshot;
  };

  get state(): ScoState {
    return this.getSnapshot().state;
  }

  update(change: (state: ScoState) => ScoState): void {
    this.course.update((course) => {
      const current = this.stateIn(course);
      const next = change(current);
      return next === current ? course : { ...course, s: { ...course.s, [this.id]: next } };
    });
  }

  addPendingSave(save: () => void): () => void {
    return this.course.addPendingSave(save);
  }

  runPendingSaves(): void {
    this.course.runPendingSaves();
  }
}
