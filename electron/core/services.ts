import path from 'node:path';
import type { AppInfo } from './contract';
import { createCatalog } from './course/catalog';
import { openDatabase } from './progress/database';
import { createLearnerStore } from './progress/learners';
import { createSettingsStore } from './progress/settings';

export interface CoreOptions {
  dataDir: string;
  coursesDirs: string[];
  host: AppInfo['host'];
  version: string;
}

/** Opens the database and builds every service; the one place that wires core together. */
export function openCore(options: CoreOptions) {
  const opened = openDatabase(options.dataDir);
  const { db } = opened;
  const learners = createLearnerStore(db);
  const settings = createSettingsStore(db);
  const catalog = createCatalog(options.coursesDirs.map((d) => path.resolve(d)));
  return {
    db,
    learners,
    settings,
    catalog,
    backupPath: opened.backupPath,
    info: (): AppInfo => ({
      name: 'Leerpad',
      version: options.version,
      dataDir: options.dataDir,
      databasePath: opened.path,
      schemaVersion: opened.schemaVersion,
      coursesDirs: catalog.roots,
      host: options.host,
    }),
    close() {
      db.close();
    },
  };
}

export type Core = ReturnType<typeof openCore>;
