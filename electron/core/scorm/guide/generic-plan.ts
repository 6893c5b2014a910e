import type { GuideFacts } from './facts';
import { followSteps, scoredCount, step, studentSteps, unpackSteps, type PlannedSection, type PlannedStep } from './plan';

function gradeStep(f: GuideFacts): PlannedStep {
  if (scoredCount(f) === 0) return step('generic.noQuiz');
  if (f.packaging === 'course-sco') return step('generic.gradeCourse');
  // A "highest score" rule over a SCO per module would grade the best single module.
  if (f.packaging === 'sco-per-module') return step('generic.gradeAverage');
  return step('generic.gradeModule');
}

export function genericPlan(f: GuideFacts): PlannedSection[] {
  const perModule = f.packaging === 'package-per-module';
  return [
    { heading: 'generic.heading.add', steps: perModule ? unpackSteps(f, 'generic.importEach') : [step('generic.import')] },
    {
      heading: 'generic.heading.settings',
      steps: [
        step('generic.resume'),
        gradeStep(f),
        step('generic.completion'),
        ...(f.packaging === 'sco-per-module' ? [step('generic.allScos')] : []),
      ],
    },
    { heading: 'common.heading.student', steps: f.packaging === 'sco-per-module' ? [step('generic.student.toc')] : studentSteps(f) },
    { heading: 'common.heading.follow', steps: followSteps(f) },
  ];
}
