import type { IdRegistry } from './ids';
import type { LinkChecker } from './links';

/** What compiling one module needs from the course around it. */
export interface ModuleEnv {
  ids: IdRegistry;
  links: LinkChecker;
  /** Lever ids and the umbrella id; undefined when course.yaml's framework could not be read. */
  levers: readonly string[] | undefined;
}
