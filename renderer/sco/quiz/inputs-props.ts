import type { Question } from '../../../electron/core/contract/course';
import type { QuizAnswer } from '../state/codec';

/** What every question type's inputs get from the question card. */
export interface InputsProps<Q extends Question = Question> {
  question: Q;
  answer: QuizAnswer | undefined;
  locked: boolean;
  onAnswer: (answer: QuizAnswer) => void;
}
