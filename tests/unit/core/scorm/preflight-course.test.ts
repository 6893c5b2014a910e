import { describe, expect, it } from 'vitest';
import { preflightCourseDir } from '../../../../electron/core/scorm/preflight';
import { course, COURSE_DIR, DIRS, errorsOf, exportOf } from '../../../helpers/core/scorm/packages';

describe('the whole course', () => {
  it('passes preflight for Moodle in both editions, both reflection modes, with no errors', async () => {
    for (const reflections of ['private', 'lms'] as const) {
      const findings = await preflightCourseDir(COURSE_DIR, { ...DIRS, lms: 'moodle', reflections });
      expect(errorsOf(findings)).toEqual([]);
      const remarks = findings.map((f) => `${f.edition} ${f.severity} ${f.rule}`);
      // For Moodle: 2004 works, 1.2 is the safer choice; in 1.2 the interaction record keeps 255 characters of a reflection.
      const truncated = reflections === 'lms' ? course(COURSE_DIR).modules.map(() => 'scorm12 info interactions.reflection-truncated') : [];
      expect(remarks).toEqual([...truncated, 'scorm2004 info lms.moodle-scorm2004']);
    }
    // Four packages built and schema-checked: tens of seconds when the machine is busy.
  }, 60_000);

  it('exports for Moodle in both editions without errors', async () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const result = await exportOf(COURSE_DIR, { edition, lms: 'moodle', reflections: 'lms' });
      expect(errorsOf(result.findings)).toEqual([]);
      expect(result.zip.length).toBeGreaterThan(10_000);
    }
  });

  it('checks one edition when asked, and says for Canvas that 1.2 may show blank', async () => {
    const findings = await preflightCourseDir(COURSE_DIR, { ...DIRS, lms: 'canvas', edition: 'scorm12' });
    expect(findings.map((f) => `${f.edition} ${f.severity} ${f.rule}`)).toEqual(['scorm12 warning lms.canvas-scorm12']);
  });

  it('reports a course that does not compile as one error', async () => {
    const findings = await preflightCourseDir(`${DIRS.schemasDir}`, { ...DIRS });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'course.invalid' });
    expect(findings[0]!.fix).toContain('validate');
  });
});
