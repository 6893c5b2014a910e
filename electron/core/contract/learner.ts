import { z } from 'zod';
import { LANGUAGES, type Language } from '../../shared/enums';
import { id } from './fields';
import { autoBackupValues } from './backup';

export interface LearnerSummary {
  id: string;
  name: string;
  hasPin: boolean;
  createdAt: string;
  lastActiveAt: string | null;
}

export type UiLanguage = Language;

/** Bounds of `Settings.idleMinutes`: two lesson hours at most, so a forgotten profile never stays open all day. */
export const IDLE_MINUTES = { default: 20, min: 1, max: 120 } as const;

/** The settings and their bounds; core also checks stored values against these. */
export const settingValues = z.object({
  language: z.enum(LANGUAGES),
  /** The profile the app opened last (it is never reopened by itself: the picker shows on every start). */
  lastLearnerId: id.nullable(),
  /** After this many minutes without activity a profile closes and the picker shows (shared school computer). */
  idleMinutes: z.number().int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max),
  ...autoBackupValues.shape,
});
export type Settings = z.infer<typeof settingValues>;

/** A new profile is signed in at once: its creator just chose the PIN and need not type it again. */
export interface OpenedLearner {
  session: string;
  learner: LearnerSummary;
}

/** An open profile's session as core sees it. */
export interface SessionStatus {
  learner: LearnerSummary;
  /** Seconds since the last call with this session (commits from the module player count). */
  idleSeconds: number;
  idleMinutes: number;
}

export interface TeacherStatus {
  /** Whether this computer has a teacher PIN; without one, other profiles can only be listed. */
  hasPin: boolean;
  idleMinutes: number;
  idleLimits: { min: number; max: number };
}

/** Lecturer mode: a short-lived token that the teacher PIN opens. */
export interface TeacherUnlock {
  teacher: string;
  expiresInSeconds: number;
}

export interface AppInfo {
  name: 'Leerpad';
  version: string;
  /** Where the SQLite database and backups live. */
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  coursesDirs: string[];
  host: 'electron' | 'web' | 'cli';
}

/** Everything stored for one learner, for them to keep before a profile is deleted. */
export interface LearnerExport {
  fileName: string;
  markdown: string;
  json: string;
}
