import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { createPinHasher } from '../../../../electron/core/progress/pin';
import { tempDir } from '../../../helpers/temp';

function store() {
  return createLearnerStore(openDatabase(tempDir()).db);
}

describe('learner profiles', () => {
  it('creates, lists alphabetically, renames and deletes', () => {
    const learners = store();
    const zoe = learners.create('  Zoë ');
    learners.create('amira');
    expect(zoe.name).toBe('Zoë');
    expect(learners.list().map((l) => l.name)).toEqual(['amira', 'Zoë']);
    expect(learners.rename(zoe.id, 'Zoë V.').name).toBe('Zoë V.');
    learners.remove(zoe.id);
    expect(learners.list().map((l) => l.name)).toEqual(['amira']);
  });

  it('refuses a second profile with the same name, whatever the case', () => {
    const learners = store();
    learners.create('Sara');
    expect(() => learners.create('sara')).toThrow(/A profile named 'Sara' already exists/);
  });

  it('allows renaming a profile to its own name in another case', () => {
    const learners = store();
    const sara = learners.create('sara');
    expect(learners.rename(sara.id, 'Sara').name).toBe('Sara');
  });

  it('stores a PIN only as a slow hash', async () => {
    const learners = store();
    const pins = createPinHasher();
    const l = learners.create('Noor', await pins.hash('4821'));
    expect(l.hasPin).toBe(true);
    const row = learners.row(l.id);
    expect(row.pin_hash).not.toContain('4821');
    expect(row.pin_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await pins.verify('4821', row.pin_hash!)).toBe(true);
    expect(await pins.verify('1111', row.pin_hash!)).toBe(false);
  });

  it('says which profile is missing', () => {
    expect(() => store().rename('nope', 'x')).toThrow(/no learner profile with id nope/);
  });
});
