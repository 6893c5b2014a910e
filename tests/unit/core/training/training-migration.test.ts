import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { migrations } from '../../../../electron/core/progress/migrations';
import { tempDir } from '../../../helpers/temp';

const TRAININGS = migrations.findIndex((m) => m.name === 'trainings');

describe('migration 9: trainings', () => {
  it('upgrades a database of migration 8: backs it up, keeps the learners, and adds the training tables empty', () => {
    expect(migrations[TRAININGS]!.id).toBe(9);
    const dir = tempDir();
    const old = openDatabase(dir, migrations.slice(0, TRAININGS));
    createLearnerStore(old.db).create('Noor');
    old.db.close();

    const upgraded = openDatabase(dir);
    expect(upgraded.backupPath).toMatch(/leerpad-schema8-/);
    expect(upgraded.schemaVersion).toBe(9);
    expect(createLearnerStore(upgraded.db).list().map((l) => l.name)).toEqual(['Noor']);
    for (const table of ['trainings', 'training_participants', 'training_note_saves', 'training_tallies', 'followed_in_training']) {
      expect(upgraded.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    upgraded.db.close();
    expect(openDatabase(dir).backupPath).toBeNull();
  });
});
