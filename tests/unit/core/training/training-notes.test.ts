import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { studiedag, trainingApp } from './training-app';

const note = (id: string, seq: number, text: string, promptId = 'r-start') => ({ id, moduleId: 'start', promptId, seq, text });

describe('group notes: nothing typed is ever lost', () => {
  it('keeps the newest text when an older save arrives late, and tells the late caller the newer one', async () => {
    const { call, core } = trainingApp();
    const t = await call('training/create', studiedag([]));
    expect(await call('training/note', note(t.id, 1, 'Kring'))).toMatchObject({ saved: true, note: { text: 'Kring', seq: 1 } });
    expect(await call('training/note', note(t.id, 3, 'Kringgesprek in de ochtend'))).toMatchObject({ saved: true });
    const late = await call('training/note', note(t.id, 2, 'Kringgesp'));
    expect(late).toMatchObject({ saved: false, note: { text: 'Kringgesprek in de ochtend', seq: 3 } });

    expect((await call('training/get', { id: t.id })).notes).toEqual([
      { moduleId: 'start', promptId: 'r-start', text: 'Kringgesprek in de ochtend', seq: 3, updatedAt: expect.any(String) },
    ]);
    // Every save stays in the history, the late one too.
    const saves = core.db.prepare('SELECT seq, text FROM training_note_saves ORDER BY id').all();
    expect(saves).toEqual([
      { seq: 1, text: 'Kring' },
      { seq: 3, text: 'Kringgesprek in de ochtend' },
      { seq: 2, text: 'Kringgesp' },
    ]);
  });

  it('lets the first of two saves with the same number stand (a second window numbered from the same state)', async () => {
    const { call } = trainingApp();
    const t = await call('training/create', studiedag([]));
    await call('training/note', note(t.id, 1, 'Scherm één'));
    expect(await call('training/note', note(t.id, 1, 'Scherm twee'))).toMatchObject({ saved: false, note: { text: 'Scherm één' } });
  });

  it('keeps the notes of each prompt apart, and an emptied note as the newest text', async () => {
    const { call } = trainingApp();
    const t = await call('training/create', studiedag([]));
    await call('training/note', note(t.id, 1, 'Over de start'));
    await call('training/note', { id: t.id, moduleId: 'hefboom-onderzoeken', promptId: 'r-onderzoeken', seq: 1, text: 'Over onderzoeken' });
    await call('training/note', note(t.id, 2, ''));
    expect((await call('training/get', { id: t.id })).notes.map((n) => [n.promptId, n.text])).toEqual([
      ['r-onderzoeken', 'Over onderzoeken'],
      ['r-start', ''],
    ]);
  });

  it('refuses a note on a prompt the module does not have, or on a module the session does not cover', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', { ...studiedag([]), moduleIds: ['start'] });
    expect(await refusal('training/note', note(t.id, 1, 'x', 'r-bestaat-niet'))).toMatchObject({
      code: 'NOT_FOUND',
      message: "The module 'Start: zo werkt het' has no reflection prompt or scenario 'r-bestaat-niet'.",
    });
    expect(await refusal('training/note', { ...note(t.id, 1, 'x', 'r-onderzoeken'), moduleId: 'hefboom-onderzoeken' })).toMatchObject({
      code: 'NOT_FOUND',
      message: "The session 'Pedagogische studiedag' does not cover the module 'hefboom-onderzoeken'.",
    });
  });
});

describe('group notes in the exported notes', () => {
  it('keep the notes of a module that was taken off the session afterwards', async () => {
    const { call } = trainingApp();
    const t = await call('training/create', studiedag([]));
    await call('training/note', { id: t.id, moduleId: 'hefboom-onderzoeken', promptId: 'r-onderzoeken', seq: 1, text: 'Materiaal op kindhoogte.' });
    await call('training/update', { id: t.id, ...studiedag([]), moduleIds: ['start'] });
    const file = await call('training/export-notes', { id: t.id, format: 'md' });
    expect(fs.readFileSync(file.path, 'utf8')).toContain('## Hefboom 1: onderzoeken\n\n### Gespreksvraag: ');
    expect(fs.readFileSync(file.path, 'utf8')).toContain('Materiaal op kindhoogte.');
  });
});
