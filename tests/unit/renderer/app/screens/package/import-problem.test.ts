// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { importProblemText } from '../../../../../../renderer/app/screens/package/import-problem';

const refused = (problem: string, params: Record<string, string> = {}): AppErrorData => ({
  code: 'PACKAGE_INVALID',
  message: 'technical',
  params: { problem, ...params },
});

describe("a refused import in the learner's words", () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });

  it('says why for every refusal of the manifest check, not the generic "cannot import"', () => {
    const t = i18next.getFixedT('nl-BE');
    const generic = t('packages.problem.other');
    expect(importProblemText(t, refused('manifest-malformed', { line: '3', reason: 'unclosed tag' }))).toBe(
      'imsmanifest.xml is geen geldig SCORM-manifest; ook een LMS weigert dit pakket.',
    );
    expect(importProblemText(t, refused('nothing-to-play'))).toMatch(/niets om af te spelen/);
    expect(importProblemText(t, refused('depth'))).toMatch(/dieper genest/);
    for (const problem of ['manifest-missing', 'entity', 'symlink', 'encrypted', 'total-ratio']) {
      expect(importProblemText(t, refused(problem)), problem).not.toBe(generic);
    }
  });

  it('has the same refusals in English', () => {
    const t = i18next.getFixedT('en');
    expect(importProblemText(t, refused('nothing-to-play'))).toBe('This package has nothing to play: none of its parts opens a page.');
  });
});
