import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { createPinGuard } from '../../../../electron/core/progress/pin-guard';
import { createSessions, MAX_SESSIONS_PER_LEARNER } from '../../../../electron/core/progress/sessions';
import { tempDir } from '../../../helpers/temp';
import { fakePins } from '../../../helpers/core/progress/fake-pins';

const MINUTE = 60_000;

async function setup() {
  const clock = { now: 5_000_000 };
  const db = openDatabase(tempDir()).db;
  const learners = createLearnerStore(db);
  const sessions = createSessions(learners, createPinGuard(db, fakePins, () => clock.now), () => 20 * MINUTE, () => clock.now);
  const amira = learners.create('Amira');
  const noor = learners.create('Noor', await fakePins.hash('2468'));
  return { clock, sessions, amira, noor };
}

describe('sessions', () => {
  it('open a profile without PIN at once, and a protected one only with its PIN', async () => {
    const { sessions, amira, noor } = await setup();
    expect(sessions.learnerOf(await sessions.open(amira.id))).toBe(amira.id);
    await expect(sessions.open(noor.id)).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(sessions.open(noor.id, '1111')).rejects.toMatchObject({ code: 'PIN_WRONG' });
    expect(sessions.learnerOf(await sessions.open(noor.id, '2468'))).toBe(noor.id);
  });

  it('close after the idle time without activity, and say why', async () => {
    const { sessions, amira, clock } = await setup();
    const token = sessions.start(amira.id);
    clock.now += 20 * MINUTE;
    expect(() => sessions.learnerOf(token)).toThrow(expect.objectContaining({ code: 'SESSION_REQUIRED', params: { reason: 'idle' } }));
    // Once closed, it stays closed.
    clock.now -= 10 * MINUTE;
    expect(() => sessions.learnerOf(token)).toThrow(expect.objectContaining({ code: 'SESSION_REQUIRED' }));
  });

  it('stay open while the learner keeps working (every call counts as activity)', async () => {
    const { sessions, amira, clock } = await setup();
    const token = sessions.start(amira.id);
    for (let i = 0; i < 6; i++) {
      clock.now += 19 * MINUTE;
      expect(sessions.learnerOf(token)).toBe(amira.id);
    }
  });

  it("report idle time on a peek without resetting it, so the UI's idle check cannot keep a profile open", async () => {
    const { sessions, amira, clock } = await setup();
    const token = sessions.start(amira.id);
    clock.now += 15 * MINUTE;
    expect(sessions.status(token, true)).toEqual({ learnerId: amira.id, idleSeconds: 15 * 60 });
    clock.now += 5 * MINUTE;
    expect(() => sessions.status(token, true)).toThrow(expect.objectContaining({ code: 'SESSION_REQUIRED' }));
  });

  it('end all of one learner\'s sessions except the one kept, and leave other learners open', async () => {
    const { sessions, amira, noor } = await setup();
    const here = sessions.start(noor.id);
    const elsewhere = sessions.start(noor.id);
    const other = sessions.start(amira.id);
    sessions.closeAllOf(noor.id, here);
    expect(sessions.learnerOf(here)).toBe(noor.id);
    expect(() => sessions.learnerOf(elsewhere)).toThrow(expect.objectContaining({ code: 'SESSION_REQUIRED' }));
    expect(sessions.learnerOf(other)).toBe(amira.id);
  });

  it('keep a bounded number of sessions per learner, closing the longest idle first', async () => {
    const { sessions, amira, clock } = await setup();
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_SESSIONS_PER_LEARNER; i++) {
      clock.now += 1000;
      tokens.push(sessions.start(amira.id));
    }
    expect(() => sessions.learnerOf(tokens[0]!)).toThrow(expect.objectContaining({ code: 'SESSION_REQUIRED' }));
    for (const token of tokens.slice(1)) expect(sessions.learnerOf(token)).toBe(amira.id);
  });
});
