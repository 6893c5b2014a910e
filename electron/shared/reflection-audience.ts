import type { ReflectionMode } from './enums';

/**
 * Who can read the reflections, as the learner is told, apart from where the text is stored (the
 * package's `reflections`): the app stores it through its own "LMS" on the learner's computer
 * (`lms`), yet only the learner reads it there (`self`); an exported `lms` package sends it to the
 * teacher (`teacher`), and a `private` one keeps it in the learner's browser (`self`).
 */
export const REFLECTION_AUDIENCES = ['self', 'teacher'] as const;
export type ReflectionAudience = (typeof REFLECTION_AUDIENCES)[number];

/** An export's audience follows its storage; also the reading of packages written before the field existed. */
export function audienceOf(reflections: ReflectionMode, audience?: ReflectionAudience): ReflectionAudience {
  if (audience === 'self' || audience === 'teacher') return audience;
  return reflections === 'lms' ? 'teacher' : 'self';
}
