import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoPackage } from '../../../../electron/core/contract';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { createAppTrees } from '../../../../electron/core/app/sco-trees';
import { scoPackageFor } from '../../../../electron/core/scorm/sco-package';
import { tempCourse } from '../../../helpers/core/course/fixtures';
import { DIRS } from '../../../helpers/core/scorm/packages';

describe('who the learner is told reads their reflections', () => {
  it('in the app: stored through its local LMS, read by the learner only (audience self)', () => {
    const dir = tempCourse('Tekst.\n');
    const catalog = createCatalog([path.dirname(dir)]);
    const course = catalog.open('tijdelijk');
    const trees = createAppTrees(catalog, DIRS.runtimeDir);
    const pkg = JSON.parse(trees.tree('tijdelijk', course.modules[0]!.id).get('module.json')!.toString()) as ScoPackage;
    expect(pkg).toMatchObject({ reflections: 'lms', audience: 'self' });
  });

  it('in an export: the teacher with lms reflections, the learner alone with private ones', () => {
    const dir = tempCourse('Tekst.\n');
    const course = createCatalog([path.dirname(dir)]).open('tijdelijk');
    const id = course.modules[0]!.id;
    expect(scoPackageFor(course, id, { edition: 'scorm12', reflections: 'lms' }).audience).toBe('teacher');
    expect(scoPackageFor(course, id, { edition: 'scorm12', reflections: 'private' }).audience).toBe('self');
  });
});
