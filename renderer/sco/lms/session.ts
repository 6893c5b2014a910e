import type { LmsHealth } from '../state/store';
import { copyIsNewer, readMirror, removeMirror, writeMirror, type KeyValueStore, type StorageScope } from '../state/storage';
import type { LmsAdapter } from './adapter';
import { EMPTY_BASELINE, readBaseline, type Baseline } from './baseline';
import { cmiTimespan, timeinterval } from './data-types';
import { commitBatches } from './commit-order';
import { ELEMENTS, type CmiValue } from './elements';
import type { ScoUnit, UnitStore } from './unit';

const RETRY_DELAY = 15_000;

export interface SessionOptions<S> {
  /** What this SCO tracks: one module, or a whole course behind a menu. */
  unit: ScoUnit<S>;
  /** null: no LMS found; the state lives in the browser only. */
  lms: LmsAdapter | null;
  /** The browser's storage: the state goes there only without an LMS, or while the LMS refuses the connection. */
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

/** With an LMS; without any LMS (a plain page); or with an LMS that refused Initialize. */
type Mode = 'lms' | 'standalone' | 'refused';

/**
 * The SCO's side of the SCORM run-time: Initialize, restore, commit what changed, Terminate.
 * Written once for any unit (a module, or a course). Values are remembered as sent only after a
 * successful Commit; anything else is sent again on the next commit (and on a timer), while the
 * state waits in memory.
 *
 * With an LMS, nothing of the state goes to browser storage: on a shared computer the next learner
 * could read it there (issue 8 §2). A SCO that found no LMS at all keeps its state in the browser;
 * one whose LMS refused the connection keeps what the learner changed there, under the learner id
 * the LMS gave, until a later session commits it. Both say so to the learner.
 */
export class LmsSession<S> {
  private lms: LmsAdapter | null;
  private mode: Mode;
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
  /** Changed since the LMS last had the whole state. */
  private unsaved = false;
  /** A browser copy was taken over: it is removed once the LMS has the whole state. */
  private copyTakenOver = false;
  private readonly unit: ScoUnit<S>;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(private readonly options: SessionOptions<S>) {
    this.unit = options.unit;
    this.lms = options.lms;
    this.mode = options.lms === null ? 'standalone' : 'lms';
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? ((m) => console.warn(`[leerpad sco] ${m}`));
    this.scope = { learnerId: 'local', courseId: this.unit.courseId, moduleId: this.unit.unitId };
  }

  get connected(): boolean {
    return this.lms !== null && !this.terminated;
  }

  start(): Restored<S> {
    const unit = this.unit;
    let learnerId = '';
    if (this.lms && !this.lms.initialize()) learnerId = this.refuse(this.lms);
    this.startedAt = this.now();
    if (this.lms) {
      this.baseline = readBaseline(this.lms, unit.edition);
      learnerId = this.baseline.learnerId;
      if (learnerId) this.lms.rememberLearner(unit.courseId, learnerId);
    }
    this.scope = { ...this.scope, learnerId: learnerId || 'local' };
    const restored = this.restore();
    const state = unit.start(restored, this.baseline.location);
    // A restored state the start left as it was keeps its stamp: nothing changed since it was saved.
    if (restored && unit.encode(state) === unit.encode(restored)) {
      this.stampedFrom = state;
      this.stamped = state;
    }
    return { state, scope: this.scope, health: this.health(false, false) };
  }

  /** Initialize failed: the state goes to the browser, under the learner id the LMS can still give. */
  private refuse(lms: LmsAdapter): string {
    this.warn(`Initialize failed (${lms.lastError()}); the answers of this session are kept in this browser.`);
    this.lms = null;
    this.mode = 'refused';
    // Moodle's 1.2 API answers GetValue before Initialize with '' (error 301; 2004 calls it 122); another LMS may still say who it is.
    return lms.get(ELEMENTS[this.unit.edition].learnerId) || lms.rememberedLearner(this.unit.courseId);
  }

  private restore(): S | null {
    const { storage } = this.options;
    const mirror = readMirror(storage, this.scope);
    const copy = this.unit.decode(mirror?.state);
    if (this.mode === 'standalone') return copy;
    // Refused and no learner id: a copy under 'local' may be another learner's.
    if (this.mode === 'refused') return this.scope.learnerId === 'local' ? null : copy;
    const fromLms = this.unit.decode(this.baseline.suspendData);
    if (copy && (mirror?.pending || !fromLms) && copyIsNewer(this.unit.savedAt(copy), fromLms ? this.unit.savedAt(fromLms) : undefined)) {
      this.copyTakenOver = true;
      return copy;
    }
    if (mirror) removeMirror(storage, this.scope);
    return fromLms;
  }

  private health(failing: boolean, tooLong: boolean): LmsHealth {
    return { connected: this.connected, standalone: this.mode === 'standalone', refused: this.mode === 'refused', failing, tooLong };
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
    this.unsaved = true;
    this.mirror();
    if (!this.connected) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.commitDelay ?? 2000);
  }

  /** Refused: only what changed is kept, so an untouched state never looks newer than the LMS's. */
  private mirror(): void {
    if (!this.store || this.mode === 'lms' || (this.mode === 'refused' && !this.unsaved)) return;
    writeMirror(this.options.storage, this.scope, { state: this.unit.encode(this.current(this.store)), pending: this.mode === 'refused' });
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
    const batches = commitBatches(edition, report.values.filter(([element, value]) => this.sent.get(element) !== value));
    let committed = true;
    let suspendFailed = false;
    let setFailures = 0;
    for (const [i, batch] of batches.entries()) {
      const staged: CmiValue[] = [];
      for (const [element, value] of batch) {
        if (lms.set(element, value)) staged.push([element, value]);
        else {
          setFailures++;
          if (element === el.suspendData) suspendFailed = true;
          this.warn(`SetValue(${element}) failed: ${lms.lastError()}; it is sent again with the next commit.`);
        }
      }
      const elapsed = this.now() - this.startedAt;
      if (i === 0) lms.set(el.sessionTime, edition === 'scorm12' ? cmiTimespan(elapsed) : timeinterval(elapsed));
      committed = lms.commit();
      if (!committed) {
        this.warn(`Commit failed: ${lms.lastError()}; the state is kept on this page and committed again later.`);
        break;
      }
      for (const [element, value] of staged) this.sent.set(element, value);
    }
    const failed = !committed || setFailures > 0;
    store.setHealth(this.health(!committed || suspendFailed, report.suspendTooLong));
    // A learner who stops clicking would otherwise wait for pagehide: try again on our own.
    if (failed) this.timer = setTimeout(() => this.flush(), RETRY_DELAY);
    const whole = !failed && !report.suspendTooLong;
    if (whole) this.unsaved = false;
    if (whole && this.copyTakenOver) {
      removeMirror(this.options.storage, this.scope);
      this.copyTakenOver = false;
    }
    return whole;
  }

  /** Stops timers; the page is going away or a test is done. */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Commit and Terminate: only on `pagehide` (unload is unreliable and breaks the back-forward cache). */
  end(): void {
    if (this.terminated) return;
    this.flush();
    this.dispose();
    if (!this.lms) return;
    if (!this.lms.terminate()) this.warn(`Terminate failed: ${this.lms.lastError()}`);
    this.terminated = true;
  }

  /** A page restored from the back-forward cache after Terminate opens a new LMS session. */
  private resume(): void {
    if (!this.lms || !this.terminated) return;
    if (!this.lms.initialize()) {
      this.refuse(this.lms);
      this.terminated = false;
      this.mirror();
      this.store?.setHealth(this.health(false, false));
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
