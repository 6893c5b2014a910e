import type { Entry, ParamsOf } from './define';
import { courseFileMessages } from './course/files';
import { courseMarkupMessages } from './course/markup';
import { courseMediaMessages } from './course/media';
import { courseQuestionMessages } from './course/questions';

export { courseKinds } from './course/kinds';
export type { Entry, Language, ParamsOf, Texts } from './define';

/** The course validator's texts by issue code (electron/core/course). */
export const courseMessages = {
  ...courseFileMessages,
  ...courseMarkupMessages,
  ...courseMediaMessages,
  ...courseQuestionMessages,
} satisfies Record<string, Entry>;

export type CourseCode = keyof typeof courseMessages;

/** The params the texts of one course code need. */
export type CourseParams<C extends CourseCode> = ParamsOf<(typeof courseMessages)[C]>;
