import type { IdRegistry } from './ids';
import type { LinkChecker } from './links';
import type { StemRegistry } from './stems';

/** What compiling one module needs from the course around it. */
export interface ModuleEnv {
  ids: IdRegistry;
  links: LinkChecker;
  /** Every question stem in the course, to warn about repeats across modules. */
  stems: StemRegistry;
  /** Lever ids and the umbrella id; undefined when course.yaml's framework could not be read. */
  levers: readonly string[] | undefined;
}
