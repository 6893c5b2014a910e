import type { CourseDocument, Packaging, PackagingAdvice, ReflectionMode, ScormEdition, TargetLms } from '../contract';
import { SUSPEND_DATA_LIMIT } from '../contract';
import { worstCaseCourseStateLength } from './worst-case-state';

export interface AdviceInput {
  edition: ScormEdition;
  reflections: ReflectionMode;
  /** Absent: no particular LMS (generic). */
  lms?: TargetLms;
}

/** An option with its English reason and the values it names, so the app can say it in its own language. */
type AdvisedOption = PackagingAdvice['options'][number];

const EDITION_NAME: Record<ScormEdition, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };

function courseSco(worst: number, limit: number, edition: ScormEdition): AdvisedOption {
  const params = { worst, limit, edition: EDITION_NAME[edition] };
  return worst <= limit
    ? {
        packaging: 'course-sco',
        available: true,
        reason: 'One activity and one grade for the whole course: the learner picks modules from a menu and comes back where they left off.',
        params,
      }
    : {
        packaging: 'course-sco',
        available: false,
        reason: `The resume state of these modules together can need ${worst} characters; ${EDITION_NAME[edition]} keeps ${limit} for the whole course. Choose fewer modules, keep reflections private${edition === 'scorm12' ? ', or export SCORM 2004' : ''}.`,
        params,
      };
}

const PER_MODULE: AdvisedOption = {
  packaging: 'package-per-module',
  available: true,
  reason: 'One package per module, each its own activity and grade column: the lecturer uploads every package separately.',
};

/**
 * Several SCOs in one package only work where the LMS runs SCORM navigation between them: Moodle
 * 2004 tracks only the first SCO opened per visit (error 104 on the next Initialize), Moodle 1.2
 * fails re-opening a SCO in the same visit, and Canvas's SCORM tool is not known to do better.
 */
function scoPerModule(lms: TargetLms, edition: ScormEdition): AdvisedOption {
  if (lms === 'generic') {
    return {
      packaging: 'sco-per-module',
      available: true,
      reason: 'One package with one SCO per module: only for an LMS with full SCORM navigation between SCOs.',
    };
  }
  const reason =
    lms === 'moodle'
      ? edition === 'scorm2004'
        ? 'Moodle tracks only the first module a student opens per visit in a SCORM 2004 package with several SCOs.'
        : 'Moodle fails when a student opens a module a second time in the same visit of a SCORM 1.2 package with several SCOs.'
      : "Canvas's SCORM tool gives a package one assignment; how it plays several SCOs in it is not known to work.";
  return { packaging: 'sco-per-module', available: false, reason, params: { lms } };
}

/**
 * Which packagings suit the chosen modules for this LMS, the recommended one first: a course SCO
 * when its whole resume state fits the edition's suspend_data (measured at its worst case with the
 * runtime's own codec), else one package per module.
 */
export function recommendedPackaging(course: CourseDocument, moduleIds: string[], input: AdviceInput): PackagingAdvice {
  const modules = course.modules.filter((m) => moduleIds.includes(m.id));
  const limit = SUSPEND_DATA_LIMIT[input.edition];
  const options = [courseSco(worstCaseCourseStateLength(modules, input.reflections), limit, input.edition), PER_MODULE, scoPerModule(input.lms ?? 'generic', input.edition)];
  const recommended: Packaging = options[0]!.available ? 'course-sco' : 'package-per-module';
  return { recommended, options: [...options.filter((o) => o.packaging === recommended), ...options.filter((o) => o.packaging !== recommended)] };
}
