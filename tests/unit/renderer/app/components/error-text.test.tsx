// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../../../electron/core/contract';
import { useErrorText } from '../../../../../renderer/app/components/ErrorNotice';
import { i18next, initI18n } from '../../../../../renderer/app/i18n';

function words(error: AppErrorData) {
  return renderHook(() => useErrorText()).result.current(error);
}

describe('the words a learner or trainer reads for a core error', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });

  it('speaks of the closed session, not of a profile name, when a closed session refuses a change', () => {
    const text = words({ code: 'CONFLICT', message: 'closed', params: { reason: 'training-closed', id: 't1', title: 'Studiedag De Regenboog' } });
    expect(text.message).toBe('De sessie "Studiedag De Regenboog" is afgesloten: de modules, deelnemers, aanwezigheden en tellingen veranderen niet meer.');
    expect(text.hint).toContain('Notities kun je nog toevoegen');
  });

  it('names the taken profile name, and suggests an initial', () => {
    const text = words({ code: 'CONFLICT', message: 'taken', params: { reason: 'name-taken', name: 'Sara' } });
    expect(text.message).toBe('Er bestaat al een profiel met de naam Sara.');
    expect(text.hint).toContain('Sara V.');
  });

  it('falls back to the code’s general words for a cause this version does not know', () => {
    const text = words({ code: 'CONFLICT', message: 'x', params: { reason: 'from-a-newer-core' } });
    expect(text.message).toBe('Dit botst met iets dat intussen veranderd is.');
  });

  it('tells a learner whose package is too big about the file, not about shortening a text', () => {
    const text = words({ code: 'PAYLOAD_TOO_LARGE', message: 'big', params: { reason: 'file', maxMegabytes: 2048 } });
    expect(text.message).toBe('Dit bestand is groter dan 2048 MB, het meeste dat Leerpad in één keer binnenhaalt.');
    expect(text.hint).toContain('leerpad restore');
    expect(words({ code: 'PAYLOAD_TOO_LARGE', message: 'body' }).hint).toContain('lange tekst korter');
  });

  it('words the same causes in English when the app is in English', async () => {
    await i18next.changeLanguage('en');
    try {
      expect(words({ code: 'CONFLICT', message: 'x', params: { reason: 'newer-save' } }).message).toBe('Newer work on this module was saved in another window or tab in the meantime.');
    } finally {
      await i18next.changeLanguage('nl-BE');
    }
  });
});
