import type { ScoPackage } from '../../../electron/core/contract/sco';
import { decodeState, encodeState, type ScoState } from '../state/codec';
import { fitToModule, goTo } from '../state/actions';
import { buildReport } from './reporter';
import type { ScoUnit } from './unit';

/** One module as its own SCO (`module.json`): what the LMS session tracks for a module package. */
export function moduleUnit(pkg: ScoPackage): ScoUnit<ScoState> {
  const { module } = pkg;
  return {
    edition: pkg.edition,
    courseId: pkg.course.id,
    unitId: module.id,
    suspendDataLimit: pkg.suspendDataLimit,
    decode: decodeState,
    start(restored, location) {
      let state = fitToModule(module, restored);
      if (!restored) {
        const bookmark = module.sections.findIndex((s) => s.id === location);
        if (bookmark >= 0) state = { ...state, at: bookmark };
      }
      return goTo(state, state.at);
    },
    savedAt: (state) => state.t,
    stamp: (state, at) => ({ ...state, t: at }),
    encode: encodeState,
    report: (state, baseline) => buildReport(pkg, state, baseline),
  };
}
