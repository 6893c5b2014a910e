import type { LmsHealth } from '../state/store';
import { readMirror, removeMirror, writeMirror, type KeyValueStore, type StorageScope } from '../state/storage';
import type { LmsAdapter } from './adapter';
import { EMPTY_BASELINE, readBaseline, type Baseline } from './baseline';
import { ELEMENTS } from './elements';
import { cmiTimespan, timeinterval } from './data-types';
import type { ScoUnit, UnitStore } from './unit';

const RETRY_DELAY = 15_000;

export interface SessionOptions<S> {
  /** What this SCO tracks: one module, or a whole course behind a menu. */
  unit: ScoUnit<S>;
  /** null: no LMS found; the state lives in the browser only. */
  lms: LmsAdapter | null;
  /** The browser's storage: the resume state goes there only when no LMS was found at all. */
  storage: KeyValueStore;
  now?: () => number;
  /** Changes are committed after this pause (ms), so a burst of clicks is one commit. */
  commitDelay?: number;
  warn?: (message: string) => void;
}

export interface Restored<S> {
  state: S;
  scope: StorageScope;
  health: LmsHealth;
}

/**
 * The SCO's side of the SCORM run-time: Initialize, restore, commit what changed, Terminate.
 * Written once for any unit (a module, or a course); values are remembered as sent only after a
 * successful Commit; anything else is sent again on the next commit (and on a timer), while the
 * state waits in memory.
 *
 * With an LMS, nothing of the state goes to browser storage: on a shared computer the next learner
 * could read it there (issue 8 §2). Only a SCO that found no LMS at all (an exported package opened
 * as a plain page) keeps its state in the browser, and says so to the learner.
 */
export class LmsSession<S> {
  private lms: LmsAdapter | null;
  private baseline: Baseline = EMPTY_BASELINE;
  private readonly sent = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private startedAt = 0;
  private terminated = false;
  private store: UnitStore<S> | undefined;
  private scope: StorageScope;
  /** The store state last stamped, and that state with its stamp: a new stamp only for a changed state. */
  private stampedFrom: S | undefined;
  private stamped: S | undefined;
  /** No LMS API was found: the browser is the only place the state can be kept. */
  private readonly standalone: boolean;
  private readonly unit: ScoUnit<S>;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(private readonly options: SessionOptions<S>) {
    this.unit = options.unit;
    this.lms = options.lms;
    this.standalone = options.lms === null;
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? ((m) => console.warn(`[leerpad sco] ${m}`));
    this.scope = { learnerId: 'local', courseId: this.unit.courseId, moduleId: this.unit.unitId };
  }

  get connected(): boolean {
    return this.lms !== null && !this.terminated;
  }

  start(): Restored<S> {
    const { storage } = this.options;
    const unit = this.unit;
    if (this.lms && !this.lms.initialize()) {
      this.warn(`Initialize failed (${this.lms.lastError()}); progress is kept on this page only.`);
      this.lms = null;
    }
    this.startedAt = this.now();
    if (this.lms) this.baseline = readBaseline(this.lms, unit.edition);
    this.scope = { ...this.scope, learnerId: this.baseline.learnerId || 'local' };

    const mirror = readMirror(storage, this.scope);
    const fromMirror = unit.decode(mirror?.state);
    const fromLms = unit.decode(this.baseline.suspendData);
    let restored: S | null;
    if (this.standalone) restored = fromMirror;
    else {
      // An older version kept a copy here also with an LMS: what the LMS never received is taken
      // over once (it is committed now), then the copy is removed from the browser.
      restored = (mirror?.pending ? fromMirror : null) ?? fromLms ?? fromMirror;
      if (mirror) removeMirror(storage, this.scope);
    }
    const state = unit.start(restored, this.baseline.location);
    // A restored state the start left as it was keeps its stamp: nothing changed since it was saved.
    if (restored && unit.encode(state) === unit.encode(restored)) {
      this.stampedFrom = state;
      this.stamped = state;
    }
    return { state, scope: this.scope, health: { connected: this.lms !== null, standalone: this.standalone, failing: false, tooLong: false } };
  }

  attach(store: UnitStore<S>): () => void {
    this.store = store;
    let last = store.state;
    return store.subscribe(() => {
      // The store also notifies health changes, which this session causes itself.
      if (store.state === last) return;
      last = store.state;
      this.changed();
    });
  }

  /** The store's state with a saved-at stamp, renewed only when the state changed since the last one (else every flush would resend suspend_data). */
  private current(store: UnitStore<S>): S {
    if (store.state !== this.stampedFrom || this.stamped === undefined) {
      this.stampedFrom = store.state;
      this.stamped = this.unit.stamp(store.state, this.now());
    }
    return this.stamped;
  }

  private changed(): void {
    this.mirror();
    if (!this.connected) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.commitDelay ?? 2000);
  }

  private mirror(): void {
    if (this.standalone && this.store) writeMirror(this.options.storage, this.scope, { state: this.unit.encode(this.current(this.store)), pending: false });
  }

  /** Sends what changed and commits. True when the LMS has the whole state. */
  flush(): boolean {
    clearTimeout(this.timer);
    this.timer = undefined;
    const store = this.store;
    if (!store) return false;
    store.runPendingSaves();
    // Those saves schedule a commit of their own: this one already includes them.
    clearTimeout(this.timer);
    const lms = this.lms;
    if (!lms || this.terminated) {
      this.mirror();
      return false;
    }
    const edition = this.unit.edition;
    const el = ELEMENTS[edition];
    const report = this.unit.report(this.current(store), this.baseline);
    const staged: [string, string][] = [];
    let suspendFailed = false;
    let setFailures = 0;
    for (const [element, value] of report.values) {
      if (this.sent.get(element) === value) continue;
      if (lms.set(element, value)) staged.push([element, value]);
      else {
        setFailures++;
        if (element === el.suspendData) suspendFailed = true;
        this.warn(`SetValue(${element}) failed: ${lms.lastError()}; it is sent again with the next commit.`);
      }
    }
    const elapsed = this.now() - this.startedAt;
    lms.set(el.sessionTime, edition === 'scorm12' ? cmiTimespan(elapsed) : timeinterval(elapsed));
    const committed = lms.commit();
    if (committed) for (const [element, value] of staged) this.sent.set(element, value);
    else this.warn(`Commit failed: ${lms.lastError()}; the state is kept on this page and committed again later.`);
    const failed = !committed || setFailures > 0;
    store.setHealth({ connected: true, standalone: false, failing: !committed || suspendFailed, tooLong: report.suspendTooLong });
    // A learner who stops clicking would otherwise wait for pagehide: try again on our own.
    if (failed) this.timer = setTimeout(() => this.flush(), RETRY_DELAY);
    return !failed && !report.suspendTooLong;
  }

  /** Stops timers; the page is going away or a test is done. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Commit and Terminate: only on `pagehide` (unload is unreliable and breaks the back-forward cache). */
  end(): void {
    if (!this.lms || this.terminated) return;
    this.flush();
    this.dispose();
    if (!this.lms.terminate()) this.warn(`Terminate failed: ${this.lms.lastError()}`);
    this.terminated = true;
  }

  /** A page restored from the back-forward cache after Terminate opens a new LMS session. */
  private resume(): void {
    if (!this.lms || !this.terminated) return;
    if (!this.lms.initialize()) {
      this.warn('Initialize after returning to the page failed; progress is kept on this page only.');
      return;
    }
    this.terminated = false;
    this.sent.clear();
    this.startedAt = this.now();
    this.flush();
  }

  listen(win: Window): () => void {
    const onPageHide = () => this.end();
    const onVisibility = () => {
      if (win.document.visibilityState === 'hidden') this.flush();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) this.resume();
    };
    win.addEventListener('pagehide', onPageHide);
    win.document.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('pageshow', onPageShow);
    return () => {
      win.removeEventListener('pagehide', onPageHide);
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pageshow', onPageShow);
    };
  }
}
