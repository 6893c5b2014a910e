import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import type { Scorm12Api, Scorm2004Api } from '../../../../../renderer/sco/lms/find-api';
import { moduleUnit } from '../../../../../renderer/sco/lms/module-unit';
import { LmsSession } from '../../../../../renderer/sco/lms/session';
import type { LmsAdapter } from '../../../../../renderer/sco/lms/adapter';
import type { ScoState } from '../../../../../renderer/sco/state/codec';
import { ScoStore } from '../../../../../renderer/sco/state/store';
import { MemoryStorage } from '../render';

type Values = Record<string, string>;

/**
 * SCORM 2004 as Moodle 4.3 runs it (issue 9, seen 1): one API object for every SCO of a visit,
 * and once one SCO terminated, every later Initialize fails with 104 "Content Instance
 * Terminated". GetValue outside a session answers '' (122 before, 123 after).
 */
export class Moodle2004 implements Scorm2004Api {
  readonly stored: Values;
  readonly commits: Values[] = [];
  private staged: Values = {};
  private state: 'new' | 'running' | 'terminated' = 'new';
  private error = '0';

  constructor(data: Values = {}) {
    this.stored = { 'cmi.entry': 'ab-initio', 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', ...data };
  }

  private fail(code: string): 'false' {
    this.error = code;
    return 'false';
  }

  Initialize(): string {
    if (this.state === 'terminated') return this.fail('104');
    if (this.state === 'running') return this.fail('103');
    this.state = 'running';
    this.error = '0';
    return 'true';
  }

  Terminate(): string {
    if (this.state !== 'running') return this.fail(this.state === 'new' ? '112' : '113');
    this.Commit();
    this.state = 'terminated';
    return 'true';
  }

  GetValue(element: string): string {
    if (this.state !== 'running') return (this.fail(this.state === 'new' ? '122' : '123'), '');
    this.error = '0';
    return this.stored[element] ?? '';
  }

  SetValue(element: string, value: string): string {
    if (this.state !== 'running') return this.fail(this.state === 'new' ? '132' : '133');
    this.staged[element] = value;
    this.error = '0';
    return 'true';
  }

  Commit(): string {
    if (this.state !== 'running') return this.fail(this.state === 'new' ? '142' : '143');
    Object.assign(this.stored, this.staged);
    this.commits.push(this.staged);
    this.staged = {};
    return 'true';
  }

  GetLastError(): string {
    return this.error;
  }

  GetErrorString(code: string): string {
    return `error ${code}`;
  }
}

/**
 * SCORM 1.2 as Moodle 4.3 stores a commit (issue 9, seen 3): `cmi.core.score.*` before every other
 * element whatever the SCO's order, and activity completion is worked out when the score is
 * stored, from the status stored at that moment. `failCommits` makes the next commits fail.
 */
export class Moodle12 implements Scorm12Api {
  readonly stored: Values;
  /** Each successful commit: the elements in the order the SCO set them. */
  readonly commits: [string, string][][] = [];
  /** What Moodle's activity completion shows after each stored score. */
  complete = false;
  failCommits = 0;
  private staged: [string, string][] = [];
  private running = false;
  private error = '0';

  constructor(data: Values = {}) {
    this.stored = { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted', ...data };
  }

  LMSInitialize(): string {
    if (this.running) return ((this.error = '101'), 'false');
    this.running = true;
    return 'true';
  }

  LMSFinish(): string {
    this.LMSCommit();
    this.running = false;
    return 'true';
  }

  LMSGetValue(element: string): string {
    if (!this.running) return ((this.error = '301'), '');
    return this.stored[element] ?? '';
  }

  LMSSetValue(element: string, value: string): string {
    if (!this.running) return ((this.error = '301'), 'false');
    this.staged.push([element, value]);
    return 'true';
  }

  LMSCommit(): string {
    if (!this.running) return ((this.error = '301'), 'false');
    const batch = this.staged;
    this.staged = [];
    if (this.failCommits > 0) {
      this.failCommits--;
      return ((this.error = '101'), 'false');
    }
    const isScore = ([element]: [string, string]) => element.startsWith('cmi.core.score.');
    for (const [element, value] of [...batch.filter(isScore), ...batch.filter((v) => !isScore(v))]) {
      this.stored[element] = value;
      if (element === 'cmi.core.score.raw') this.complete = ['passed', 'completed'].includes(this.stored['cmi.core.lesson_status'] ?? '');
    }
    this.commits.push(batch);
    return 'true';
  }

  LMSGetLastError(): string {
    return this.error;
  }

  LMSGetErrorString(code: string): string {
    return `error ${code}`;
  }
}

export interface Played {
  session: LmsSession<ScoState>;
  store: ScoStore;
  warnings: string[];
}

/** A module SCO's session on its own, without React: started, attached to a store, first commit done. */
export function play(pkg: ScoPackage, lms: LmsAdapter | null, storage = new MemoryStorage(), now = () => Date.now()): Played {
  const warnings: string[] = [];
  const session = new LmsSession({ unit: moduleUnit(pkg), lms, storage, now, commitDelay: 1000, warn: (m) => void warnings.push(m) });
  const restored = session.start();
  const store = new ScoStore(pkg, restored.state, storage, restored.scope, restored.health);
  session.attach(store);
  session.flush();
  return { session, store, warnings };
}
