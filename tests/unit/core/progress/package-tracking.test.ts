import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { packageCmiForLaunch } from '../../../../electron/core/progress/package-cmi';
import { createPackageRecords, packageIdOfKey, packageKey } from '../../../../electron/core/progress/package-attempts';
import { normalizePackageCommit } from '../../../../electron/core/progress/package-normalize';
import { tempDir } from '../../../helpers/temp';

function setup() {
  const { db } = openDatabase(tempDir());
  const learner = createLearnerStore(db).create('Amira');
  return { db, learner, attempts: createAttemptStore(db), records: createPackageRecords(db) };
}

const settings = { autocommit: false, logLevel: 5 } as const;

/** What a SCO reads back after LMSInitialize, through scorm-again exactly as the LMS host page loads it. */
function read12(cmi: Record<string, unknown>, elements: string[]) {
  const api = new Scorm12API(settings);
  api.loadFromJSON(cmi, 'cmi');
  api.LMSInitialize('');
  return Object.fromEntries(elements.map((e) => [e, api.LMSGetValue(e)]));
}

function read2004(cmi: Record<string, unknown>, elements: string[]) {
  const api = new Scorm2004API(settings);
  api.loadFromJSON(cmi, 'cmi');
  api.Initialize('');
  return Object.fromEntries(elements.map((e) => [e, api.GetValue(e)]));
}

describe('a SCORM 1.2 SCO of an imported package', () => {
  it('keeps the package key apart from every course id', () => {
    expect(packageKey('golf-1a2b3c4d')).toBe('pkg:golf-1a2b3c4d');
    expect(packageIdOfKey(packageKey('golf-1a2b3c4d'))).toBe('golf-1a2b3c4d');
    expect(packageIdOfKey('kleine-kinderen-grote-kansen')).toBeNull();
  });

  it('starts ab-initio with the learner, the mastery score and the launch data in the 1.2 shape', () => {
    const { attempts, learner } = setup();
    const row = attempts.launch(learner.id, packageKey('p'), 'item_1');
    const cmi = packageCmiForLaunch(row, learner, 'scorm12', { masteryScore: 80, dataFromLMS: 'level=2' });
    expect(read12(cmi, ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.entry', 'cmi.core.lesson_status', 'cmi.launch_data', 'cmi.student_data.mastery_score', 'cmi.core.credit', 'cmi.core.lesson_mode'])).toEqual({
      'cmi.core.student_id': learner.id,
      'cmi.core.student_name': 'Amira',
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_status': 'not attempted',
      'cmi.launch_data': 'level=2',
      'cmi.student_data.mastery_score': '80',
      'cmi.core.credit': 'credit',
      'cmi.core.lesson_mode': 'normal',
    });
  });

  it('resumes a suspended SCO with its location, suspend_data, status and the time of earlier sessions', () => {
    const { attempts, learner } = setup();
    const first = attempts.launch(learner.id, packageKey('p'), 'item_1');
    const api = new Scorm12API(settings);
    api.loadFromJSON(packageCmiForLaunch(first, learner, 'scorm12', {}), 'cmi');
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_location', 'page-3');
    api.LMSSetValue('cmi.suspend_data', 'answers=1,0,2');
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSSetValue('cmi.core.session_time', '00:02:30');
    api.LMSSetValue('cmi.core.exit', 'suspend');
    const commit = api.renderCommitCMI(true) as Record<string, unknown>;
    attempts.commitNormalized(first.id, first.launch_id, 1, commit, normalizePackageCommit(commit, 'scorm12'));

    const again = attempts.launch(learner.id, packageKey('p'), 'item_1');
    const cmi = packageCmiForLaunch(again, learner, 'scorm12', {});
    expect(read12(cmi, ['cmi.core.entry', 'cmi.core.lesson_location', 'cmi.suspend_data', 'cmi.core.lesson_status', 'cmi.core.total_time'])).toEqual({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': 'page-3',
      'cmi.suspend_data': 'answers=1,0,2',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.total_time': '00:02:30',
    });
  });

  it('does not resume a SCO that left without suspending: entry is empty, its status stays', () => {
    const { attempts, learner } = setup();
    const first = attempts.launch(learner.id, packageKey('p'), 'item_1');
    const commit = { cmi: { core: { lesson_status: 'passed', exit: '', score: { raw: '90', min: '0', max: '100' } } } };
    attempts.commitNormalized(first.id, first.launch_id, 1, commit, normalizePackageCommit(commit, 'scorm12'));
    const cmi = packageCmiForLaunch(attempts.launch(learner.id, packageKey('p'), 'item_1'), learner, 'scorm12', {});
    expect(read12(cmi, ['cmi.core.entry', 'cmi.core.lesson_status', 'cmi.core.score.raw'])).toEqual({
      'cmi.core.entry': '',
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '90',
    });
  });

  it.each([
    ['passed', 'completed', 'passed'],
    ['failed', 'completed', 'failed'],
    ['completed', 'completed', 'unknown'],
    ['incomplete', 'incomplete', 'unknown'],
    ['browsed', 'incomplete', 'unknown'],
  ])('reads lesson_status %s as completion %s and success %s', (lessonStatus, completion, success) => {
    expect(normalizePackageCommit({ cmi: { core: { lesson_status: lessonStatus } } }, 'scorm12')).toMatchObject({ completion, success });
  });

  it('judges a 1.2 SCO that only says completed against its mastery score, never one still under way', () => {
    const done = (raw: string) => ({ cmi: { core: { lesson_status: 'completed', score: { raw } } } });
    expect(normalizePackageCommit(done('85'), 'scorm12', 80)).toMatchObject({ completion: 'completed', success: 'passed' });
    expect(normalizePackageCommit(done('40'), 'scorm12', 80)).toMatchObject({ completion: 'completed', success: 'failed' });
    expect(normalizePackageCommit(done('40'), 'scorm12')).toMatchObject({ success: 'unknown' });
    expect(normalizePackageCommit({ cmi: { core: { lesson_status: 'incomplete', score: { raw: '10' } } } }, 'scorm12', 80)).toMatchObject({ success: 'unknown' });
    expect(normalizePackageCommit({ cmi: { core: { lesson_status: 'passed', score: { raw: '10' } } } }, 'scorm12', 80)).toMatchObject({ success: 'passed' });
  });

  it('scales a 1.2 raw score within min and max, and keeps the last answer to each interaction', () => {
    const n = normalizePackageCommit(
      {
        cmi: {
          core: { lesson_status: 'passed', score: { raw: '15', min: '0', max: '20' }, session_time: '0001:00:30.50', lesson_location: 'p9' },
          interactions: {
            '0': { id: 'q1', type: 'choice', student_response: 'a', result: 'wrong' },
            '1': { id: 'q1', type: 'choice', student_response: 'c', result: 'correct' },
            '2': { id: 'q2', type: 'fill-in', student_response: 'Gent', result: 'correct' },
          },
        },
      },
      'scorm12',
    );
    expect(n).toMatchObject({ scoreScaled: 0.75, sessionSeconds: 3630.5, location: 'p9', reflections: [], ratings: [] });
    expect(n.questions).toEqual([
      { questionId: 'q1', type: 'choice', response: 'c', result: 'correct' },
      { questionId: 'q2', type: 'fill-in', response: 'Gent', result: 'correct' },
    ]);
  });
});

describe('a SCORM 2004 SCO of an imported package', () => {
  it('starts with the learner, the passing score, the completion threshold and the launch data in the 2004 shape', () => {
    const { attempts, learner } = setup();
    const row = attempts.launch(learner.id, packageKey('p'), 'intro');
    const cmi = packageCmiForLaunch(row, learner, 'scorm2004', { scaledPassingScore: 0.7, completionThreshold: 0.8, dataFromLMS: 'x=1' });
    expect(read2004(cmi, ['cmi.learner_id', 'cmi.learner_name', 'cmi.entry', 'cmi.scaled_passing_score', 'cmi.completion_threshold', 'cmi.launch_data', 'cmi.credit', 'cmi.mode', 'cmi.completion_status'])).toEqual({
      'cmi.learner_id': learner.id,
      'cmi.learner_name': 'Amira',
      'cmi.entry': 'ab-initio',
      'cmi.scaled_passing_score': '0.7',
      'cmi.completion_threshold': '0.8',
      'cmi.launch_data': 'x=1',
      'cmi.credit': 'credit',
      'cmi.mode': 'normal',
      'cmi.completion_status': 'unknown',
    });
  });

  it('stores a 2004 commit and resumes it, answers kept as question results', () => {
    const { db, attempts, learner, records } = setup();
    const first = attempts.launch(learner.id, packageKey('p'), 'intro');
    const api = new Scorm2004API(settings);
    api.loadFromJSON(packageCmiForLaunch(first, learner, 'scorm2004', {}), 'cmi');
    api.Initialize('');
    api.SetValue('cmi.location', 'slide-7');
    api.SetValue('cmi.suspend_data', '{"v":1}');
    api.SetValue('cmi.completion_status', 'incomplete');
    api.SetValue('cmi.score.raw', '4');
    api.SetValue('cmi.score.max', '5');
    api.SetValue('cmi.interactions.0.id', 'q-golf-1');
    api.SetValue('cmi.interactions.0.type', 'true-false');
    api.SetValue('cmi.interactions.0.learner_response', 'true');
    api.SetValue('cmi.interactions.0.result', 'correct');
    api.SetValue('cmi.session_time', 'PT5M');
    api.SetValue('cmi.exit', 'suspend');
    const commit = api.renderCommitCMI(true) as Record<string, unknown>;
    attempts.commitNormalized(first.id, first.launch_id, 1, commit, normalizePackageCommit(commit, 'scorm2004'));

    expect(records.latestByItem(learner.id, 'p').get('intro')).toMatchObject({ completion: 'incomplete', score_scaled: 0.8, location: 'slide-7' });
    expect(db.prepare('SELECT question_id, type, response, result FROM question_results').all()).toEqual([
      { question_id: 'q-golf-1', type: 'true-false', response: 'true', result: 'correct' },
    ]);
    const cmi = packageCmiForLaunch(attempts.launch(learner.id, packageKey('p'), 'intro'), learner, 'scorm2004', {});
    expect(read2004(cmi, ['cmi.entry', 'cmi.location', 'cmi.suspend_data', 'cmi.completion_status', 'cmi.total_time', 'cmi.score.raw'])).toEqual({
      'cmi.entry': 'resume',
      'cmi.location': 'slide-7',
      'cmi.suspend_data': '{"v":1}',
      'cmi.completion_status': 'incomplete',
      'cmi.total_time': 'PT5M',
      'cmi.score.raw': '4',
    });
  });

  it('forgets every learner\'s work on one package and no other', () => {
    const { attempts, learner, records } = setup();
    attempts.launch(learner.id, packageKey('p'), 'intro');
    attempts.launch(learner.id, packageKey('q'), 'intro');
    expect(records.removeAll('p')).toBe(1);
    expect(records.latestByItem(learner.id, 'p').size).toBe(0);
    expect(records.latestByItem(learner.id, 'q').size).toBe(1);
  });
});
