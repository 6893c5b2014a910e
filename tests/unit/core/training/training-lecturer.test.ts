import { describe, expect, it } from 'vitest';
import { callNames, type CallName } from '../../../../electron/core/contract';
import { studiedag, trainingApp } from './training-app';

describe('trainer sessions are a lecturer tool', () => {
  it('needs lecturer mode for every training call once a teacher PIN is set, and works in it', async () => {
    const { call, refusal } = trainingApp();
    const open = await call('training/create', studiedag([{ name: 'Sara' }]));
    await call('teacher/set-pin', { pin: '4826' });
    const id = open.id;
    const args: Record<Extract<CallName, `training/${string}`>, object> = {
      'training/list': {},
      'training/create': studiedag([]),
      'training/get': { id },
      'training/update': { id, ...studiedag([]) },
      'training/note': { id, moduleId: 'start', promptId: 'r-start', seq: 1, text: 'x' },
      'training/tally': { id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-dialoog', optionId: 'true', count: 1 },
      'training/attendance': { id, participantId: open.participants[0]!.id, present: true },
      'training/close': { id },
      'training/delete': { id },
      'training/module': { id, moduleId: 'start' },
      'training/export-attendance': { id, format: 'csv' },
      'training/export-certificates': { id },
      'training/export-notes': { id, format: 'md' },
    };
    expect(Object.keys(args).sort()).toEqual(callNames.filter((n) => n.startsWith('training/')).sort());
    for (const [name, a] of Object.entries(args)) {
      expect(await refusal(name as CallName, a), name).toMatchObject({ code: 'TEACHER_REQUIRED' });
    }
    const { teacher } = await call('teacher/unlock', { pin: '4826' });
    expect(await call('training/get', { id, teacher })).toMatchObject({ id, status: 'open' });
    expect(await call('training/list', { teacher })).toHaveLength(1);
  });
});
