import { describe, expect, it } from 'vitest';
import { ONDERZOEKEN_TEXT, START_TEXT, portfolioApp } from './portfolio-app';

describe('the portfolio (portfolio/get)', () => {
  it('holds every reflection the learner wrote, in full, with its prompt, module and date', async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    const p = await app.call('portfolio/get', { session, courseId: 'mini' });
    expect(p).toMatchObject({ learnerName: 'Noor', courseTitle: 'Mini' });
    expect(p.reflections.map((r) => [r.moduleTitle, r.reflectionId, r.text])).toEqual([
      ['Start: zo werkt het', 'r-start', START_TEXT],
      ['Hefboom 1: onderzoeken', 'r-onderzoeken', ONDERZOEKEN_TEXT],
    ]);
    expect(p.reflections[1]).toMatchObject({ prompt: 'Beschrijf een moment waarop een kind iets ontdekte.', written: true, updatedAt: expect.stringMatching(/^2026-04-20/), versions: [] });
    app.core.close();
  });

  it('shows how the kijkwijzer ratings changed from the first time to the latest, with the note', async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    const [kijkwijzer] = (await app.call('portfolio/get', { session, courseId: 'mini' })).checklists;
    expect(kijkwijzer).toMatchObject({ title: 'Kijkwijzer onderzoeken', moduleTitle: 'Hefboom 1: onderzoeken', levers: ['onderzoeken', 'kinderrechten'] });
    expect(kijkwijzer!.items).toEqual([
      {
        itemId: 'k-onderzoeken-materiaal',
        text: 'Er ligt materiaal klaar.',
        first: { rating: 0, at: expect.stringMatching(/^2026-03-02/) },
        latest: { rating: 2, at: expect.stringMatching(/^2026-04-20/) },
        firstLabel: 'Nog niet',
        latestLabel: 'Vaak',
        ratings: 2,
        note: 'Nu ligt er elke ochtend klei klaar.',
      },
      expect.objectContaining({ itemId: 'k-onderzoeken-vragen', firstLabel: 'Soms', latestLabel: 'Soms', ratings: 1, note: null }),
    ]);
    app.core.close();
  });

  it('gives the quiz result and the progress per kernthema and hefboom as the dashboard counts them', async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    const p = await app.call('portfolio/get', { session, courseId: 'mini' });
    expect(p.quizzes).toEqual([
      { moduleId: 'hefboom-onderzoeken', moduleTitle: 'Hefboom 1: onderzoeken', scorePercent: 80, passPercent: 75, passed: true, verdict: 'passed', questionsCorrect: 4, questionsTotal: 5, attempts: 1 },
    ]);
    const board = await app.call('progress/dashboard', { session, courseId: 'mini' });
    expect(p.themes).toEqual(board.themes);
    expect(p.umbrella).toEqual(board.umbrella);
    expect(p.themes[0]!.levers.find((l) => l.id === 'onderzoeken')).toMatchObject({ modulesCompleted: 1, modulesTotal: 1, percent: 100 });
    app.core.close();
  });

  it('calls a quiz the learner never finished "not taken", not "not passed", when they only wrote in the module', async () => {
    const app = portfolioApp();
    const { session } = await app.call('learner/create', { name: 'Noor' });
    await app.commit(session, 'hefboom-onderzoeken', (s) => (s.r['r-onderzoeken'] = ONDERZOEKEN_TEXT));
    const [quiz] = (await app.call('portfolio/get', { session, courseId: 'mini' })).quizzes;
    expect(quiz).toMatchObject({ moduleId: 'hefboom-onderzoeken', scorePercent: null, passed: false, verdict: 'not-taken', attempts: 1 });
    app.core.close();
  });

  it('keeps the best quiz result when the learner starts the module afresh and scores lower', async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    await app.call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken', fresh: true });
    await app.commit(session, 'hefboom-onderzoeken', () => undefined, {
      completion: 'completed',
      success: 'failed',
      scaled: 0.4,
      interactions: [{ id: 'q-onderzoeken-doel', type: 'choice', learner_response: 'b', result: 'incorrect' }],
    });
    const [quiz] = (await app.call('portfolio/get', { session, courseId: 'mini' })).quizzes;
    expect(quiz).toMatchObject({ scorePercent: 80, passed: true, questionsCorrect: 4, questionsTotal: 5, attempts: 2 });
    app.core.close();
  });

  it('keeps the text of an earlier attempt when the learner started the module afresh', async () => {
    const app = portfolioApp();
    const { session } = await app.call('learner/create', { name: 'Noor' });
    await app.commit(session, 'start', (s) => (s.r['r-start'] = 'De eerste keer schreef ik dit.'));
    const fresh = await app.call('player/launch', { session, courseId: 'mini', moduleId: 'start', fresh: true });
    expect(fresh.attemptNumber).toBe(2);
    await app.commit(session, 'start', (s) => (s.r['r-start'] = 'De tweede keer schreef ik dat.'));
    const [r] = (await app.call('portfolio/get', { session, courseId: 'mini' })).reflections;
    expect(r).toMatchObject({ text: 'De tweede keer schreef ik dat.', versions: [{ text: 'De eerste keer schreef ik dit.', writtenAt: expect.any(String) }] });
    app.core.close();
  });

  it('keeps the other computer\'s text of a reflection (reflection_versions) as a dated version', async () => {
    const app = portfolioApp();
    const { session, learner } = await app.learnerWithWork();
    const attempt = app.core.db.prepare<[string], { id: number }>("SELECT id FROM attempts WHERE learner_id = ? AND module_id = 'start'").get(learner.id)!;
    app.core.db.prepare('INSERT INTO reflection_versions (attempt_id, reflection_id, text, written_at) VALUES (?, ?, ?, ?)').run(attempt.id, 'r-start', 'Op de laptop schreef ik het zo.', '2026-02-01T10:00:00.000Z');
    const r = (await app.call('portfolio/get', { session, courseId: 'mini' })).reflections.find((x) => x.reflectionId === 'r-start');
    expect(r).toMatchObject({ text: START_TEXT, versions: [{ text: 'Op de laptop schreef ik het zo.', writtenAt: '2026-02-01T10:00:00.000Z' }] });
    app.core.close();
  });

  it("is only ever the signed-in learner's own: another profile's portfolio holds none of it", async () => {
    const app = portfolioApp();
    await app.learnerWithWork('Noor');
    const { session } = await app.call('learner/create', { name: 'Bram' });
    const p = await app.call('portfolio/get', { session, courseId: 'mini' });
    expect(p).toMatchObject({ learnerName: 'Bram', reflections: [], checklists: [], quizzes: [] });
    expect(JSON.stringify(p)).not.toContain('Yasmina');
    await expect(app.call('portfolio/get', { session: 'x'.repeat(32), courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
    app.core.close();
  });
});
