import type { CatalogueLanguage } from '../define';

/**
 * How the course validator's params read inside a sentence, in any language: some codes cover
 * several situations and one param picks the refined text (`message_<value>`); some params hold
 * an English noun for a kind of thing; some hold a comma-separated list.
 */
export const VARIANT_PARAM: Readonly<Record<string, string>> = {
  'directive.unknown': 'form',
  'directive.misplaced': 'rule',
  'directive.attribute-invalid': 'rule',
  'schema.invalid': 'rule',
  'question.no-options': 'name',
  'quiz.no-correct-answer': 'name',
  'media.type-refused': 'refused',
  'media.content-mismatch': 'found',
  'media.wrong-kind': 'what',
  'module.too-complex': 'rule',
  'question.no-feedback': 'missing',
  'matching.unequal': 'problem',
  'file.unreadable': 'handling',
  'yaml.syntax': 'cause',
  'scenario.unexpected-content': 'rule',
  'question.stem-repeated': 'rule',
  'question.feedback-thin': 'rule',
};

/** Params that hold a kind of thing ("section", "checklist statement"), shown through `courseKinds`. */
export const KIND_PARAMS: readonly string[] = ['kind', 'firstKind', 'inside', 'what'];

/**
 * The param holding a likely meant name for a misspelt one ('' when none is close): shown as this
 * question before the hint, so the author sees the fix before the list of every valid name.
 */
export const GUESS_PARAM = 'guess';
export const GUESS_TEXT: Readonly<Record<CatalogueLanguage, string>> = { en: "did you mean '{{guess}}'? ", nl: "bedoel je '{{guess}}'? " };

/** Params that hold a comma-separated list, shown as `'a', 'b' or 'c'`. */
export const LIST_PARAMS: Readonly<Record<string, 'disjunction' | 'conjunction'>> = {
  valid: 'disjunction',
  allowed: 'disjunction',
  options: 'conjunction',
  others: 'conjunction',
};
