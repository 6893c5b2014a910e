import type { TFunction } from 'i18next';
import type { Question } from '../../../../electron/core/contract';
import type { Slide } from './presenter-deck';

/** The right answer of a question in words, for the trainer's eyes (notes window) before it is revealed. */
export function answerCues(t: TFunction, question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => t('training.cueCorrect', { id: o.id, text: o.text }));
    case 'truefalse':
      return [t('training.cueAnswer', { answer: question.answer ? t('training.answerTrue') : t('training.answerFalse') })];
    case 'matching':
      return question.pairs.map((p) => t('training.cuePair', { left: p.left, right: p.right }));
    case 'ordering':
      return question.items.map((item, i) => t('training.cueOrder', { n: i + 1, text: item.text }));
  }
}

/**
 * What the notes window shows beside a slide: the reflection's guiding questions, each scenario step's best
 * choice, the quiz question's answer. Plain text: the notes window renders no course HTML.
 */
export function slideCues(t: TFunction, slide: Slide): string[] {
  if (slide.kind === 'question') return answerCues(t, slide.item.question);
  const cues: string[] = [];
  for (const block of slide.blocks) {
    if (block.kind === 'reflection') cues.push(...block.guidingQuestions.map((text) => t('training.cueGuiding', { text })));
    if (block.kind === 'scenario') {
      block.steps.forEach((step, i) => {
        for (const c of step.choices.filter((c) => c.best)) cues.push(t('training.cueBest', { n: i + 1, text: c.text }));
      });
    }
  }
  return cues;
}
