import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_LEARNER_FILE_BYTES } from '../../../../electron/core/progress/transfer-format';
import { profileApp } from '../../../helpers/profiles';

type App = ReturnType<typeof profileApp>;

const upload = (app: App, text: string) => app.core.uploads.accept(Readable.from([Buffer.from(text)]));

describe('moving a learner through the app (learner/transfer-export, learner/transfer-import)', () => {
  it('a learner exports their own profile on the laptop; the school PC imports it with their PIN and reflection', async () => {
    const laptop = profileApp();
    const { session, learner } = await laptop.call('learner/create', { name: 'Noor', pin: '2468' });
    await laptop.writeReflection(session, 'Wat ik thuis schreef over onderzoeken.');
    const { fileName, json } = await laptop.call('learner/transfer-export', { session });
    expect(fileName).toBe('leerpad-learner-Noor.json');
    laptop.core.close();

    const school = profileApp();
    const summary = await school.call('learner/transfer-import', { uploadId: await upload(school, json) });
    expect(summary).toMatchObject({ created: true, learnerName: 'Noor', attemptsAdded: 1 });
    await expect(school.call('learner/open', { id: learner.id })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    const opened = await school.call('learner/open', { id: learner.id, pin: '2468' });
    expect((await school.call('learner/export', { session: opened.session })).markdown).toContain('Wat ik thuis schreef over onderzoeken.');
    school.core.close();
  });

  it('once a teacher PIN is set, importing a learner file needs lecturer mode', async () => {
    const laptop = profileApp();
    const { session } = await laptop.call('learner/create', { name: 'Noor' });
    const { json } = await laptop.call('learner/transfer-export', { session });
    laptop.core.close();

    const school = profileApp();
    await school.call('teacher/set-pin', { pin: '9753' });
    await expect(school.call('learner/transfer-import', { uploadId: await upload(school, json) })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    expect(await school.call('learner/list', {})).toEqual([]);
    const { teacher } = await school.call('teacher/unlock', { pin: '9753' });
    await expect(school.call('learner/transfer-import', { uploadId: await upload(school, json), teacher })).resolves.toMatchObject({ created: true });
    school.core.close();
  });

  it('a file that is not JSON is refused, nothing is added, and the upload is gone', async () => {
    const school = profileApp();
    const uploadId = await upload(school, '{"format":"leerpad-learner/1", cut sh');
    await expect(school.call('learner/transfer-import', { uploadId })).rejects.toMatchObject({ code: 'LEARNER_FILE_REFUSED', params: { reason: 'damaged' }, message: expect.stringContaining('not JSON') });
    await expect(school.call('learner/transfer-import', { uploadId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await school.call('learner/list', {})).toEqual([]);
    school.core.close();
  });

  it('a file far larger than a learner file is refused without being read, and nothing is added', async () => {
    const school = profileApp();
    const uploadId = await upload(school, '{"format":"leerpad-learner/1"}');
    fs.truncateSync(school.core.uploads.take(uploadId), MAX_LEARNER_FILE_BYTES + 1);
    await expect(school.call('learner/transfer-import', { uploadId })).rejects.toMatchObject({ code: 'LEARNER_FILE_REFUSED', params: { reason: 'not-a-learner-file' } });
    expect(await school.call('learner/list', {})).toEqual([]);
    school.core.close();
  });
});
