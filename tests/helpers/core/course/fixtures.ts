import fs from 'node:fs';
import path from 'node:path';
import type { ValidationIssue } from '../../../../electron/core/contract';
import { tempDir } from '../../temp';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/courses');
export const REAL_COURSE = path.resolve(__dirname, '../../../../courses/kleine-kinderen-grote-kansen');

export const errorsOf = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');

/** A one-module course.yaml for tests that write the module themselves. */
export const COURSE_YAML = `id: tijdelijk
version: 1.0.0
language: nl-BE
title: Tijdelijk
description: Een cursus voor één test.
authors:
  - name: Testteam
licence: CC BY 4.0
minutes: 10
framework:
  themes:
    - id: thema
      title: Thema
      description: Een thema.
      levers:
        - id: hefboom-a
          title: Hefboom A
          description: Een hefboom.
  umbrella:
    id: rechten
    title: Rechten
    description: Het overkoepelende kader.
modules:
  - modules/01-een.md
`;

/** Front matter and the first section take lines 1–12, so a body starts on line 14. */
export const HEADER = `---
id: een
title: Een
levers: [hefboom-a]
minutes: 10
goals:
  - Je kan iets.
---

::section[Start]{#een-start}

Wat tekst.
`;

/** A one-module course in a temp folder named like its id; `body` follows HEADER after a blank line. */
export function tempCourse(body: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = path.join(tempDir(), 'tijdelijk');
  for (const [rel, content] of Object.entries({
    'course.yaml': COURSE_YAML,
    'modules/01-een.md': `${HEADER}\n${body}`,
    ...files,
  })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** A name no file system accepts (NAME_MAX is 255): reading it fails with ENAMETOOLONG, even for root. */
export const UNREADABLE_NAME = `${'x'.repeat(300)}.png`;

/** A course whose course.yaml is a link that cannot be followed: the folder cannot be read. */
export function unreadableCourse(): string {
  const dir = tempCourse('');
  fs.rmSync(path.join(dir, 'course.yaml'));
  fs.symlinkSync(UNREADABLE_NAME, path.join(dir, 'course.yaml'));
  return dir;
}

/** A folder of courses where `kopie/` claims the id of `tijdelijk/`, as a copied or planted folder would. */
export function shadowedCourses(): string {
  const root = path.dirname(tempCourse(''));
  fs.cpSync(path.join(root, 'tijdelijk'), path.join(root, 'kopie'), { recursive: true });
  return root;
}
