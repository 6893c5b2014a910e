import type { CourseDocument, ModuleDocument, Question, TrainingModule, TrainingQuestion } from '../contract';
import { AppError } from '../errors';
import { blocksOf } from '../../shared/sco-state';

/**
 * What a group can answer together: an option of a choice question; true or false; and for matching and
 * ordering (no single option to raise a hand for) whether the room's answer was right.
 */
export function tallyOptionIds(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return ['true', 'false'];
    default:
      return ['correct', 'incorrect'];
  }
}

export function moduleOfCourse(course: CourseDocument, moduleId: string): ModuleDocument {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) {
    throw new AppError({
      code: 'NOT_FOUND',
      message: `The course '${course.id}' has no module '${moduleId}'.`,
      hint: `Choose modules of '${course.title}': ${course.modules.map((m) => m.id).join(', ')}.`,
      params: { courseId: course.id, moduleId },
    });
  }
  return module;
}

/** The blocks a group note may belong to: the reflection prompts (discussion questions) and the scenarios. */
export function noteTargets(module: ModuleDocument): string[] {
  return [...blocksOf(module, 'reflection').map((r) => r.id), ...blocksOf(module, 'scenario').map((s) => s.id)];
}

/** The tallies a group can fill in: per quiz question its options, per scenario its choices (all steps). */
export function tallyTargets(module: ModuleDocument): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (const quiz of blocksOf(module, 'quiz')) for (const q of quiz.questions) targets.set(q.id, tallyOptionIds(q));
  for (const s of blocksOf(module, 'scenario')) targets.set(s.id, s.steps.flatMap((step) => step.choices.map((c) => c.id)));
  return targets;
}

/** The presenter view's content of one module: the sections as compiled, the prompts, questions and scenarios picked out. */
export function trainingModule(trainingId: string, course: CourseDocument, module: ModuleDocument, mediaBaseUrl: string): TrainingModule {
  const questions: TrainingQuestion[] = blocksOf(module, 'quiz').flatMap((quiz) =>
    quiz.questions.map((question) => ({ quizId: quiz.id, question, tallyOptionIds: tallyOptionIds(question) })),
  );
  const prompts = module.sections.flatMap((section) =>
    section.blocks.flatMap((b) =>
      b.kind === 'reflection'
        ? [{ reflectionId: b.id, sectionId: section.id, promptHtml: b.promptHtml, promptText: b.promptText, guidingQuestions: b.guidingQuestions }]
        : [],
    ),
  );
  return {
    trainingId,
    courseId: course.id,
    moduleId: module.id,
    title: module.title,
    minutes: module.minutes,
    goals: module.goals,
    sections: module.sections,
    prompts,
    questions,
    scenarioIds: blocksOf(module, 'scenario').map((s) => s.id),
    mediaBaseUrl,
  };
}
