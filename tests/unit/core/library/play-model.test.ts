import { describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { flatItems, readPlayModel, type PlayItem } from '../../../../electron/core/library/play-model';
import { imported, useLibraryDirs } from '../../../helpers/core/library/library-dirs';
import { MULTI_SCO_12, multiSco12, SCORM_2004, scorm2004, writeFixtureZip, type FixturePackage } from '../../../helpers/core/library/package-fixtures';

const dirs = useLibraryDirs('leerpad-play-fixtures-');

async function importFixture(pkg: FixturePackage) {
  const summary = imported(await importPackage(writeFixtureZip(dirs.work, 'fixture.zip', pkg), dirs.lib));
  return { summary, model: readPlayModel(dirs.lib, summary.id) };
}

const tree = (items: PlayItem[]) => items.map((i) => ({ id: i.id, children: i.children.map((c) => c.id) }));
const hrefs = (items: PlayItem[]) => Object.fromEntries(flatItems(items).flatMap((i) => (i.launch ? [[i.id, i.launch.href]] : [])));
const launchOf = (items: PlayItem[], id: string) => flatItems(items).find((i) => i.id === id)?.launch;

describe('the multi-SCO SCORM 1.2 fixture', () => {
  it('imports with its title, edition and three SCOs', async () => {
    const { summary } = await importFixture(multiSco12());
    expect(summary).toMatchObject({ title: MULTI_SCO_12.title, edition: '1.2', scoCount: 3 });
  });

  it('navigates as its organization: two parts holding the SCOs, hrefs with their parameters, nothing missing', async () => {
    const { model } = await importFixture(multiSco12());
    expect(tree(model.items)).toEqual(MULTI_SCO_12.tree);
    expect(hrefs(model.items)).toEqual(MULTI_SCO_12.hrefs);
    expect(flatItems(model.items).filter((i) => i.launch?.notice)).toEqual([]);
  });

  it('tells each SCO its mastery score, launch data and time limit', async () => {
    const { model } = await importFixture(multiSco12());
    expect(launchOf(model.items, 'item-sco1')).toMatchObject({ scormType: 'sco', masteryScore: 80, dataFromLMS: 'modus=leerling' });
    expect(launchOf(model.items, 'item-sco3')).toMatchObject({ masteryScore: 60, maxTimeAllowed: '00:30:00', timeLimitAction: 'continue,message' });
    expect(launchOf(model.items, 'item-sco2')).not.toHaveProperty('masteryScore');
  });
});

describe('the SCORM 2004 4th edition fixture', () => {
  it('imports with its title, edition and four launchable items', async () => {
    const { summary } = await importFixture(scorm2004());
    expect(summary).toMatchObject({ title: SCORM_2004.title, edition: '2004 4th', scoCount: 4 });
  });

  it('navigates as its organization, the xml:base resource resolved and the hidden appendix kept but not shown', async () => {
    const { model } = await importFixture(scorm2004());
    expect(tree(model.items)).toEqual(SCORM_2004.tree);
    expect(hrefs(model.items)).toEqual(SCORM_2004.hrefs);
    expect(flatItems(model.items).filter((i) => !i.visible).map((i) => [i.id, i.launch?.scormType])).toEqual([['item-bijlage', 'asset']]);
    expect(flatItems(model.items).filter((i) => i.launch?.notice)).toEqual([]);
  });

  it('gives the completion threshold and the scaled passing score of the primary objective, no 1.2 mastery score', async () => {
    const { model } = await importFixture(scorm2004());
    expect(launchOf(model.items, 'item-les1')).toEqual({ resourceId: 'res-les1', href: 'lessen/les1.html', scormType: 'sco', completionThreshold: 0.8, completedByMeasure: true });
    expect(launchOf(model.items, 'item-les2')).toEqual({ resourceId: 'res-les2', href: 'lessen/les2.html?niveau=2', scormType: 'sco', dataFromLMS: 'modus=toets', scaledPassingScore: 0.7 });
  });

  it('shows a notice for an external URL and for a file the package lacks', async () => {
    const pkg = scorm2004();
    const manifest = pkg.manifest.replace('href="bijlage.html"', 'href="https://example.org/bijlage.html"');
    pkg.files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
    pkg.files.delete('lessen/les1.html');
    const { model } = await importFixture({ ...pkg, manifest });
    expect(launchOf(model.items, 'item-bijlage')).toMatchObject({ href: 'https://example.org/bijlage.html', notice: 'external-url' });
    expect(launchOf(model.items, 'item-les1')).toMatchObject({ href: 'lessen/les1.html', notice: 'missing-file' });
    expect(launchOf(model.items, 'item-les2')).not.toHaveProperty('notice');
  });
});
