import { describe, expect, it } from 'vitest';
import { CONFLICT_REASONS, TOO_LARGE_REASONS, type ErrorCode } from '../../../../electron/core/contract';
import { en } from '../../../../renderer/app/i18n/en';
import { nlBE } from '../../../../renderer/app/i18n/nl-BE';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

// Listed here so that adding a code to the contract without a Dutch text fails this test.
const codes: Record<ErrorCode, true> = {
  BAD_REQUEST: true,
  PAYLOAD_TOO_LARGE: true,
  UNKNOWN_CALL: true,
  NOT_FOUND: true,
  CONFLICT: true,
  COURSE_INVALID: true,
  DB_NEWER_THAN_APP: true,
  DB_MIGRATION_MISMATCH: true,
  DB_UNAVAILABLE: true,
  DB_BUSY: true,
  DATA_DIR_LOCKED: true,
  DATA_DIR_READ_ONLY: true,
  PIN_REQUIRED: true,
  PIN_WRONG: true,
  PIN_LOCKED: true,
  BUSY: true,
  TEACHER_REQUIRED: true,
  TEACHER_PIN_NOT_SET: true,
  SESSION_REQUIRED: true,
  PACKAGE_INVALID: true,
  EXPORT_REFUSED: true,
  BACKUP_REFUSED: true,
  LEARNER_FILE_REFUSED: true,
  IO: true,
  INTERNAL: true,
};

describe('UI strings', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nlBE).sort());
  });

  it('has no empty or untranslated text', () => {
    const value = (o: object, key: string) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o);
    for (const k of keys(nlBE)) {
      expect(String(value(nlBE, k)).trim(), k).not.toBe('');
      expect(String(value(en, k)).trim(), k).not.toBe('');
    }
  });

  it('has a Dutch text for every error code of the contract', () => {
    for (const code of Object.keys(codes)) expect(nlBE.errors, code).toHaveProperty(code);
  });

  it('words every cause of a CONFLICT or a too-large file on its own, in Dutch and English, with a hint', () => {
    const causes = [...CONFLICT_REASONS.map((r) => `CONFLICT_${r}`), ...TOO_LARGE_REASONS.map((r) => `PAYLOAD_TOO_LARGE_${r}`)];
    for (const cause of causes) {
      for (const key of [cause, `${cause}_hint`]) {
        expect(nlBE.errors, key).toHaveProperty(key);
        expect(en.errors, key).toHaveProperty(key);
      }
    }
  });
});
