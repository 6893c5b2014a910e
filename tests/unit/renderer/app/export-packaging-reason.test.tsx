// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LANGUAGES, PACKAGINGS, SCORM_EDITIONS, TARGET_LMSES, type PackagingAdvice } from '../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { packagingReason } from '../../../../renderer/app/screens/export/packaging-reason';

type Option = PackagingAdvice['options'][number];
const CORE_ENGLISH = 'Core says so in English.';

describe('why a packaging is (not) offered, in the UI language', () => {
  it('has a Dutch and an English text for every option core can give Moodle and Canvas, never core\'s English', async () => {
    await initI18n('nl-BE');
    for (const language of LANGUAGES) {
      await i18next.changeLanguage(language);
      for (const lms of TARGET_LMSES) {
        for (const edition of SCORM_EDITIONS) {
          for (const packaging of PACKAGINGS) {
            // A package-per-module is always offered; the others can be refused for this LMS or edition.
            for (const available of packaging === 'package-per-module' ? [true] : [true, false]) {
              if (packaging === 'sco-per-module' && lms === 'generic' && !available) continue;
              const option: Option = { packaging, available, reason: CORE_ENGLISH, params: { worst: 6085, limit: 4096, edition: 'SCORM 1.2', lms } };
              const text = packagingReason(i18next, option, lms, edition);
              expect(text, `${language} ${lms} ${edition} ${packaging} ${available}`).not.toBe(CORE_ENGLISH);
              expect(text).not.toMatch(/\{\{|export\.packagingReason/);
            }
          }
        }
      }
    }
  });

  it('fills in the numbers core measured', async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    const option: Option = { packaging: 'course-sco', available: false, reason: CORE_ENGLISH, params: { worst: 6085, limit: 4096, edition: 'SCORM 1.2' } };
    expect(packagingReason(i18next, option, 'moodle', 'scorm12')).toContain('kan 6085 tekens vragen, maar SCORM 1.2 bewaart er 4096');
  });

  it('shows core\'s own reason for a case this UI has no text for (a newer core)', async () => {
    await initI18n('nl-BE');
    const option: Option = { packaging: 'package-per-module', available: false, reason: CORE_ENGLISH };
    expect(packagingReason(i18next, option, 'moodle', 'scorm12')).toBe(CORE_ENGLISH);
  });
});
