import type { ScoPackage } from '../../../electron/core/contract/sco';
import { decodeState, encodeState, type ScoState } from '../state/codec';
import { fitToModule, visit } from '../state/actions';
import type { LmsHealth, ScoStore } from '../state/store';
import { readMirror, removeMirror, writeMirror, type KeyValueStore, type StorageScope } from '../state/storage';
import type { LmsAdapter } from './adapter';
import { EMPTY_BASELINE, readBaseline, type Baseline } from './baseline';
import { ELEMENTS } from './elements';
import { sessionTime12, sessionTime2004 } from './formats';
import { buildReport } from './reporter';

const RETRY_DELAY = 15_000;

export interface SessionOptions {
  pkg: ScoPackage;
  /** null: no LMS found; the state lives in the browser only. */
  lms: LmsAdapter | null;
  /** The browser's storage: the resume state goes there only when no LMS was found at all. */
  storage: KeyValueStore;
  now?: () => number;
  /** Changes are committed after this pause (ms), so a burst of clicks is one commit. */
  commitDelay?: number;
  warn?: (message: string) => void;
}

export interface Restored {
  state: ScoState;
  scope: StorageScope;
  health: LmsHealth;
}

/**
 * The SCO's side of the SCORM run-time: Initialize, restore, commit what changed, Terminate.
 * Values are remembered as sent only after a successful Commit; anything else is sent again on
 * the next commit (and on a timer), while the state waits in memory.
 *
 * With an LMS, nothing of the state goes to browser storage: on a shared computer the next learner
 * could read it there (issue 8 §2). Only a SCO that found no LMS at all (an exported package opened
 * as a plain page) keeps its state in the browser, and says so to the learner.
 */
export class LmsSession {
  private lms: LmsAdapter | null;
  private baseline: Baseline = EMPTY_BASELINE;
  private readonly sent = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private startedAt = 0;
  private terminated = false;
  private store: ScoStore | undefined;
  private scope: StorageScope;
  /** No LMS API was found: the browser is the only place the state can be kept. */
  private readonly standalone: boolean;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(private readonly options: SessionOptions) {
    this.lms = options.lms;
    this.standalone = options.lms === null;
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? ((m) => console.warn(`[leerpad sco] ${m}`));
    this.scope = { learnerId: 'local', courseId: options.pkg.course.id, moduleId: options.pkg.module.id };
  }

  get connected(): boolean {
    return this.lms !== null && !this.terminated;
  }

  start(): Restored {
    const { pkg, storage } = this.options;
    if (this.lms && !this.lms.initialize()) {
      this.warn(`Initialize failed (${this.lms.lastError()}); progress is kept on this page only.`);
      this.lms = null;
    }
    this.startedAt = this.now();
    if (this.lms) this.baseline = readBaseline(this.lms, pkg.edition);
    this.scope = { ...this.scope, learnerId: this.baseline.learnerId || 'local' };

    const mirror = readMirror(storage, this.scope);
    const fromMirror = decodeState(mirror?.state);
    const fromLms = decodeState(this.baseline.suspendData);
    let restored: ScoState | null;
    if (this.standalone) restored = fromMirror;
    else {
      // An older version kept a copy here also with an LMS: what the LMS never received is taken
      // over once (it is committed now), then the copy is removed from the browser.
      restored = (mirror?.pending ? fromMirror : null) ?? fromLms ?? fromMirror;
      if (mirror) removeMirror(storage, this.scope);
    }
    let state = fitToModule(pkg.module, restored);
    if (!restored) {
      const bookmark = pkg.module.sections.findIndex((s) => s.id === this.baseline.location);
      if (bookmark >= 0) state = { ...state, at: bookmark };
    }
    state = visit(state, state.at);
    return { state, scope: this.scope, health: { connected: this.lms !== null, standalone: this.standalone, failing: false, tooLong: false } };
  }

  attach(store: ScoStore): () => void {
    this.store = store;
    let last = store.state;
    return store.subscribe(() => {
      // The store also notifies health changes, which this session causes itself.
      if (store.state === last) return;
      last = store.state;
      this.changed();
    });
  }

  private changed(): void {
    this.mirror();
    if (!this.connected) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.commitDelay ?? 2000);
  }

  private mirror(): void {
    if (this.standalone && this.store) writeMirror(this.options.storage, this.scope, { state: encodeState(this.store.state), pending: false });
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
    const { pkg } = this.options;
    const el = ELEMENTS[pkg.edition];
    const report = buildReport(pkg, store.state, this.baseline);
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
    lms.set(el.sessionTime, pkg.edition === 'scorm12' ? sessionTime12(elapsed) : sessionTime2004(elapsed));
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
