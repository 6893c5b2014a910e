import { describe, expect, it } from 'vitest';
import type { CourseScoPackage } from '../../../../electron/core/contract';
import { buildPackage } from '../../../../electron/core/scorm/package-build';
import { course, COURSE_DIR, DIRS, filesOf, text } from '../../../helpers/core/scorm/packages';

describe('the course SCO’s cover data', () => {
  it('carries course.yaml’s subtitle and authors in course.json, so the menu can show who made the course', () => {
    const source = course(COURSE_DIR);
    const built = buildPackage(source, COURSE_DIR, { edition: 'scorm2004', packaging: 'course-sco', modules: source.modules.slice(0, 2).map((m) => m.id) }, DIRS);
    const json = JSON.parse(text(filesOf(built.packages[0]!.zip), 'course.json')) as CourseScoPackage;
    expect(json.course.subtitle).toBe(source.subtitle);
    expect(json.course.authors).toEqual(source.authors);
  });
});
