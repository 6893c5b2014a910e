import type { GuideFacts } from './facts';
import { followSteps, scoredCount, step, studentSteps, unpackSteps, type PlannedSection, type PlannedStep } from './plan';

function addSteps(f: GuideFacts): PlannedStep[] {
  if (f.packaging === 'package-per-module') return [step('moodle.add.open'), ...unpackSteps(f, 'moodle.add.perModule')];
  return [step('moodle.add.open'), step('moodle.add.activity'), step('moodle.add.upload')];
}

function gradeStep(f: GuideFacts): PlannedStep {
  if (scoredCount(f) === 0) return step('moodle.settings.noQuiz');
  // Moodle's "highest grade" takes the best single SCO: right for one SCO, wrong for a SCO per module.
  if (f.packaging === 'sco-per-module') return step('moodle.settings.gradeAverage');
  if (f.packaging === 'package-per-module') return step('moodle.settings.gradeModule');
  return step('moodle.settings.gradeCourse');
}

function settingsSteps(f: GuideFacts): PlannedStep[] {
  const display = {
    // The course SCO carries its own module menu; Moodle's table of contents would show one line.
    'course-sco': 'moodle.settings.displayOwnMenu',
    'package-per-module': 'moodle.settings.displaySingle',
    'sco-per-module': 'moodle.settings.displayToc',
  }[f.packaging];
  return [
    ...(f.packaging === 'package-per-module' ? [step('moodle.settings.eachActivity')] : []),
    step(display),
    gradeStep(f),
    ...(f.packaging === 'package-per-module' && scoredCount(f) > 0 && scoredCount(f) < f.modules.length ? [step('moodle.settings.unscoredModules')] : []),
    step('moodle.settings.attempts'),
    // A forced new attempt starts empty: the student would lose the place they left.
    step('moodle.settings.noNewAttempt'),
  ];
}

function completionSteps(f: GuideFacts): PlannedStep[] {
  const steps = [step(f.packaging === 'course-sco' ? 'moodle.completion.statusCourse' : 'moodle.completion.statusModule')];
  // Without it Moodle counts the activity complete after the first SCO (issue 9, point 5).
  if (f.packaging === 'sco-per-module') steps.push(step('moodle.completion.allScos'));
  // Moodle 4.3 recalculates completion from the status before a commit (MDL-46279); not fully avoidable.
  if (f.edition === 'scorm12') steps.push(step('moodle.completion.lag12'));
  return steps;
}

function moodleStudentSteps(f: GuideFacts): PlannedStep[] {
  if (f.packaging !== 'sco-per-module') return studentSteps(f);
  // Moodle's 2004 API stays terminated after the first SCO; its 1.2 API breaks on a SCO reopened in one visit.
  return [step('moodle.student.toc'), step(f.edition === 'scorm2004' ? 'moodle.student.multiSco2004' : 'moodle.student.reopen12')];
}

export function moodlePlan(f: GuideFacts): PlannedSection[] {
  return [
    { heading: 'moodle.heading.add', steps: addSteps(f) },
    { heading: 'moodle.heading.settings', steps: settingsSteps(f) },
    { heading: 'moodle.heading.completion', steps: completionSteps(f) },
    { heading: 'common.heading.student', steps: moodleStudentSteps(f) },
    { heading: 'common.heading.follow', steps: followSteps(f, 'moodle.follow.reflections') },
  ];
}
