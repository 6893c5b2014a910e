import type { Block, QuizBlock, TrainingModule, TrainingQuestion } from '../../../../electron/core/contract';

/**
 * One screen of the presenter view. A section is one slide; its quiz becomes the group quiz, one question per
 * slide, so each question can be read from the back of the room.
 */
export type Slide =
  | { kind: 'section'; key: string; sectionId: string; title: string; blocks: Exclude<Block, QuizBlock>[] }
  | { kind: 'question'; key: string; sectionId: string; title: string; quizTitle: string; number: number; count: number; item: TrainingQuestion };

export function buildDeck(module: TrainingModule): Slide[] {
  const slides: Slide[] = [];
  for (const section of module.sections) {
    const blocks = section.blocks.filter((b): b is Exclude<Block, QuizBlock> => b.kind !== 'quiz');
    const quizzes = section.blocks.filter((b): b is QuizBlock => b.kind === 'quiz');
    if (blocks.length > 0 || quizzes.length === 0) slides.push({ kind: 'section', key: section.id, sectionId: section.id, title: section.title, blocks });
    for (const quiz of quizzes) {
      const items = module.questions.filter((q) => q.quizId === quiz.id);
      items.forEach((item, i) =>
        slides.push({
          kind: 'question',
          key: `${section.id}/${item.question.id}`,
          sectionId: section.id,
          title: section.title,
          quizTitle: quiz.title,
          number: i + 1,
          count: items.length,
          item,
        }),
      );
    }
  }
  return slides;
}

/** Where a move lands; the deck's ends hold (presentation software does not wrap around). */
export function moveTo(action: 'next' | 'previous' | 'first' | 'last', index: number, count: number): number {
  if (count === 0) return 0;
  switch (action) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
