import { describe, expect, it } from 'vitest';
import { formatIssue, IssueList } from '../../../../electron/core/course/issues';

describe('reporting a course issue by its catalogue code', () => {
  it('gives the CLI the English text from the catalogue, with the params filled in and kept for the UI', () => {
    const list = new IssueList();
    list.forFile('course.yaml').error('module.duplicate', { line: 7 }, { file: 'modules/01-een.md', firstLine: 5 });
    expect(list.all).toEqual([
      {
        severity: 'error',
        code: 'module.duplicate',
        file: 'course.yaml',
        line: 7,
        message: "the module 'modules/01-een.md' is listed twice (first on line 5)",
        hint: 'list every module once',
        params: { file: 'modules/01-een.md', firstLine: 5 },
      },
    ]);
    expect(formatIssue(list.all[0]!)).toBe(
      "course.yaml:7 error the module 'modules/01-een.md' is listed twice (first on line 5) — list every module once",
    );
  });

  it('picks the variant of the text that a param names', () => {
    const list = new IssueList();
    list.forFile('modules/01-een.md').error('module.too-complex', undefined, { rule: 'size', value: 300, limit: 256 });
    expect(list.all[0]!.message).toBe('this module is 300 KB; a module may be at most 256 KB');
  });

  it('does not compile with a param the code does not have, or without one it needs', () => {
    const file = new IssueList().forFile('course.yaml');
    // @ts-expect-error: module.duplicate names the first line as firstLine, not line
    file.error('module.duplicate', undefined, { file: 'modules/01-een.md', line: 5 });
    // @ts-expect-error: module.duplicate needs firstLine
    file.warning('module.duplicate', undefined, { file: 'modules/01-een.md' });
  });
});
