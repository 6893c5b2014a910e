import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../electron/core/course';
import { MODULE_LIMITS } from '../../../../electron/core/course/module-shape';
import { tempCourse } from '../../../helpers/core/course/fixtures';

const issuesOf = (body: string) => loadCourse(tempCourse(body)).issues.map((i) => [i.code, i.line, i.params?.rule]);

describe('the shape of a module, checked before parsing', () => {
  it('refuses a module crafted to overflow the Markdown parser, at the line where it starts', () => {
    expect(issuesOf(`Inleiding.\n\n${'- '.repeat(20_000)}x\n`)).toEqual([['module.too-complex', 16, 'nesting']]);
    expect(issuesOf(`${'>'.repeat(50_000)} x\n`)).toEqual([['module.too-complex', 14, 'nesting']]);
  });

  it(`allows ${MODULE_LIMITS.nesting} levels of lists and quotes, not one more`, () => {
    expect(issuesOf(`${'> '.repeat(MODULE_LIMITS.nesting - 1)}- x\n`)).toEqual([]);
    expect(issuesOf(`${'> '.repeat(MODULE_LIMITS.nesting)}- x\n`)).toEqual([['module.too-complex', 14, 'nesting']]);
  });

  it('counts blocks that are left open, not blocks that follow each other', () => {
    const closed = ':::callout{type="tip"}\nTekst.\n:::\n\n'.repeat(50);
    expect(issuesOf(closed)).toEqual([]);
    expect(issuesOf(':::quote{by="x"}\n'.repeat(MODULE_LIMITS.directives + 1))).toEqual([
      ['module.too-complex', 14 + MODULE_LIMITS.directives, 'directives'],
    ]);
  });

  it('refuses a module larger than the limit without compiling it', () => {
    const { course, issues } = loadCourse(tempCourse(`${'Tekst. '.repeat(MODULE_LIMITS.bytes / 6)}\n`));
    expect(issues).toEqual([expect.objectContaining({ code: 'module.too-complex', params: expect.objectContaining({ rule: 'size' }) })]);
    expect(course?.modules).toEqual([]);
  });
});
