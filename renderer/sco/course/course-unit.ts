import { decodeCourseState, encodeCourseState, type CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../electron/core/contract/sco';
import type { ScoUnit } from '../lms/unit';
import { fitToCourse, fromLocation, openModule } from './course-actions';
import { buildCourseReport } from './course-report';

/**
 * A whole course as one SCO behind a module menu (`course.json`, issue 9 `course-sco`): what the
 * LMS session tracks for it. One suspend_data holds every module's state.
 */
export function courseUnit(pkg: CourseScoPackage): ScoUnit<CourseScoState> {
  return {
    edition: pkg.edition,
    courseId: pkg.course.id,
    unitId: pkg.course.id,
    suspendDataLimit: pkg.suspendDataLimit,
    decode: decodeCourseState,
    start(restored, location) {
      const state = fitToCourse(pkg, restored);
      if (restored) return state.m >= 0 ? openModule(pkg, state, state.m) : state;
      // No state the SCO can read, but the LMS kept a bookmark: open that module at that section.
      const place = fromLocation(pkg, location);
      return place ? openModule(pkg, state, place.index, place.section) : state;
    },
    savedAt: (state) => state.t,
    stamp: (state, at) => ({ ...state, t: at }),
    encode: encodeCourseState,
    report: (state, baseline) => buildCourseReport(pkg, state, baseline),
  };
}
