import type { CmiJson, ScormEdition } from '../contract';
import type { AttemptRow } from './attempts';
import { secondsToIsoDuration } from './durations';
import { cmiRoot } from './normalize';
import { lastExitOf } from './package-normalize';

/** What the manifest gives a SCO at launch (CAM: adlcp:masteryscore, dataFromLMS, imsss and adlcp completion). */
export interface ScoLaunchData {
  /** 1.2 `adlcp:masteryscore`, 0–100. */
  masteryScore?: number | null;
  /** `adlcp:dataFromLMS`: handed to the SCO as launch_data. */
  dataFromLMS?: string | null;
  /** 2004 `adlcp:completionThreshold`, 0–1. */
  completionThreshold?: number | null;
  /** 2004 primary objective's minNormalizedMeasure when satisfiedByMeasure, -1–1. */
  scaledPassingScore?: number | null;
  /** `adlcp:maxtimeallowed` (1.2 timespan) / `imsss:attemptAbsoluteDurationLimit` (2004 duration). */
  maxTimeAllowed?: string | null;
  timeLimitAction?: string | null;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2.1.x total_time), hours up to 9999. */
export function secondsToTimespan(seconds: number): string {
  const centis = Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.round(seconds * 100), 9999 * 360_000 + 359_999) : 0;
  const h = Math.floor(centis / 360_000);
  const m = Math.floor(centis / 6000) % 60;
  const s = (centis % 6000) / 100;
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${String(Math.round((s % 1) * 100)).padStart(2, '0')}`;
}

/**
 * RTE `entry`: ab-initio on the attempt's first launch, resume only when the SCO left with exit
 * 'suspend' (1.2 RTE 3.4.2.1.6, 2004 RTE 4.2.9), else empty: the SCO then starts over in the same attempt,
 * as Moodle does, so a finished SCO keeps its status and score.
 */
function entryOf(row: AttemptRow, stored: CmiJson, edition: ScormEdition): string {
  if (row.commit_seq === 0) return 'ab-initio';
  return lastExitOf(stored, edition) === 'suspend' ? 'resume' : '';
}

/** Only the score fields the SCO sent (scorm-again refuses an empty string where a number belongs). */
function scoreOf(score: Rec, keys: readonly string[]): Rec | undefined {
  const kept = Object.fromEntries(keys.filter((k) => str(score[k]) !== '').map((k) => [k, str(score[k])]));
  return Object.keys(kept).length ? kept : undefined;
}

/** scorm-again checks values as strings (its regexes); unset elements are left out, so they keep their defaults. */
const defined = (o: Rec): Rec =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
  );

/** 1.2's one status field from the stored (forward-only) completion and success; `browsed` as the SCO left it. */
function lessonStatus(row: AttemptRow, stored: Rec): string {
  if (row.success === 'passed' || row.success === 'failed') return row.success;
  if (row.completion === 'completed') return 'completed';
  if (str(rec(stored.core).lesson_status) === 'browsed') return 'browsed';
  return row.completion === 'incomplete' ? 'incomplete' : 'not attempted';
}

/**
 * The CMI a foreign SCO finds at LMSInitialize / Initialize, in its own edition's shape (scorm-again's
 * loadFromJSON of Scorm12API or Scorm2004API, without the `cmi` wrapper): what it stored last time and
 * the LMS-owned elements (learner, entry, total time, credit, mode, the manifest's launch data).
 */
export function packageCmiForLaunch(row: AttemptRow, learner: { id: string; name: string }, edition: ScormEdition, data: ScoLaunchData): CmiJson {
  const json = JSON.parse(row.cmi_json) as CmiJson;
  const stored = rec(cmiRoot(json));
  const entry = entryOf(row, json, edition);
  const totalSeconds = row.time_base_s + row.time_session_s;
  if (edition === 'scorm12') {
    const core = rec(stored.core);
    return defined({
      core: defined({
        student_id: learner.id,
        student_name: learner.name,
        lesson_location: str(core.lesson_location),
        lesson_status: lessonStatus(row, stored),
        entry,
        total_time: secondsToTimespan(totalSeconds),
        credit: 'credit',
        lesson_mode: 'normal',
        score: scoreOf(rec(core.score), ['raw', 'min', 'max']),
      }),
      suspend_data: str(stored.suspend_data),
      launch_data: data.dataFromLMS ?? '',
      student_data: defined({
        mastery_score: data.masteryScore ?? undefined,
        max_time_allowed: data.maxTimeAllowed ?? undefined,
        time_limit_action: data.timeLimitAction ?? undefined,
      }),
    });
  }
  return defined({
    learner_id: learner.id,
    learner_name: learner.name,
    location: str(stored.location),
    completion_status: row.completion === 'not attempted' && row.commit_seq === 0 ? undefined : row.completion,
    success_status: row.success,
    entry,
    total_time: secondsToIsoDuration(totalSeconds),
    suspend_data: str(stored.suspend_data),
    launch_data: data.dataFromLMS ?? '',
    scaled_passing_score: data.scaledPassingScore ?? undefined,
    completion_threshold: data.completionThreshold ?? undefined,
    progress_measure: str(stored.progress_measure),
    max_time_allowed: data.maxTimeAllowed ?? undefined,
    time_limit_action: data.timeLimitAction ?? undefined,
    score: scoreOf(rec(stored.score), ['scaled', 'raw', 'min', 'max']),
    credit: 'credit',
    mode: 'normal',
  });
}
