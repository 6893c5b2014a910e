import { scoredPassMark } from '../manifest-plan';
import { finding, type Finding } from './finding';
import type { PackageView, ScoView } from './package-view';

/** The mastery threshold in percent the manifest gives the LMS for this SCO, as written and as a number. */
function masteryOf(sco: ScoView, edition: PackageView['edition']): { written: string; percent: number } | undefined {
  if (edition === 'scorm12') {
    const m = sco.item.masteryscore;
    return m === undefined ? undefined : { written: `adlcp:masteryscore ${m}`, percent: Number(m) };
  }
  const primary = sco.item.primaryObjective;
  if (!primary?.satisfiedByMeasure) return undefined;
  // SN: minNormalizedMeasure defaults to 1.0 when satisfiedByMeasure is set without it.
  const measure = primary.minNormalizedMeasure ?? '1.0';
  return { written: `minNormalizedMeasure ${measure}`, percent: Number(measure) * 100 };
}

/**
 * A course SCO's score is the average of its scored modules with unfinished ones counting 0: an
 * LMS that judges passed/failed by it would fail a learner halfway through the course.
 */
function courseMastery(sco: ScoView, written: string, edition: PackageView['edition']): Finding {
  return finding(
    'error',
    'mastery.course-sco',
    sco.item.identifier,
    { edition, item: sco.item.identifier, written },
  );
}

/**
 * A mastery score only where the SCO has a scored quiz, at the runtime's own pass mark. With
 * Moodle's "mastery score overrides status" the LMS recomputes passed/failed from the score at
 * LMSFinish even for content without a quiz (field notes); a threshold other than the quiz's pass
 * mark makes the LMS and the learner's screen disagree about passing.
 */
export function masteryRules(view: PackageView): Finding[] {
  const out: Finding[] = [];
  for (const sco of view.scos) {
    const mastery = masteryOf(sco, view.edition);
    if (mastery && sco.course) out.push(courseMastery(sco, mastery.written, view.edition));
    if (!mastery || !sco.pkg) continue;
    const module = sco.pkg.module;
    const pass = scoredPassMark(module);
    if (pass === undefined) {
      out.push(
        finding(
          'error',
          'mastery.without-quiz',
          sco.item.identifier,
          { edition: view.edition, item: sco.item.identifier, module: module.id, written: mastery.written },
        ),
      );
    } else if (!Number.isFinite(mastery.percent) || mastery.percent < 0 || mastery.percent > 100) {
      out.push(
        finding(
          'error',
          'mastery.invalid',
          sco.item.identifier,
          { item: sco.item.identifier, written: mastery.written, pass },
        ),
      );
    } else if (Math.abs(mastery.percent - pass) > 1e-6) {
      out.push(
        finding(
          'error',
          'mastery.differs',
          sco.item.identifier,
          { item: sco.item.identifier, mastery: mastery.percent, module: module.id, pass },
        ),
      );
    }
  }
  return out;
}
