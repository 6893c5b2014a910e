import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from './harness';

/** The real packages of the acceptance (Rustici's golf examples); CI has ../shared beside the clone. */
export const SAMPLES = path.resolve(ROOT, '..', 'shared', 'scorm-samples');
export const GOLF = [
  // `test`: the page index of the assessment, the SCO's last page (the 2004 edition has one page less).
  { file: 'golf-runtime-basic-calls-scorm12.zip', edition: '1.2', location: 'cmi.core.lesson_location', test: 15 },
  { file: 'golf-runtime-basic-calls-scorm2004-3rd.zip', edition: '2004 3rd', location: 'cmi.location', test: 14 },
] as const;
export const GOLF_TITLE = 'Golf Explained - Run-time Basic Calls';

/** Imports a zip through the Library's file input, as a learner choosing it with "Importeer een pakket" does. */
export async function importThroughLibrary(page: Page, zip: string) {
  await page.locator('input[type="file"]').setInputFiles(zip);
}

export async function waitImported(page: Page, title: string) {
  await page.getByRole('status').filter({ hasText: `${title} staat nu bij de pakketten.` }).waitFor();
}

/** The card of a package on the shelf (an <article> named by its title). */
export function packageCard(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true });
}

/**
 * The SCO's frame in the package player: app → LMS host (content origin) → the SCO page. Resolves
 * with the frame that shows `url` once it has loaded, whether it is there already or still coming.
 */
export async function packageScoFrame(page: Page, url: RegExp): Promise<Frame> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => url.test(f.url()), timeout: 30_000 });
  const existing = page.frames().find((f) => url.test(f.url()));
  if (existing) navigated.catch(() => undefined);
  const frame = existing ?? (await navigated);
  await frame.waitForLoadState('load');
  return frame;
}

/** The golf SCO shows its pages in an inner frame (#contentFrame); its src is the page it is on. */
export async function golfPage(sco: Frame): Promise<string> {
  return (await sco.locator('#contentFrame').getAttribute('src')) ?? '';
}

export interface StoredAttempt {
  module_id: string;
  completion: string;
  success: string;
  location: string | null;
  score_scaled: number | null;
  cmi: Record<string, unknown>;
}

/** The learner's newest attempts on a package, straight from the SQLite file (read-only, as a second reader). */
export function storedAttempts(databasePath: string, packageId: string): StoredAttempt[] {
  if (!fs.existsSync(databasePath)) return [];
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[string], Omit<StoredAttempt, 'cmi'> & { cmi_json: string }>(
        `SELECT module_id, completion, success, location, score_scaled, cmi_json FROM attempts a
          WHERE course_id = ? AND number = (SELECT MAX(number) FROM attempts b WHERE b.learner_id = a.learner_id AND b.course_id = a.course_id AND b.module_id = a.module_id)`,
      )
      .all(`pkg:${packageId}`);
    return rows.map(({ cmi_json, ...r }) => ({ ...r, cmi: JSON.parse(cmi_json) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

/** A value of a stored CMI tree (`{ cmi: { … } }`, as scorm-again renders it) by its dotted name. */
export function cmiValue(tree: Record<string, unknown>, name: string): unknown {
  let node: unknown = tree;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}
