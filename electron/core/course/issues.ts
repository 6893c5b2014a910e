import type { ValidationIssue } from '../contract';
import { courseTextEn, type CourseCode, type CourseParams } from '../../shared/messages';

/** A place in a file; both parts are 1-based. Undefined parts mean "the whole file". */
export interface Where {
  line?: number;
  column?: number;
}

/** Anything with a unist position (mdast nodes) or a plain place. */
export type At = Where | { position?: { start: { line: number; column: number } } } | undefined;

type Params = Record<string, string | number>;

function whereOf(at: At): Where {
  if (!at) return {};
  if ('position' in at) return at.position ? { line: at.position.start.line, column: at.position.start.column } : {};
  return at as Where;
}

/** Collects the issues of one course; every file reports through its own `FileIssues`. */
export class IssueList {
  readonly all: ValidationIssue[] = [];

  forFile(file: string): FileIssues {
    return new FileIssues(this, file);
  }

  push(issue: ValidationIssue): void {
    this.all.push(issue);
  }
}

export class FileIssues {
  constructor(
    private readonly list: IssueList,
    readonly file: string,
  ) {}

  /** An issue whose texts come from the message catalogue; the compiler checks the code and its params. */
  error<C extends CourseCode>(code: C, at: At, params: CourseParams<C>): void {
    this.add('error', code, at, params);
  }

  warning<C extends CourseCode>(code: C, at: At, params: CourseParams<C>): void {
    this.add('warning', code, at, params);
  }

  private add<C extends CourseCode>(severity: ValidationIssue['severity'], code: C, at: At, params: CourseParams<C>) {
    const { message, hint } = courseTextEn(code, params);
    const { line, column } = whereOf(at);
    const issue: ValidationIssue = { severity, code, file: this.file, message, hint, params: params as Params };
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    this.list.push(issue);
  }
}

/**
 * Files in the order the author reads them, issues by position inside a file. The sort is stable,
 * so issues on the same spot keep the order in which the compiler found them.
 */
export function sortIssues(issues: ValidationIssue[], fileOrder: string[]): ValidationIssue[] {
  const rank = (f: string) => {
    const i = fileOrder.indexOf(f);
    return i === -1 ? fileOrder.length : i;
  };
  return [...issues].sort(
    (a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** `modules/05-onderzoeken.md:41:3 error quiz 'q-onderzoeken' has no correct answer — mark one option with [x]` */
export function formatIssue(i: ValidationIssue): string {
  const where = `${i.file}${i.line ? `:${i.line}` : ''}${i.line && i.column ? `:${i.column}` : ''}`;
  return `${where} ${i.severity} ${i.message}${i.hint ? ` — ${i.hint}` : ''}`;
}

/** The candidate closest to a misspelt name, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
