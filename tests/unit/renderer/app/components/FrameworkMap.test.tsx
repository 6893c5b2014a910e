// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FrameworkMap } from '../../../../../renderer/app/components/FrameworkMap';
import { i18next, initI18n } from '../../../../../renderer/app/i18n';

const framework = {
  themes: [
    { id: 'kwaliteitsvolle-interacties', title: 'Kwaliteitsvolle interacties', levers: [{ id: 'onderzoeken', title: 'Onderzoeken' }, { id: 'rijke-taal', title: 'Rijke taal' }] },
    { id: 'beeldvorming', title: 'Beeldvorming', levers: [{ id: 'inzichten', title: 'Inzichten' }] },
  ],
  umbrella: { id: 'kinderrechten', title: 'Kinderrechten' },
};
const progress = {
  kinderrechten: { done: 1, total: 1 },
  'kwaliteitsvolle-interacties': { done: 1, total: 3 },
  onderzoeken: { done: 1, total: 3 },
  'rijke-taal': { done: 0, total: 2 },
  beeldvorming: { done: 0, total: 0 },
  inzichten: { done: 0, total: 0 },
};

describe('the framework map', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(cleanup);

  it('draws the umbrella, every theme and lever from the data, and says each count in words in its text version', () => {
    const { container } = render(<FrameworkMap framework={framework} progress={progress} />);
    const svgText = container.querySelector('svg')!.textContent!;
    for (const title of ['Kinderrechten', 'Kwaliteitsvolle interacties', 'Onderzoeken', 'Rijke taal', 'Beeldvorming', 'Inzichten']) expect(svgText).toContain(title);
    const items = [...container.querySelectorAll('details li > span')].map((s) => s.textContent);
    expect(items).toEqual([
      'Overkoepelend kader Kinderrechten: 1 van 1 module afgerond',
      'Kernthema Kwaliteitsvolle interacties: 1 van 3 modules afgerond',
      'Hefboom Onderzoeken: 1 van 3 modules afgerond',
      'Hefboom Rijke taal: 0 van 2 modules afgerond',
      'Kernthema Beeldvorming: geen eigen modules',
      'Hefboom Inzichten: geen eigen modules',
    ]);
    expect(container.textContent).not.toMatch(/\d+ %/);
  });

  it('shows progress by bar length and hatching as well as by colour: solid once every module is done', () => {
    const { container } = render(<FrameworkMap framework={framework} progress={progress} />);
    const fills = [...container.querySelectorAll('rect.fmap-fill')];
    const widthOf = (i: number) => Number(fills[i]!.getAttribute('width'));
    // umbrella (1/1), theme (1/3), onderzoeken (1/3), rijke taal (0/2); nothing drawn for "no modules".
    expect(fills).toHaveLength(4);
    expect(fills[0]!.classList.contains('fmap-fill-done')).toBe(true);
    expect(fills[2]!.getAttribute('fill')).toMatch(/^url\(#.+-hatch\)$/);
    expect(widthOf(2)).toBeGreaterThan(0);
    expect(widthOf(3)).toBe(0);
  });

  it('makes each lever a keyboard link that opens the text version at that lever, with its modules', async () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      cb(0);
      return 0;
    });
    render(<FrameworkMap framework={framework} progress={progress} nodeDetail={(id) => <p>modules van {id}</p>} />);
    const link = screen.getByRole('link', { name: 'Onderzoeken 1 van 3 modules afgerond (hefboom): toon de modules' });
    expect(link.getAttribute('href')).toMatch(/^#/);
    await act(async () => {
      fireEvent.click(link);
    });
    expect(screen.getByText('Hefboom Onderzoeken: 1 van 3 modules afgerond').closest('details')!.open).toBe(true);
    expect(document.activeElement?.textContent).toBe('Hefboom Onderzoeken: 1 van 3 modules afgerond');
    expect(screen.getByText('modules van onderzoeken')).toBeTruthy();
    // Themes are groups of levers, not links of their own.
    expect(screen.queryByRole('link', { name: /Kwaliteitsvolle interacties/ })).toBeNull();
    vi.unstubAllGlobals();
  });

  it('draws the map uncoloured, without links or counts, where there is no progress (a course cover)', () => {
    const { container } = render(<FrameworkMap framework={framework} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.querySelectorAll('rect.fmap-fill')).toHaveLength(0);
    expect(container.textContent).not.toContain('afgerond');
    expect(screen.getByRole('group', { name: 'Het kader van de cursus' })).toBeTruthy();
  });
});
