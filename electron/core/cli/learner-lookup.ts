import { AppError } from '../errors';
import type { Db } from '../progress/database';
import { nameKey } from '../progress/learners';

/** The profile a command names with --learner: by name as the profile list shows it, case not counting. */
export function learnerByName(db: Db, name: string, dataDir: string): { id: string; name: string } {
  const row = db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM learners WHERE name_key = ?').get(nameKey(name));
  if (row) return row;
  const names = db.prepare<[], { name: string }>('SELECT name FROM learners ORDER BY name COLLATE NOCASE').all().map((r) => r.name);
  throw new AppError({
    code: 'NOT_FOUND',
    message: `There is no profile named '${name.trim()}' in ${dataDir}.`,
    hint: names.length ? `The profiles here: ${names.join(', ')}.` : 'This data folder has no profiles; check --data-dir.',
    params: { name },
  });
}
