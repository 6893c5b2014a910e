import { describe, expect, it } from 'vitest';
import type { Packaging } from '../../../../electron/core/contract';
import { preflightZip } from '../../../../electron/core/scorm/preflight';
import { DIRS, exportOf, MINI_DIR } from '../../../helpers/core/scorm/packages';

const PACKAGINGS: Packaging[] = ['course-sco', 'sco-per-module', 'package-per-module'];

describe('runExport checks the files it zips', () => {
  // The export checks its files in memory; a lecturer checks the written zip. Both must see the same package.
  it.each(PACKAGINGS)('%s: finds exactly what a lecturer\'s preflight of the zip finds, in both editions', async (packaging) => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const result = await exportOf(MINI_DIR, { edition, lms: 'moodle', reflections: 'lms', packaging });
      expect(result.findings).toEqual(await preflightZip(result.zip, { schemasDir: DIRS.schemasDir, edition, lms: 'moodle' }));
    }
  }, 60_000);
});
