import { preflightTextEn, type PreflightCode, type PreflightParams } from '../../../shared/messages/preflight';
import type { PreflightFinding, ScormEdition } from '../../contract';
import type { LmsTarget } from '../export-options';
import type { ZipLimits } from '../zip-limits';
import type { ZipSource } from '../zip-read';

export type Severity = PreflightFinding['severity'];

/**
 * The contract's PreflightFinding: `rule` is a stable id (the UI translates by it), `item` a file
 * path, manifest identifier, module, question or reflection id, `fix` what to do.
 */
export interface Finding extends PreflightFinding {
  /** Set when a course folder is checked in both editions. */
  edition?: ScormEdition;
}

export interface PreflightOptions {
  /** build/scorm-schemas, for the XSD check. */
  schemasDir: string;
  /** The edition the package must be; for a course folder, the one edition to build (default both). */
  edition?: ScormEdition;
  lms?: LmsTarget;
  /** The package learners already use (path or bytes): its identifiers must survive (Moodle keeps tracks by identifier). */
  previous?: ZipSource;
  /** The course's file quota in the LMS, in MB (default 100). */
  quotaMb?: number;
  /** The safe reader's limits (entries, unpacked size, ratio); the defaults where left out. */
  limits?: Partial<ZipLimits>;
}

/** A code's params, left out where its texts need none. */
type ParamsArg<C extends PreflightCode> = Partial<PreflightParams<C>> extends PreflightParams<C> ? [params?: PreflightParams<C>] : [params: PreflightParams<C>];

/**
 * One finding of code `rule`. Its message and fix are the catalogue's English for the command line
 * (electron/shared/messages/preflight); `params` are the values they are built from (ids, paths,
 * numbers), typed per code, so the app shows the same finding in the UI language. Where one code
 * covers several situations, a param with a literal value (`problem`, `kind`, …) says which one.
 */
export function finding<C extends PreflightCode>(severity: Severity, rule: C, item: string | undefined, ...[params]: ParamsArg<C>): Finding {
  const { message, fix } = preflightTextEn(rule, params ?? ({} as PreflightParams<C>));
  return { severity, rule, ...(item === undefined ? {} : { item }), message, fix, ...(params === undefined ? {} : { params }) };
}

export const hasErrors = (findings: Finding[]) => findings.some((f) => f.severity === 'error');
