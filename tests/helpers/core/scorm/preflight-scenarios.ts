import { buildScenarioPackages, type Scenarios } from './preflight-scenario-kit';
import { CONTENT_SCENARIOS } from './preflight-scenarios-content';
import { FOREIGN_SCENARIOS } from './preflight-scenarios-foreign';
import { PACKAGE_SCENARIOS } from './preflight-scenarios-package';

export { buildScenarioPackages };

/** Each situation the preflight reports, with the codes it must produce (tests/unit/core/scorm/preflight-texts.test.ts). */
export const SCENARIOS: Scenarios = { ...PACKAGE_SCENARIOS, ...CONTENT_SCENARIOS, ...FOREIGN_SCENARIOS };
