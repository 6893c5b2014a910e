import { describe, expect, it } from 'vitest';
import type { LmsAdapter } from '../../../../../renderer/sco/lms/adapter';
import { readBaseline } from '../../../../../renderer/sco/lms/baseline';

/** An LMS that answers from `values` and records every element the SCO asked for, in order. */
function recordingLms(values: Record<string, string>) {
  const read: string[] = [];
  const lms: Pick<LmsAdapter, 'get'> = {
    get: (element) => {
      read.push(element);
      return values[element] ?? '';
    },
  };
  return { lms, read };
}

const UNSET = {
  scorm12: ['cmi.core.score.raw', 'cmi.suspend_data', 'cmi.core.lesson_location'],
  scorm2004: ['cmi.score.raw', 'cmi.suspend_data', 'cmi.location'],
};

describe('reading what the LMS holds at launch', () => {
  it('on a first launch (2004 ab-initio) asks for no score, suspend data or location, which a strict LMS logs as error 403', () => {
    const { lms, read } = recordingLms({
      'cmi.entry': 'ab-initio',
      'cmi.learner_id': 'student-7',
      'cmi.completion_status': 'unknown',
      'cmi.success_status': 'unknown',
      'cmi.objectives._count': '1',
      'cmi.objectives.0.id': 'hefboom-taal',
    });
    const baseline = readBaseline(lms, 'scorm2004');
    expect(read[0]).toBe('cmi.entry');
    for (const element of UNSET.scorm2004) expect(read).not.toContain(element);
    expect(read).not.toContain('cmi.objectives.1.id');
    expect(baseline).toMatchObject({ learnerId: 'student-7', completion: 'unknown', success: 'unknown', objectiveIds: ['hefboom-taal'], suspendData: '', location: '', scoreRaw: undefined });
  });

  it('on a first launch (1.2 ab-initio) reads only the learner, the status and the objective count', () => {
    const { lms, read } = recordingLms({ 'cmi.core.entry': 'ab-initio', 'cmi.core.student_id': 's1', 'cmi.core.lesson_status': 'not attempted', 'cmi.objectives._count': '0' });
    const baseline = readBaseline(lms, 'scorm12');
    expect(read[0]).toBe('cmi.core.entry');
    for (const element of UNSET.scorm12) expect(read).not.toContain(element);
    expect(baseline).toMatchObject({ learnerId: 's1', lessonStatus: 'not attempted', objectiveIds: [] });
  });

  it('on a resumed launch reads the score, suspend data and location back', () => {
    const { lms } = recordingLms({
      'cmi.entry': 'resume',
      'cmi.learner_id': 'student-7',
      'cmi.score.raw': '80',
      'cmi.suspend_data': 'L1:{}',
      'cmi.location': 's-2',
      'cmi.objectives._count': '0',
    });
    expect(readBaseline(lms, 'scorm2004')).toMatchObject({ scoreRaw: 80, suspendData: 'L1:{}', location: 's-2' });
  });

  it('reads them also when the LMS gives no entry value ("" after a normal exit in some LMSs)', () => {
    const { lms } = recordingLms({ 'cmi.core.entry': '', 'cmi.core.score.raw': '55', 'cmi.suspend_data': 'L1:{}', 'cmi.core.lesson_location': 's-1' });
    expect(readBaseline(lms, 'scorm12')).toMatchObject({ scoreRaw: 55, suspendData: 'L1:{}', location: 's-1' });
  });

  it('reads at most 100 objective ids, whatever count the LMS claims', () => {
    const { lms, read } = recordingLms({ 'cmi.entry': 'ab-initio', 'cmi.objectives._count': '1000000' });
    expect(readBaseline(lms, 'scorm2004').objectiveIds).toHaveLength(100);
    expect(read.filter((e) => e.endsWith('.id'))).toHaveLength(100);
  });
});
