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
};

/** Params that hold a kind of thing ("section", "checklist statement"), shown through `courseKinds`. */
export const KIND_PARAMS: readonly string[] = ['kind', 'firstKind', 'inside', 'what'];

/** Params that hold a comma-separated list, shown as `'a', 'b' or 'c'`. */
export const LIST_PARAMS: Readonly<Record<string, 'disjunction' | 'conjunction'>> = {
  valid: 'disjunction',
  allowed: 'disjunction',
  options: 'conjunction',
  others: 'conjunction',
};
