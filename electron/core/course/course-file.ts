import path from 'node:path';
import type { CourseMeta } from '../contract';
import { courseSchema, type CourseYaml } from './course-schema';
import { IdRegistry } from './ids';
import type { FileIssues } from './issues';
import type { CourseFiles } from './media-check';
import { reportPath } from './media-issues';
import { validateYaml } from './schema-issues';
import { parseYaml, type YamlSource } from './yaml-source';

export interface ModuleEntry {
  /** As listed, normalised to a posix path relative to the course folder. */
  file: string;
  /** Where the file really is, checked to be inside the course folder. */
  real: string;
  line?: number;
  column?: number;
}

export interface CourseFile {
  /** Undefined when course.yaml has errors. */
  meta?: CourseMeta;
  /** The listed module files that exist; undefined when the list could not be read at all. */
  modules?: ModuleEntry[];
  /** Lever ids plus the umbrella id, the values a module's `levers` may take. */
  levers?: string[];
}

/** Reads course.yaml; reports every problem but salvages the module list so modules get checked too. */
export function readCourseFile(files: CourseFiles, text: string, issues: FileIssues): CourseFile {
  const yaml = parseYaml(text, issues);
  if (yaml.value === undefined) return {};
  const data = validateYaml(courseSchema, yaml, issues);
  const raw = (typeof yaml.value === 'object' && yaml.value !== null ? yaml.value : {}) as Record<string, unknown>;
  const modules = Array.isArray(raw.modules) ? checkModuleList(files, raw.modules, yaml, issues) : undefined;
  if (!data) return { modules };
  checkFrameworkIds(data, yaml, issues);
  const { modules: _list, ...meta } = data;
  const levers = [...data.framework.themes.flatMap((t) => t.levers.map((l) => l.id)), data.framework.umbrella.id];
  return { meta, modules, levers };
}

function checkModuleList(files: CourseFiles, list: unknown[], yaml: YamlSource, issues: FileIssues): ModuleEntry[] {
  const seen = new Map<string, number>();
  const entries: ModuleEntry[] = [];
  list.forEach((item, i) => {
    if (typeof item !== 'string') return;
    const at = yaml.locate(['modules', i]);
    const file = path.posix.normalize(item.trim().replace(/\\/g, '/'));
    if (file.startsWith('../') || path.posix.isAbsolute(file)) {
      issues.error('module.outside-course', at, { file: item });
      return;
    }
    if (seen.has(file)) {
      issues.error('module.duplicate', at, { file, firstLine: seen.get(file) ?? 0 });
      return;
    }
    seen.set(file, at.line ?? 0);
    const where = files.resolve(file);
    if (where.state === 'outside' || where.state === 'unreadable') {
      files.reported.add(file);
      reportPath(issues, at, file, where, true);
      return;
    }
    if (where.state !== 'file') {
      issues.error('module.missing', at, { file });
      return;
    }
    if (!file.endsWith('.md')) {
      issues.error('module.not-markdown', at, { file });
      return;
    }
    entries.push({ file, real: where.real, ...at });
  });
  return entries;
}

/** Lever and theme ids become SCORM objective ids, so they must be unique among themselves. */
function checkFrameworkIds(data: CourseYaml, yaml: YamlSource, issues: FileIssues): void {
  const ids = new IdRegistry();
  data.framework.themes.forEach((theme, t) => {
    ids.claim(issues, theme.id, 'theme', yaml.locate(['framework', 'themes', t, 'id']));
    theme.levers.forEach((lever, l) =>
      ids.claim(issues, lever.id, 'lever', yaml.locate(['framework', 'themes', t, 'levers', l, 'id'])),
    );
  });
  ids.claim(issues, data.framework.umbrella.id, 'umbrella', yaml.locate(['framework', 'umbrella', 'id']));
}
