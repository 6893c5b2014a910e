import crypto from 'node:crypto';
import type { ConflictReason, LearnerSummary } from '../contract';
import { AppError } from '../errors';
import type { Db } from './database';
import type { PinHash } from './pin';

interface LearnerRow {
  id: string;
  name: string;
  pin_hash: string | null;
  created_at: string;
  last_active_at: string | null;
}

export const nameKey = (name: string) => name.trim().toLocaleLowerCase('nl-BE');

function toSummary(row: LearnerRow): LearnerSummary {
  return {
    id: row.id,
    name: row.name,
    hasPin: row.pin_hash !== null,
    createdAt: row.created_at,
    lastActiveAt: row.last_active_at,
  };
}

export function createLearnerStore(db: Db) {
  const byId = db.prepare<[string], LearnerRow>('SELECT * FROM learners WHERE id = ?');
  const all = db.prepare<[], LearnerRow>('SELECT * FROM learners ORDER BY name COLLATE NOCASE, created_at');
  const byKey = db.prepare<[string], LearnerRow>('SELECT * FROM learners WHERE name_key = ?');

  function get(id: string): LearnerRow {
    const row = byId.get(id);
    if (!row) {
      throw new AppError({
        code: 'NOT_FOUND',
        message: `There is no learner profile with id ${id}.`,
        hint: 'It may have been deleted; choose a profile from the list.',
        params: { id },
      });
    }
    return row;
  }

  function assertNameFree(name: string, exceptId?: string) {
    const other = byKey.get(nameKey(name));
    if (other && other.id !== exceptId) {
      throw new AppError({
        code: 'CONFLICT',
        message: `A profile named '${other.name}' already exists.`,
        hint: 'Choose another name, for example with an initial: "Sara V."',
        params: { reason: 'name-taken' satisfies ConflictReason, name: other.name },
      });
    }
  }

  return {
    list: (): LearnerSummary[] => all.all().map(toSummary),
    get: (id: string): LearnerSummary => toSummary(get(id)),
    row: get,
    /** Checked before a PIN is hashed, so a taken name fails fast; create checks again. */
    assertNameFree: (name: string) => assertNameFree(name.trim()),
    create(name: string, pinHash: PinHash | null = null): LearnerSummary {
      const clean = name.trim();
      // Again here: another create with this name may have finished while this one's PIN was hashed.
      assertNameFree(clean);
      const row: LearnerRow = {
        id: crypto.randomUUID(),
        name: clean,
        pin_hash: pinHash,
        created_at: new Date().toISOString(),
        last_active_at: null,
      };
      db.prepare(
        'INSERT INTO learners (id, name, name_key, pin_hash, created_at, last_active_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(row.id, row.name, nameKey(row.name), row.pin_hash, row.created_at, row.last_active_at);
      return toSummary(row);
    },
    rename(id: string, name: string): LearnerSummary {
      get(id);
      const clean = name.trim();
      assertNameFree(clean, id);
      db.prepare('UPDATE learners SET name = ?, name_key = ? WHERE id = ?').run(clean, nameKey(clean), id);
      return toSummary(get(id));
    },
    setPin(id: string, pinHash: PinHash | null) {
      get(id);
      db.prepare('UPDATE learners SET pin_hash = ? WHERE id = ?').run(pinHash, id);
    },
    touch(id: string) {
      db.prepare('UPDATE learners SET last_active_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    },
    remove(id: string) {
      get(id);
      db.prepare('DELETE FROM learners WHERE id = ?').run(id);
    },
  };
}

export type LearnerStore = ReturnType<typeof createLearnerStore>;
