import { z } from 'zod';
import { ID_PATTERN, suggestId } from './ids';
import { closest, type FileIssues } from './issues';
import type { YamlPath, YamlSource } from './yaml-source';

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed YAML value against a strict schema and reports every problem at the line of
 * the offending key or value. Returns the parsed data only when it is completely valid.
 */
export function validateYaml<S extends z.ZodType>(schema: S, yaml: YamlSource, issues: FileIssues): z.output<S> | undefined {
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return result.data;
  // A misspelt key also makes the real key "missing"; the unknown-key report already says both.
  const misspelt = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const valid = keysAt(schema, issue.path as YamlPath);
    for (const key of issue.keys) {
      const guess = closest(key, valid);
      if (guess) misspelt.add(JSON.stringify([...issue.path, guess]));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' && misspelt.has(JSON.stringify(issue.path))) continue;
    report(schema, issue, yaml, issues);
  }
  return undefined;
}

function report(schema: z.ZodType, issue: Issue, yaml: YamlSource, issues: FileIssues): void {
  const path = issue.path as YamlPath;
  const name = describePath(path);

  if (issue.code === 'unrecognized_keys') {
    const valid = keysAt(schema, path);
    for (const key of issue.keys) {
      const guess = closest(key, valid);
      issues.error('schema.unknown-key', yaml.locateKey(path, key), { key, valid: valid.join(','), guess: guess ?? '' });
    }
    return;
  }

  if (issue.code === 'invalid_type' && !yaml.has(path)) {
    issues.error('schema.missing-key', yaml.locate(path), { key: String(path.at(-1)), path: name });
    return;
  }

  const where = yaml.locate(path);
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === String(ID_PATTERN)) {
    const id = String(valueAt(yaml.value, path) ?? '');
    issues.error('id.format', where, { id, suggestion: suggestId(id) });
    return;
  }
  const { rule, limit } = ruleOf(issue, path);
  issues.error('schema.invalid', where, { key: name, rule, ...(limit === undefined ? {} : { limit }) });
}

/** What `explain` says, as a stable word for translations, plus the number it names. */
function ruleOf(issue: Issue, path: YamlPath): { rule: string; limit?: number } {
  if (path.length === 0) return { rule: 'root' };
  switch (issue.code) {
    case 'invalid_type':
      return { rule: `type-${issue.expected}` };
    case 'too_small':
      if (issue.origin === 'array') return { rule: 'min-items', limit: Number(issue.minimum) };
      if (issue.origin === 'string') return { rule: 'not-empty' };
      return { rule: issue.inclusive ? 'min' : 'more-than', limit: Number(issue.minimum) };
    case 'too_big':
      return { rule: 'max', limit: Number(issue.maximum) };
    default:
      return { rule: 'other' };
  }
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let v = value;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** `framework.themes[0].levers[2].id` reads better than a JSON path in an error message. */
function describePath(path: YamlPath): string {
  if (path.length === 0) return 'the file';
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `${s ? '.' : ''}${String(p)}`;
  return `'${s}'`;
}

/** The keys a strict object schema allows at `path`, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const p of path) {
    if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else if (s instanceof z.ZodObject) s = unwrap((s.shape as Record<string, z.ZodType>)[String(p)]);
    else s = undefined;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape as object) : [];
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) {
    cur = cur.unwrap() as z.ZodType;
  }
  return cur;
}
