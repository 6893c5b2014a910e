import type { GuideFacts } from './facts';
import { followSteps, scoredCount, step, studentSteps, unpackSteps, type PlannedSection, type PlannedStep } from './plan';

function addSteps(f: GuideFacts): PlannedStep[] {
  // Canvas plays SCORM only through Instructure's hosted SCORM tool (a licensed engine).
  const steps = [step('canvas.hosted')];
  if (f.packaging === 'package-per-module') steps.push(...unpackSteps(f, 'canvas.uploadEach'));
  else steps.push(step('canvas.upload'));
  const scored = scoredCount(f);
  if (scored === 0) steps.push(step('canvas.ungraded'));
  else if (f.packaging === 'package-per-module' && scored < f.modules.length) steps.push(step('canvas.gradedSome'), step('canvas.publish'));
  else steps.push(step('canvas.graded'), step('canvas.publish'));
  return steps;
}

function gradeSteps(f: GuideFacts): PlannedStep[] {
  if (scoredCount(f) === 0) return [step('canvas.grade.none')];
  return [step(f.packaging === 'course-sco' ? 'canvas.grade.course' : 'canvas.grade.module')];
}

export function canvasPlan(f: GuideFacts): PlannedSection[] {
  return [
    { heading: 'canvas.heading.add', steps: addSteps(f) },
    { heading: 'canvas.heading.settings', steps: [...gradeSteps(f), step(f.edition === 'scorm12' ? 'canvas.try2004' : 'canvas.is2004')] },
    {
      heading: 'common.heading.student',
      steps: f.packaging === 'sco-per-module' ? [step('canvas.student.toc')] : studentSteps(f),
    },
    { heading: 'common.heading.follow', steps: followSteps(f) },
  ];
}
