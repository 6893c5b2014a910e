import type { CourseScoPackage, ScoPackage, ScormEdition, ReflectionMode } from '../../../../../electron/core/contract/sco';
import type { QuizAnswer } from '../../../../../renderer/sco/state/codec';
import { fixture } from '../render';
import { RIGHT, WRONG } from '../quiz-fixture';

/** Ids in the fixture module carry "onderzoeken"; module k carries "onderzoekenK", so every id is unique in the course. */
const renamed = (id: string, k: number) => id.replace('onderzoeken', `onderzoeken${k}`);

function renameIds(value: unknown, k: number): unknown {
  if (Array.isArray(value)) return value.map((v) => renameIds(v, k));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'id' && typeof v === 'string' ? renamed(v, k) : renameIds(v, k);
  return out;
}

export const MODULE_COUNT = 6;
/** Module 2 has no quiz and serves only the lever "kinderrechten"; the others are the all-blocks fixture. */
export const UNSCORED = 2;

export const titleOf = (k: number) => `Deel ${k}: onderzoeken`;
export const moduleIdOf = (k: number) => `hefboom-onderzoeken${k}`;

function moduleK(base: ScoPackage, k: number): ScoPackage {
  const module = renameIds(base.module, k) as ScoPackage['module'];
  module.title = titleOf(k);
  if (k === UNSCORED) {
    module.sections = module.sections.filter((s) => !s.blocks.some((b) => b.kind === 'quiz'));
    module.levers = ['kinderrechten'];
  }
  return { ...base, course: { ...base.course, levers: base.course.levers.filter((l) => module.levers.includes(l.id)) }, module, position: { index: k, total: MODULE_COUNT } };
}

/** A course SCO of six modules (module k at index k - 1) in the edition and reflection mode a test needs. */
export function courseFixture(options: { edition?: ScormEdition; reflections?: ReflectionMode } = {}): CourseScoPackage {
  const base = fixture({ edition: options.edition ?? 'scorm2004', reflections: options.reflections ?? 'lms' });
  return {
    format: 1,
    kind: 'course',
    edition: base.edition,
    reflections: base.reflections,
    course: { ...base.course },
    modules: Array.from({ length: MODULE_COUNT }, (_, i) => moduleK(base, i + 1)),
    suspendDataLimit: base.suspendDataLimit,
  };
}

/** The fixture's right (or wrong) answers under module k's question ids. */
export function answersOf(k: number, which: 'right' | 'wrong'): Record<string, QuizAnswer> {
  const answers = which === 'right' ? RIGHT : WRONG;
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [renamed(id, k), a]));
}
