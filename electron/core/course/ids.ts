import type { FileIssues, Where } from './issues';

/** Ids become SCORM identifiers and interaction ids, so the format is deliberately narrow. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/** Reports a malformed id; returns whether the id is well-formed. */
export function checkIdFormat(issues: FileIssues, id: string, at: Where, kind: string): boolean {
  if (ID_PATTERN.test(id)) return true;
  issues.error('id.format', at, { id, kind, suggestion: suggestId(id) });
  return false;
}

/** A well-formed id close to a malformed one, for hints. */
export function suggestId(id: string): string {
  const s = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 64);
  return s || 'mijn-id';
}

interface Claim {
  kind: string;
  file: string;
  line?: number;
}

/**
 * Every id in a course lives in one namespace: learners' progress in Leerpad and in an LMS is keyed
 * by these ids, so two things with the same id would share (and corrupt) each other's records.
 */
export class IdRegistry {
  private readonly claims = new Map<string, Claim>();

  /** Records the id; a second use is reported at the second place, naming the first. */
  claim(issues: FileIssues, id: string, kind: string, at: Where): void {
    const first = this.claims.get(id);
    if (!first) {
      this.claims.set(id, { kind, file: issues.file, line: at.line });
      return;
    }
    issues.error('id.duplicate', at, { id, kind, firstFile: first.file, firstLine: first.line ?? 0, firstKind: first.kind });
  }
}
