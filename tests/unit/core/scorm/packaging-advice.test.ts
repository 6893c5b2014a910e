import { describe, expect, it } from 'vitest';
import { worstCaseCourseStateLength } from '../../../../electron/core/scorm/worst-case-state';
import { recommendedPackaging } from '../../../../electron/core/scorm/packaging-advice';
import { course, COURSE_DIR, MINI_DIR } from '../../../helpers/core/scorm/packages';

const all = (dir: string) => course(dir).modules.map((m) => m.id);
const option = (advice: ReturnType<typeof recommendedPackaging>, packaging: string) => advice.options.find((o) => o.packaging === packaging)!;

describe('recommendedPackaging', () => {
  it('recommends one course SCO when the whole resume state fits, first in the list', () => {
    const advice = recommendedPackaging(course(MINI_DIR), all(MINI_DIR), { edition: 'scorm12', reflections: 'private', lms: 'moodle' });
    expect(advice.recommended).toBe('course-sco');
    expect(advice.options.map((o) => [o.packaging, o.available])).toEqual([
      ['course-sco', true],
      ['package-per-module', true],
      ['sco-per-module', false],
    ]);
    expect(option(advice, 'course-sco').reason).toMatch(/one grade for the whole course/i);
  });

  it('recommends one package per module when the course state outgrows SCORM 1.2, and says by how much', () => {
    const c = course(COURSE_DIR);
    const worst = worstCaseCourseStateLength(c.modules, 'private');
    expect(worst).toBeGreaterThan(4096);
    const advice = recommendedPackaging(c, all(COURSE_DIR), { edition: 'scorm12', reflections: 'private', lms: 'moodle' });
    expect(advice.recommended).toBe('package-per-module');
    expect(advice.options[0]!.packaging).toBe('package-per-module');
    const courseSco = option(advice, 'course-sco');
    expect(courseSco).toMatchObject({ available: false, params: { worst, limit: 4096 } });
    expect(courseSco.reason).toContain(`${worst} characters`);
    expect(courseSco.reason).toContain('SCORM 2004');
    // The same course fits SCORM 2004's 64000 characters.
    expect(recommendedPackaging(c, all(COURSE_DIR), { edition: 'scorm2004', reflections: 'lms', lms: 'moodle' }).recommended).toBe('course-sco');
  });

  it('counts reflections sent to the LMS in the resume state', () => {
    const c = course(MINI_DIR);
    expect(worstCaseCourseStateLength(c.modules, 'lms')).toBeGreaterThan(4096);
    expect(recommendedPackaging(c, all(MINI_DIR), { edition: 'scorm12', reflections: 'lms' }).recommended).toBe('package-per-module');
    // Only the chosen modules count.
    expect(recommendedPackaging(c, ['start'], { edition: 'scorm12', reflections: 'lms' }).recommended).toBe('course-sco');
  });

  it('offers one SCO per module only for an LMS with full SCORM navigation, saying why not for Moodle and Canvas', () => {
    const c = course(MINI_DIR);
    const ids = all(MINI_DIR);
    const scoPerModule = (lms: 'moodle' | 'canvas' | 'generic' | undefined, edition: 'scorm12' | 'scorm2004') =>
      option(recommendedPackaging(c, ids, { edition, reflections: 'private', lms }), 'sco-per-module');
    expect(scoPerModule('generic', 'scorm2004').available).toBe(true);
    expect(scoPerModule(undefined, 'scorm2004').available).toBe(true);
    expect(scoPerModule('moodle', 'scorm2004')).toMatchObject({ available: false, reason: expect.stringContaining('only the first module') });
    expect(scoPerModule('moodle', 'scorm12')).toMatchObject({ available: false, reason: expect.stringContaining('second time') });
    expect(scoPerModule('canvas', 'scorm2004')).toMatchObject({ available: false, params: { lms: 'canvas' } });
  });
});
