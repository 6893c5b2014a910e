// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { TakeMyWork } from '../../../../../../renderer/app/screens/profiles/TakeMyWork';

beforeEach(async () => {
  await initI18n('nl-BE');
  await i18next.changeLanguage('nl-BE');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('"Neem mijn werk mee" in Profielen beheren', () => {
  it("saves the learner's own learner file under its name, asked with their own session", async () => {
    const asked: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        asked.push({ url: String(url).replace(/^.*\/rpc\//, ''), args: JSON.parse(String(init?.body)) as unknown });
        return new Response(JSON.stringify({ ok: true, data: { fileName: 'leerpad-learner-Noor.json', json: '{"format":"leerpad-learner/1"}' } }));
      }),
    );
    const saved: { name: string; text: Promise<string> }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', text: (blob as Blob).text() });
      return 'blob:leerpad/1';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    });

    render(<TakeMyWork session={"s".repeat(20)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Neem mijn werk mee' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Je bestand leerpad-learner-Noor.json is klaar.'));
    expect(asked).toEqual([{ url: 'learner/transfer-export', args: { session: 's'.repeat(20) } }]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('leerpad-learner-Noor.json');
    expect(await saved[0]!.text).toBe('{"format":"leerpad-learner/1"}');
  });
});
