import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CourseDocument, ValidationIssue } from '../contract';

/**
 * Minimal loader: reads course.yaml only. The full compiler (Markdown modules, schema validation
 * with file:line errors) replaces this in the course issue.
 */
export function loadCourse(dir: string): { course: CourseDocument | null; issues: ValidationIssue[] } {
  const file = path.join(dir, 'course.yaml');
  try {
    const raw = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const modules = (raw.modules as string[] | undefined) ?? [];
    const course = {
      ...(raw as unknown as CourseDocument),
      modules: modules.map((m) => ({ id: m, file: m, title: m, levers: [], minutes: 0, goals: [], wordCount: 0, sections: [], media: [] })),
    };
    return { course, issues: [] };
  } catch (e) {
    return {
      course: null,
      issues: [{ severity: 'error', code: 'yaml.syntax', file: 'course.yaml', message: (e as Error).message }],
    };
  }
}
