import type { Entry, CatalogueLanguage, ParamsOf } from './define';
import { courseTextIn } from './course/text';
import { courseAnswerMessages } from './course/answers';
import { courseBlockMessages } from './course/blocks';
import { courseFileMessages } from './course/files';
import { courseMarkupMessages } from './course/markup';
import { courseMediaMessages } from './course/media';
import { courseQuestionMessages } from './course/questions';
import { courseScenarioMessages } from './course/scenario';
import { courseAuthoringMessages } from './course/authoring';
import { courseSourceMessages } from './course/sources';

export { courseKinds } from './course/kinds';
export { VARIANT_PARAM } from './course/params';
export type { Entry, CatalogueLanguage, ParamsOf, Texts } from './define';

/** The course validator's texts by issue code (electron/core/course). */
export const courseMessages = {
  ...courseFileMessages,
  ...courseMarkupMessages,
  ...courseBlockMessages,
  ...courseMediaMessages,
  ...courseQuestionMessages,
  ...courseScenarioMessages,
  ...courseAuthoringMessages,
  ...courseSourceMessages,
  ...courseAnswerMessages,
} satisfies Record<string, Entry>;

export type CourseCode = keyof typeof courseMessages;

/** The params the texts of one course code need. */
export type CourseParams<C extends CourseCode> = ParamsOf<(typeof courseMessages)[C]>;

/** A course issue's text in `language`, in the variant its params pick. */
export function courseText<C extends CourseCode>(code: C, language: CatalogueLanguage, params: CourseParams<C>): { message: string; hint: string } {
  return courseTextIn(code, courseMessages[code][language], language, params as Record<string, string | number>);
}

/** A course issue's English text, as the CLI and the logs show it. */
export function courseTextEn<C extends CourseCode>(code: C, params: CourseParams<C>): { message: string; hint: string } {
  return courseText(code, 'en', params);
}

export * from './preflight';
