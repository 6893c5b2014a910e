import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatOutline, packageApp, SAMPLES } from '../../../helpers/core/app/package-app';
import { multiSco12, scorm2004 } from '../../../helpers/core/library/package-fixtures';

const suspended12 = (location: string, suspend: string) => ({
  cmi: { core: { lesson_location: location, lesson_status: 'incomplete', exit: 'suspend', session_time: '00:03:00' }, suspend_data: suspend },
});
const passed12 = (raw: string) => ({ cmi: { core: { lesson_status: 'passed', exit: '', score: { raw, min: '0', max: '100' }, session_time: '00:01:00' } } });

describe('a multi-SCO SCORM 1.2 package in the app', () => {
  it('lists the package with the learner\'s status and outlines its own tree, every SCO not attempted', async () => {
    const { call, importFixture } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    expect(await call('library/packages', { session })).toEqual([
      expect.objectContaining({ id: pkg.id, edition: '1.2', scoCount: 3, status: expect.objectContaining({ completion: 'not attempted' }) }),
    ]);
    expect(await call('library/packages', {})).toEqual([expect.objectContaining({ id: pkg.id, status: null })]);

    const outline = await call('package/outline', { session, packageId: pkg.id });
    expect(outline.items.map((i) => [i.id, i.launchable, i.children.map((c) => c.id)])).toEqual([
      ['item-part1', false, ['item-sco1', 'item-sco2']],
      ['item-part2', false, ['item-sco3']],
    ]);
    expect(outline).toMatchObject({ resumeItemId: 'item-sco1', status: { completion: 'not attempted' } });
  });

  it('launches a SCO with the 1.2 API, its parameters, mastery score and launch data, and resumes where the learner suspended', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { learner, session } = await call('learner/create', { name: 'Amira' });
    const first = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco1' });
    expect(first).toMatchObject({ edition: 'scorm12', scoUrl: `/pkg/${pkg.id}/shared/sco1.html?chapter=1`, hostUrl: '/lms-host/index.html' });
    expect(first.cmi).toMatchObject({
      core: { student_id: learner.id, student_name: 'Amira', entry: 'ab-initio', credit: 'credit', lesson_mode: 'normal' },
      launch_data: 'modus=leerling',
      student_data: { mastery_score: '80' },
    });

    await expect(commit(session, first, suspended12('4', '{"visits":2}'))).resolves.toMatchObject({ saved: true, seq: 1, completion: 'incomplete' });
    const again = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco1' });
    expect(again.attemptId).toBe(first.attemptId);
    expect(again.cmi).toMatchObject({ core: { entry: 'resume', lesson_location: '4', lesson_status: 'incomplete', total_time: '0000:03:00.00' }, suspend_data: '{"visits":2}' });

    const outline = await call('package/outline', { session, packageId: pkg.id });
    expect(outline.resumeItemId).toBe('item-sco1');
    expect(outline.status.completion).toBe('incomplete');
  });

  it('refuses a commit from an older launch of the same SCO (another window) with CONFLICT', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    const old = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco2' });
    const newer = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco2' });
    await expect(commit(session, old, suspended12('2', 'x'))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(commit(session, newer, suspended12('3', 'y'))).resolves.toMatchObject({ saved: true });
  });

  it('rolls the package up to completed and passed once every SCO is, and resumes at the newest', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    for (const itemId of ['item-sco1', 'item-sco2']) await commit(session, await call('package/launch', { session, packageId: pkg.id, itemId }), passed12('90'));
    expect((await call('package/outline', { session, packageId: pkg.id })).status).toMatchObject({ completion: 'incomplete', success: 'unknown' });

    await commit(session, await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco3' }), passed12('70'));
    const outline = await call('package/outline', { session, packageId: pkg.id });
    expect(outline.status).toMatchObject({ completion: 'completed', success: 'passed' });
    expect(outline.status.scoreScaled).toBeCloseTo((0.9 + 0.9 + 0.7) / 3);
    expect(flatOutline(outline.items).find((i) => i.id === 'item-sco3')?.status).toMatchObject({ completion: 'completed', success: 'passed', scoreScaled: 0.7 });
    expect(outline.resumeItemId).toBe('item-sco3');
  });

  it('passes a SCO that only reports completed when its score reaches the item\'s mastery score', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    const launch = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco3' });
    await expect(commit(session, launch, { cmi: { core: { lesson_status: 'completed', score: { raw: '65' } } } })).resolves.toMatchObject({ completion: 'completed', success: 'passed' });
  });

  it('keeps one learner\'s progress on a package apart from another\'s', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const a = await call('learner/create', { name: 'Amira' });
    const b = await call('learner/create', { name: 'Bram' });
    await commit(a.session, await call('package/launch', { session: a.session, packageId: pkg.id, itemId: 'item-sco1' }), suspended12('7', 'Amira'));
    const bLaunch = await call('package/launch', { session: b.session, packageId: pkg.id, itemId: 'item-sco1' });
    expect(JSON.stringify(bLaunch.cmi)).not.toContain('Amira');
    await expect(commit(b.session, (await call('package/launch', { session: a.session, packageId: pkg.id, itemId: 'item-sco1' })), {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a SCORM 2004 4th edition package in the app', () => {
  it('launches with the 2004 API, the passing score and the item parameters; the hidden item is not in the tree', async () => {
    const { call, importFixture } = packageApp();
    const pkg = await importFixture(scorm2004());
    const { session } = await call('learner/create', { name: 'Amira' });
    const outline = await call('package/outline', { session, packageId: pkg.id });
    expect(flatOutline(outline.items).map((i) => i.id)).toEqual(['item-module-a', 'item-les1', 'item-les2', 'item-module-b', 'item-les3']);

    const launch = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les2' });
    expect(launch).toMatchObject({ edition: 'scorm2004', scoUrl: `/pkg/${pkg.id}/lessen/les2.html?niveau=2` });
    expect(launch.cmi).toMatchObject({ entry: 'ab-initio', scaled_passing_score: '0.7', launch_data: 'modus=toets', mode: 'normal', credit: 'credit' });
    const les1 = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les1' });
    expect(les1.cmi).toMatchObject({ completion_threshold: '0.8' });
    const les3 = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les3' });
    expect(les3.scoUrl).toBe(`/pkg/${pkg.id}/lessons/three/index.html`);
  });

  it('resumes a 2004 SCO and completes the package when every visible SCO is completed', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(scorm2004());
    const { session } = await call('learner/create', { name: 'Amira' });
    const first = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les1' });
    await commit(session, first, { cmi: { location: '2', suspend_data: '{"visits":1}', completion_status: 'incomplete', exit: 'suspend', session_time: 'PT2M' } });
    const again = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les1' });
    expect(again.cmi).toMatchObject({ entry: 'resume', location: '2', suspend_data: '{"visits":1}', total_time: 'PT2M' });

    for (const [launch, cmi] of [
      [again, { completion_status: 'completed', exit: 'normal' }],
      [await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les2' }), { completion_status: 'completed', success_status: 'passed', score: { scaled: '0.9' } }],
    ] as const) {
      await commit(session, launch, { cmi });
    }
    expect((await call('package/outline', { session, packageId: pkg.id })).status.completion).toBe('incomplete');
    await commit(session, await call('package/launch', { session, packageId: pkg.id, itemId: 'item-les3' }), { cmi: { completion_status: 'completed' } });
    const outline = await call('package/outline', { session, packageId: pkg.id });
    expect(outline.status).toMatchObject({ completion: 'completed', scoreScaled: 0.9 });
    expect(outline.resumeItemId).toBe('item-les3');
  });
});

describe('the real sample packages', () => {
  it.each([
    ['golf-runtime-basic-calls-scorm12.zip', 'scorm12', { cmi: { core: { lesson_location: 'page2', lesson_status: 'incomplete', exit: 'suspend' }, suspend_data: 'golf' } }],
    ['golf-runtime-basic-calls-scorm2004-3rd.zip', 'scorm2004', { cmi: { location: 'page2', completion_status: 'incomplete', exit: 'suspend', suspend_data: 'golf' } }],
  ] as const)('%s imports, launches with the %s API from shared/launchpage.html, records and resumes', async (sample, edition, cmi) => {
    const { call, importZip, commit } = packageApp();
    const result = await importZip(path.join(SAMPLES, sample));
    if (!('imported' in result)) throw new Error('expected an import');
    const { session } = await call('learner/create', { name: 'Amira' });
    const outline = await call('package/outline', { session, packageId: result.imported.id });
    const itemId = outline.resumeItemId!;
    const launch = await call('package/launch', { session, packageId: result.imported.id, itemId });
    expect(launch).toMatchObject({ edition, scoUrl: `/pkg/${result.imported.id}/shared/launchpage.html` });
    await commit(session, launch, cmi);
    const again = await call('package/launch', { session, packageId: result.imported.id, itemId });
    expect(JSON.stringify(again.cmi)).toContain('"suspend_data":"golf"');
    expect(JSON.stringify(again.cmi)).toContain('"entry":"resume"');
    expect(JSON.stringify(again.cmi)).toContain('page2');
  });
});
