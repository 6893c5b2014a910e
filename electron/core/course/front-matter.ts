import type { Root } from 'mdast';
import type { ModuleDocument } from '../contract';
import { frontMatterSchema } from './course-schema';
import type { FileIssues, Where } from './issues';
import { ID_PATTERN } from './ids';
import type { ModuleEnv } from './module-env';
import { validateYaml } from './schema-issues';
import { parseYaml } from './yaml-source';

type ModuleMeta = Pick<ModuleDocument, 'id' | 'title' | 'levers' | 'minutes' | 'goals'>;

/**
 * Reads and checks a module's front matter. The id and the levers are checked even when other
 * keys are wrong, so one run reports duplicates and unknown levers together with schema errors.
 */
export function readFrontMatter(root: Root, issues: FileIssues, env: ModuleEnv, minutes?: { at?: Where }): ModuleMeta | undefined {
  const node = root.children[0];
  if (node?.type !== 'yaml') {
    issues.error('frontmatter.missing', { line: 1, column: 1 }, {});
    return undefined;
  }
  // The YAML starts on the line after the opening ---.
  const yaml = parseYaml(node.value, issues, (node.position?.start.line ?? 1) + 1);
  if (yaml.value === undefined) return undefined;
  const meta = validateYaml(frontMatterSchema, yaml, issues);

  const raw = (typeof yaml.value === 'object' && yaml.value !== null ? yaml.value : {}) as Record<string, unknown>;
  // A malformed id was reported by the schema; claiming only well-formed ones avoids a second, confusing report.
  if (typeof raw.id === 'string' && ID_PATTERN.test(raw.id)) env.ids.claim(issues, raw.id, 'module', yaml.locate(['id']));

  if (env.levers && Array.isArray(raw.levers)) {
    const valid = env.levers;
    raw.levers.forEach((lever, i) => {
      if (typeof lever !== 'string' || valid.includes(lever)) return;
      issues.error('lever.unknown', yaml.locate(['levers', i]), { lever, valid: valid.join(',') });
    });
  }
  if (minutes) minutes.at = yaml.locate(['minutes']);
  return meta;
}
