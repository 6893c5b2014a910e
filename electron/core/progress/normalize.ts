import { COMPLETIONS, SUCCESSES, type CmiJson, type Completion, type ModuleDocument, type Success } from '../contract';
import { blocksOf, decodeState } from '../../shared/sco-state';
import { scenarioCorrect, scenarioDone } from '../../shared/progress-rules';
import { isoDurationToSeconds } from './durations';

export interface NormalizedCommit {
  completion: Completion;
  success: Success;
  scoreScaled: number | null;
  location: string | null;
  sessionSeconds: number;
  questions: { questionId: string; type: string; response: string; result: string }[];
  reflections: { reflectionId: string; text: string }[];
  ratings: { itemId: string; rating: number; note: string | null }[];
  objectives: { objectiveId: string; completion: string; success: string; scoreScaled: number | null }[];
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
/** scorm-again renders CMI arrays as objects keyed "0", "1", …; accept real arrays too. */
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : Object.keys(rec(v)).sort((a, b) => Number(a) - Number(b)).map((k) => rec(rec(v)[k])));

/** The inner `cmi` object, whether or not the caller kept scorm-again's `{ cmi: … }` wrapper. */
export function cmiRoot(json: CmiJson): Rec {
  return 'cmi' in json ? rec(json.cmi) : json;
}

/**
 * The `type` of a scenario's row among the question results: not SCORM's `choice`, so counts of
 * quiz answers (dashboard.ts) can leave scenarios out: they never count in a module's score.
 */
export const SCENARIO_RESULT_TYPE = 'scenario';

/**
 * Reduces a 2004 CMI commit to the rows dashboards need. Reflections and checklist ratings come
 * from the SCO's suspend_data state (the same codec the SCO writes with), not from interactions,
 * because interactions carry reflections only in `lms` mode and ratings not at all.
 */
export function normalizeCommit(json: CmiJson, module: ModuleDocument): NormalizedCommit {
  const cmi = rec(cmiRoot(json));
  const completion = COMPLETIONS.find((c) => c === str(cmi.completion_status)) ?? 'unknown';
  const success = SUCCESSES.find((s) => s === str(cmi.success_status)) ?? 'unknown';
  const state = decodeState(str(cmi.suspend_data));

  const questionIds = new Set(blocksOf(module, 'quiz').flatMap((q) => q.questions.map((x) => x.id)));
  const questions = list(cmi.interactions)
    .filter((i) => questionIds.has(str(i.id)))
    .map((i) => ({ questionId: str(i.id), type: str(i.type), response: str(i.learner_response), result: str(i.result) }));

  // Every answered scenario, scored or not, from the resume state: an unscored one has no interaction (interactions.ts).
  for (const s of blocksOf(module, 'scenario')) {
    const path = state?.c?.[s.id];
    if (!path || !scenarioDone(s, path)) continue;
    const result = !s.scored ? 'neutral' : scenarioCorrect(s, path) ? 'correct' : 'incorrect';
    questions.push({ questionId: s.id, type: SCENARIO_RESULT_TYPE, response: [...path].join('[,]'), result });
  }

  const reflectionIds = new Set(blocksOf(module, 'reflection').map((r) => r.id));
  const reflections = Object.entries(state?.r ?? {})
    .filter(([id, text]) => reflectionIds.has(id) && typeof text === 'string' && text.trim() !== '')
    .map(([reflectionId, text]) => ({ reflectionId, text: text as string }));

  const itemIds = new Set(blocksOf(module, 'checklist').flatMap((c) => c.items.map((i) => i.id)));
  const ratings = Object.entries(state?.k ?? {})
    .filter(([id, v]) => itemIds.has(id) && Array.isArray(v) && typeof v[0] === 'number')
    .map(([itemId, v]) => ({ itemId, rating: v[0], note: typeof v[1] === 'string' && v[1] !== '' ? v[1] : null }));

  const objectives = list(cmi.objectives)
    .filter((o) => str(o.id) !== '')
    .map((o) => ({
      objectiveId: str(o.id),
      completion: str(o.completion_status) || 'unknown',
      success: str(o.success_status) || 'unknown',
      scoreScaled: num(rec(o.score).scaled),
    }));

  return {
    completion,
    success,
    scoreScaled: num(rec(cmi.score).scaled),
    location: str(cmi.location) || null,
    sessionSeconds: isoDurationToSeconds(cmi.session_time),
    questions,
    reflections,
    ratings,
    objectives,
  };
}
