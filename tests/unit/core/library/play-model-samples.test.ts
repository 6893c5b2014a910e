import path from 'node:path';
import { expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { readPlayModel } from '../../../../electron/core/library/play-model';
import { imported, useLibraryDirs } from '../../../helpers/core/library/library-dirs';

const SAMPLES = path.resolve(__dirname, '../../../../../shared/scorm-samples');
const dirs = useLibraryDirs('leerpad-play-samples-');

it.each([
  ['golf-runtime-basic-calls-scorm12.zip', '1.2'],
  ['golf-runtime-basic-calls-scorm2004-3rd.zip', '2004 3rd'],
])('the real sample %s plays its one SCO from shared/launchpage.html', async (sample, edition) => {
  const { id } = imported(await importPackage(path.join(SAMPLES, sample), dirs.lib));
  expect(readPlayModel(dirs.lib, id)).toEqual({
    id,
    title: 'Golf Explained - Run-time Basic Calls',
    edition,
    organizationId: 'golf_sample_default_org',
    items: [{ id: 'item_1', title: 'Golf Explained', visible: true, children: [], launch: { resourceId: 'resource_1', href: 'shared/launchpage.html', scormType: 'sco' } }],
  });
});

it('says NOT_FOUND for a package the library does not have', () => {
  expect(() => readPlayModel(dirs.lib, 'gone-12345678')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
});
