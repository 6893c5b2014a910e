export interface LearnerSummary {
  id: string;
  name: string;
  hasPin: boolean;
  createdAt: string;
  lastActiveAt: string | null;
}

export type UiLanguage = 'nl-BE' | 'en';

export interface Settings {
  language: UiLanguage;
  /** The profile the app opened last, offered first on the next start. */
  lastLearnerId: string | null;
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
