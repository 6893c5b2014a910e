import { describe, expect, it } from 'vitest';
import { copyIsNewer, mirrorKey, readMirror, removeMirror, writeMirror, type KeyValueStore } from '../../../../../renderer/sco/state/storage';
import { MemoryStorage } from '../../../../helpers/renderer/sco/render';

const scope = { learnerId: 'student-7', courseId: 'kkgk', moduleId: 'hefboom-onderzoeken' };

describe('a copy kept in the browser against what the LMS holds', () => {
  it('wins only when its saved-at stamp is newer', () => {
    expect(copyIsNewer(2000, 1000)).toBe(true);
    expect(copyIsNewer(1000, 2000)).toBe(false);
    expect(copyIsNewer(1000, 1000)).toBe(false);
  });

  it('never wins without a stamp over LMS data that has one', () => {
    expect(copyIsNewer(undefined, 1000)).toBe(false);
  });

  it('wins over LMS data without a stamp (none, or an older Leerpad)', () => {
    expect(copyIsNewer(1000, undefined)).toBe(true);
    expect(copyIsNewer(undefined, undefined)).toBe(true);
  });
});

describe('the browser copy', () => {
  it('round-trips, and is kept apart per learner', () => {
    const storage = new MemoryStorage();
    writeMirror(storage, scope, { state: 'L1:{}', pending: true });
    expect(readMirror(storage, scope)).toEqual({ state: 'L1:{}', pending: true });
    expect(readMirror(storage, { ...scope, learnerId: 'student-8' })).toBeNull();
    expect(mirrorKey(scope)).not.toBe(mirrorKey({ ...scope, learnerId: 'local' }));
    removeMirror(storage, scope);
    expect(storage.data.size).toBe(0);
  });

  it('reads as nothing when damaged, and a storage that throws breaks nothing', () => {
    const storage = new MemoryStorage();
    storage.setItem(mirrorKey(scope), '{not json');
    expect(readMirror(storage, scope)).toBeNull();
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => writeMirror(broken, scope, { state: 'L1:{}', pending: true })).not.toThrow();
    expect(readMirror(broken, scope)).toBeNull();
    expect(() => removeMirror(broken, scope)).not.toThrow();
  });
});
