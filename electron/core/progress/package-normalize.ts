import type { CmiJson, Completion, ScormEdition, Success } from '../contract';
import { isoDurationToSeconds } from './durations';
import { cmiRoot, type NormalizedCommit } from './normalize';

/**
 * Commits of other people's SCOs (issue 12), in either edition's shape, reduced to the same rows as our
 * own modules: status, score, location, session time, the learner's answers (interactions) and objectives.
 * No reflections or kijkwijzer ratings: those exist only in our own modules' suspend_data.
 */

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
/** scorm-again renders CMI arrays as objects keyed "0", "1", …; accept real arrays too. */
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : Object.keys(rec(v)).sort((a, b) => Number(a) - Number(b)).map((k) => rec(rec(v)[k])));

/**
 * SCORM 1.2 has one status (RTE 3.4.2.1.3); 2004's two fields as ADL's 1.2 → 2004 mapping gives them.
 * `browsed` is a look without credit: it does not complete the SCO.
 */
export const LESSON_STATUS_MAP: Readonly<Record<string, { completion: Completion; success: Success }>> = {
  passed: { completion: 'completed', success: 'passed' },
  failed: { completion: 'completed', success: 'failed' },
  completed: { completion: 'completed', success: 'unknown' },
  incomplete: { completion: 'incomplete', success: 'unknown' },
  browsed: { completion: 'incomplete', success: 'unknown' },
  'not attempted': { completion: 'not attempted', success: 'unknown' },
};

const COMPLETION_VALUES: readonly string[] = ['not attempted', 'incomplete', 'completed', 'unknown'];
const SUCCESS_VALUES: readonly string[] = ['passed', 'failed', 'unknown'];

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2.1.x session_time) in seconds; anything else is 0. */
export function timespanToSeconds(value: unknown): number {
  const m = typeof value === 'string' ? /^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(value.trim()) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
}

/** 2004 `score.scaled` when sent, else raw within min..max (1.2 has only these; its max defaults to 100). */
export function scaledScore(score: Rec): number | null {
  const scaled = num(score.scaled);
  if (scaled !== null) return Math.min(1, Math.max(-1, scaled));
  const raw = num(score.raw);
  if (raw === null) return null;
  const min = num(score.min) ?? 0;
  const max = num(score.max) ?? 100;
  if (max <= min) return null;
  return Math.min(1, Math.max(0, (raw - min) / (max - min)));
}

/** A SCO may journal interactions (a new index per try, same id): the last one with an id is the answer kept. */
function answers(cmi: Rec, responseKey: string): NormalizedCommit['questions'] {
  const byId = new Map<string, NormalizedCommit['questions'][number]>();
  for (const i of list(cmi.interactions)) {
    const questionId = str(i.id);
    if (questionId === '') continue;
    byId.delete(questionId);
    byId.set(questionId, { questionId, type: str(i.type), response: str(i[responseKey]), result: str(i.result) });
  }
  return [...byId.values()];
}

function objectives(cmi: Rec, edition: ScormEdition): NormalizedCommit['objectives'] {
  const byId = new Map<string, NormalizedCommit['objectives'][number]>();
  for (const o of list(cmi.objectives)) {
    const objectiveId = str(o.id);
    if (objectiveId === '') continue;
    const status =
      edition === 'scorm12'
        ? (LESSON_STATUS_MAP[str(o.status)] ?? { completion: 'unknown', success: 'unknown' })
        : { completion: str(o.completion_status) || 'unknown', success: str(o.success_status) || 'unknown' };
    byId.set(objectiveId, { objectiveId, completion: status.completion, success: status.success, scoreScaled: scaledScore(rec(o.score)) });
  }
  return [...byId.values()];
}

/**
 * A 1.2 SCO that says only 'completed' but sent a score is judged against the item's masteryscore, as
 * LMSs do with credit (1.2 RTE 3.4.2.2.2; Moodle's default "mastery score overrides status"). Only a
 * finished SCO: a score half-way through must not fail it (status only moves forward).
 */
function judged(status: { completion: Completion; success: Success }, score: Rec, masteryScore: number | null | undefined) {
  const raw = num(score.raw);
  if (status.completion !== 'completed' || status.success !== 'unknown' || typeof masteryScore !== 'number' || raw === null) return status;
  return { completion: status.completion, success: raw >= masteryScore ? ('passed' as const) : ('failed' as const) };
}

/** Reduces one commit of a foreign SCO, in the shape of the API it was played with. */
export function normalizePackageCommit(json: CmiJson, edition: ScormEdition, masteryScore?: number | null): NormalizedCommit {
  const cmi = rec(cmiRoot(json));
  if (edition === 'scorm12') {
    const core = rec(cmi.core);
    const status = LESSON_STATUS_MAP[str(core.lesson_status)] ?? { completion: 'unknown' as const, success: 'unknown' as const };
    return {
      ...judged(status, rec(core.score), masteryScore),
      scoreScaled: scaledScore(rec(core.score)),
      location: str(core.lesson_location) || null,
      sessionSeconds: timespanToSeconds(core.session_time),
      questions: answers(cmi, 'student_response'),
      reflections: [],
      ratings: [],
      objectives: objectives(cmi, edition),
    };
  }
  const completion = str(cmi.completion_status);
  const success = str(cmi.success_status);
  return {
    completion: COMPLETION_VALUES.includes(completion) ? (completion as Completion) : 'unknown',
    success: SUCCESS_VALUES.includes(success) ? (success as Success) : 'unknown',
    scoreScaled: scaledScore(rec(cmi.score)),
    location: str(cmi.location) || null,
    sessionSeconds: isoDurationToSeconds(cmi.session_time),
    questions: answers(cmi, 'learner_response'),
    reflections: [],
    ratings: [],
    objectives: objectives(cmi, edition),
  };
}

/** What the SCO said when it last left (1.2 `cmi.core.exit`, 2004 `cmi.exit`), from a stored snapshot. */
export function lastExitOf(json: CmiJson, edition: ScormEdition): string {
  const cmi = rec(cmiRoot(json));
  return str(edition === 'scorm12' ? rec(cmi.core).exit : cmi.exit);
}
