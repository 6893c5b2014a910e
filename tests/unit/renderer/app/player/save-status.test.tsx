// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '../../../../../renderer/app/components/SaveStatus';
import { i18next, initI18n } from '../../../../../renderer/app/i18n';
import { commitQueue } from '../../../../../renderer/app/player/commit-queue';
import { forgetOlderVersionsTraces } from '../../../../../renderer/app/player/page-traces';

const SESSION = 'test-session-0000000';
const conflict = { code: 'CONFLICT', message: 'A newer state of this module was saved elsewhere (another window or tab).' };

describe('the save notice', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    commitQueue.forget(SESSION);
    vi.unstubAllGlobals();
  });

  it('tells the learner that changes were not saved because another tab continued the module, and never says saved', async () => {
    // Core refuses the commit of a launch another tab replaced; the player that made it is gone.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: false, error: conflict }), { status: 409 })));
    render(<SaveStatus />);
    await act(async () => {
      commitQueue.push({ session: SESSION, attemptId: 7, launchId: 'old-launch', seq: 3, cmi: { cmi: {} }, terminate: true });
      await commitQueue.settle();
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Je laatste wijzigingen in een module zijn niet bewaard');
    expect(alert.textContent).toContain('in een ander venster of tabblad verder gezet');
    fireEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays silent while everything is saved', () => {
    render(<SaveStatus />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('traces of older versions in the browser', () => {
  it("are removed: unsent commits and a SCO's resume state or private reflections kept in localStorage", () => {
    localStorage.setItem('leerpad:pending:7', '{"cmi":"Geheim"}');
    localStorage.setItem('leerpad:sco:amira:c:m', '{"state":"Geheim"}');
    localStorage.setItem('leerpad:reflection:amira:c:m:r1', 'Geheim');
    localStorage.setItem('other-app', 'blijft');
    forgetOlderVersionsTraces();
    expect(Object.keys(localStorage)).toEqual(['other-app']);
  });
});
