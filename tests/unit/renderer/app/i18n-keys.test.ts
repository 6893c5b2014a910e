// @vitest-environment happy-dom
// t('…') keys are checked by tsc: the app's through i18next's CustomTypeOptions
// (renderer/app/i18n/i18next.d.ts), the SCO's through its own ScoKey. The @ts-expect-error lines
// fail the type-check (tsconfig.web.json) the day an unknown key stops being an error.
import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { initScoI18n, t as scoT } from '../../../../renderer/sco/i18n';

describe('translation keys', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
    initScoI18n('nl-BE');
  });

  it("shows the app's text for a known key and refuses an unknown one at compile time", () => {
    expect(i18next.t('app.loading')).toBe('Even geduld…');
    // @ts-expect-error: a typo in a key is a compile error, not a raw key on screen
    expect(i18next.t('app.loadnig')).toBe('app.loadnig');
  });

  it("shows the SCO's text for a known key, plurals by count, and refuses an unknown one at compile time", () => {
    expect(scoT('quiz.stillOpen', { count: 2 })).toBe('Nog 2 vragen te controleren voor je de toets kan afronden.');
    // @ts-expect-error: the SCO's keys are its own, not the app's
    expect(scoT('export.findings')).toBe('export.findings');
  });
});
