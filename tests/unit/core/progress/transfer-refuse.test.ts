import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSha256, refusalReasonOf } from '../../../../electron/core/progress/transfer-format';
import { computer, everything } from './transfer-fixture';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const laptop = computer();
  const school = computer();
  vi.setSystemTime(new Date('2026-09-01T08:00:00.000Z'));
  const noor = laptop.learners.create('Noor');
  laptop.study(noor.id, 'm1', '2026-09-02T10:00:00.000Z', { reflections: [{ reflectionId: 'r1', text: 'Thuis.' }] });
  school.importFile(laptop.exportFile(noor.id));
  laptop.study(noor.id, 'm1', '2026-09-03T10:00:00.000Z', { reflections: [{ reflectionId: 'r1', text: 'Later thuis.' }] });
  const file = laptop.exportFile(noor.id) as Record<string, unknown> & { attempts: Record<string, unknown>[] };
  return { school, id: noor.id, file, before: everything(school.db, noor.id) };
}

function refusal(run: () => unknown) {
  try {
    run();
  } catch (e) {
    return { reason: refusalReasonOf(e), message: (e as Error).message };
  }
  throw new Error('the file was not refused');
}

describe('a learner file that must not be imported is refused, and nothing changes', () => {
  it('a file whose content was changed after export is refused as damaged', () => {
    const { school, id, file, before } = setUp();
    file.attempts[0]!.location = 'elsewhere';
    expect(refusal(() => school.importFile(file))).toMatchObject({ reason: 'damaged', message: expect.stringContaining('does not match its checksum') });
    expect(everything(school.db, id)).toEqual(before);
  });

  it('a file without its checksum is refused as damaged', () => {
    const { school, id, file, before } = setUp();
    delete file.sha256;
    expect(refusal(() => school.importFile(file)).reason).toBe('damaged');
    expect(everything(school.db, id)).toEqual(before);
  });

  it('a file made by a newer Leerpad (leerpad-learner/2) is refused with the advice to update', () => {
    const { school, id, file, before } = setUp();
    expect(refusal(() => school.importFile({ ...file, format: 'leerpad-learner/2' }))).toMatchObject({
      reason: 'newer-format',
      message: expect.stringContaining('leerpad-learner/2'),
    });
    expect(everything(school.db, id)).toEqual(before);
  });

  it('something that is not a learner file (a backup manifest, an array, null) is refused as such', () => {
    const { school, id, before } = setUp();
    for (const doc of [{ format: 'leerpad-backup/1' }, [], null, 'text']) {
      expect(refusal(() => school.importFile(doc)).reason).toBe('not-a-learner-file');
    }
    expect(everything(school.db, id)).toEqual(before);
  });

  it('a sealed file with an invalid field (a forged PIN hash) is refused and names the field', () => {
    const { school, id, file, before } = setUp();
    const { sha256: _s, ...body } = file;
    const forged = { ...body, learner: { ...(body.learner as object), pinHash: '1234' } };
    expect(refusal(() => school.importFile({ ...forged, sha256: contentSha256(forged) }))).toMatchObject({
      reason: 'damaged',
      message: expect.stringContaining('learner.pinHash'),
    });
    expect(everything(school.db, id)).toEqual(before);
  });

  it('a file that fails halfway through the merge leaves this computer as it was', () => {
    const { school, id, file, before } = setUp();
    const { sha256: _s, ...body } = file;
    // Two copies of one attempt with the same question twice: the second insert breaks the primary key.
    const attempt = { ...file.attempts[0]!, updatedAt: '2026-09-09T10:00:00.000Z', questions: [1, 2].map(() => ({ questionId: 'q', type: 'choice', response: 'a', result: 'correct' })) };
    const broken = { ...body, attempts: [attempt] };
    expect(() => school.importFile({ ...broken, sha256: contentSha256(broken) })).toThrow();
    expect(everything(school.db, id)).toEqual(before);
  });
});
