import { describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { findPlayItem, flatItems, readPlayModel } from '../../../../electron/core/library/play-model';
import { enc, imported, manifest12, useLibraryDirs } from '../../../helpers/core/library/library-dirs';

const dirs = useLibraryDirs('leerpad-play-');
const RESOURCES = `<resources><resource identifier="R1" type="webcontent" adlcp:scormtype="asset" href="intro.html"/>
<resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="sco/index.html"/></resources>`;
const bare = (organizations: string) => `<manifest identifier="B" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schemaversion>1.2</schemaversion></metadata>${organizations}${RESOURCES}</manifest>`;

async function model(manifest: string, files = ['intro.html', 'sco/index.html']) {
  const zip = dirs.zip('p.zip', [{ name: 'imsmanifest.xml', data: enc(manifest) }, ...files.map((name) => ({ name, data: enc('<p>x</p>') }))]);
  return readPlayModel(dirs.lib, imported(await importPackage(zip, dirs.lib)).id);
}

describe('the play model of a package without a usable organization', () => {
  it.each([
    ['an empty <organizations/>', '<organizations/>'],
    ['no <organizations> at all', ''],
    ['an organization without items', '<organizations default="O"><organization identifier="O"><title>Leeg</title></organization></organizations>'],
  ])('launches the package SCO as its one item, with %s', async (_what, organizations) => {
    const m = await model(bare(organizations));
    expect(m.organizationId).toBeNull();
    expect(m.items).toEqual([{ id: 'R2', title: m.title, visible: true, children: [], launch: { resourceId: 'R2', href: 'sco/index.html', scormType: 'sco' } }]);
  });

  it('plays the first organization when the default names none of them', async () => {
    const orgs = '<organizations default="GONE"><organization identifier="A"><title>A</title><item identifier="I1" identifierref="R1"><title>Intro</title></item></organization><organization identifier="B"><title>B</title></organization></organizations>';
    const m = await model(bare(orgs));
    expect(m.organizationId).toBe('A');
    expect(m.items.map((i) => [i.id, i.launch?.scormType])).toEqual([['I1', 'asset']]);
  });
});

describe('the play model of a 1.2 package', () => {
  const items = `<item identifier="G" isvisible="true"><title>Deel 1</title>
    <item identifier="I1" identifierref="R1" parameters="?page=2"><title>A</title><adlcp:masteryscore>80</adlcp:masteryscore><adlcp:datafromlms>start=1</adlcp:datafromlms><adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed><adlcp:timelimitaction>exit,message</adlcp:timelimitaction></item>
  </item><item identifier="I2" identifierref="R2" isvisible="false"><title>B</title></item>`;

  it('keeps the tree, the hrefs with parameters and what the LMS tells each SCO', async () => {
    const m = await model(manifest12({ items }), ['a.html']);
    expect(m).toMatchObject({ edition: '1.2', organizationId: 'O', title: 'Multi SCO course' });
    expect(m.items[0]).toEqual({
      id: 'G',
      title: 'Deel 1',
      visible: true,
      launch: null,
      children: [
        {
          id: 'I1',
          title: 'A',
          visible: true,
          children: [],
          launch: { resourceId: 'R1', href: 'a.html?page=2', scormType: 'sco', masteryScore: 80, dataFromLMS: 'start=1', maxTimeAllowed: '00:30:00', timeLimitAction: 'exit,message' },
        },
      ],
    });
    expect(findPlayItem(m, 'I2')).toMatchObject({ visible: false, launch: { href: 'b.html', notice: 'missing-file' } });
    expect(flatItems(m.items).map((i) => i.id)).toEqual(['G', 'I1', 'I2']);
  });

  it('says when an item does not exist', async () => {
    const m = await model(manifest12({ items }), ['a.html']);
    expect(() => findPlayItem(m, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
