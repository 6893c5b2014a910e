import type { Finding } from './finding';

/** A finding as text: severity, rule, item, message, and the fix on its own line. */
export function describeFinding(f: Finding): string {
  const edition = f.edition ? `(${f.edition}) ` : '';
  return `${f.severity.padEnd(7)} ${edition}${f.rule}${f.item ? ` [${f.item}]` : ''}: ${f.message}\n        fix: ${f.fix}`;
}

export function tally(findings: Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} note(s)`;
}
