// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visit } from '../../../../renderer/sco/state/actions';
import { fixture, launch, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { fakeScreen } from '../../../helpers/renderer/sco/section-ends';

// A screen tall enough to show every section's end: a section counts as seen as soon as it is shown.
beforeEach(() => fakeScreen({ endsInView: true }));
afterEach(() => {
  stopAll();
  vi.unstubAllGlobals();
});

const toc = () => screen.getByRole('navigation', { name: 'Onderdelen van deze module' });

describe('module layout and navigation', () => {
  it('shows course, module and position, and one section at a time with a progress bar', async () => {
    track(await launch(fixture(), { api: null }));
    expect(document.documentElement.lang).toBe('nl-BE');
    expect(within(screen.getByRole('banner')).getByText('Kleine kinderen, grote kansen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Hefboom 1: onderzoeken' })).toBeTruthy();
    expect(screen.getByText(/^module 5 van 16/)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: /Voortgang/ });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuetext')]).toEqual(['1', '4', '1 van 4 onderdelen bekeken']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Inhoud', 'Wat de hefboom vraagt']);
    expect(within(toc()).getByRole('button', { name: /Wat de hefboom vraagt/ }).getAttribute('aria-current')).toBe('step');
  });

  it('moves with next and previous, puts focus on the new heading and marks sections seen', async () => {
    track(await launch(fixture(), { api: null }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Volgende: Waarom onderzoeken kansen geeft' })));
    const heading = screen.getByRole('heading', { level: 2, name: 'Waarom onderzoeken kansen geeft' });
    expect(document.activeElement).toBe(heading);
    expect(within(toc()).getByRole('button', { name: /Waarom onderzoeken kansen geeft/ }).getAttribute('aria-current')).toBe('step');
    expect(within(toc()).getByRole('button', { name: 'Wat de hefboom vraagt (bekeken)' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Vorige: Wat de hefboom vraagt' })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Wat de hefboom vraagt' }));
  });

  it('renders every block kind with its semantics', async () => {
    const l = track(await launch(fixture(), { api: null }));
    const image = screen.getByRole('img', { name: /Een waterbak met een kurk/ });
    expect(image.closest('figure')!.querySelector('figcaption')!.textContent).toBe('De waterbak: eerst voorspellen, dan uitproberen.');
    const callout = screen.getByText('Prikkelen is geen voorzeggen').closest('aside')!;
    expect(callout.className).toContain('callout-info');
    expect(callout.textContent).toContain('Goed om te weten');

    await update(l, (s) => visit(s, 1));
    const quote = document.querySelector('figure.quote')!;
    expect(quote.querySelector('blockquote')!.textContent).toMatch(/^Als het over armoede gaat/);
    expect(quote.querySelector('figcaption')!.textContent).toBe('— Hans Vanderspikken, hoofdredacteur van Klasse');
    expect(document.querySelector('aside.callout-belangrijk')!.textContent).toContain('Belangrijk');
    const video = document.querySelector('video')!;
    expect(video.controls).toBe(true);
    expect(video.getAttribute('src')).toBe('media/waterbak.webm');
    const transcript = video.closest('figure')!.querySelector('details')!;
    expect(transcript.querySelector('summary')!.textContent).toBe('Uitgeschreven tekst van de video');
    expect(transcript.textContent).toContain('Een kleuter is verrast dat de volle fles zinkt.');
    expect(video.closest('figure')!.querySelector('figcaption')!.textContent).toBe('Bij de waterbak: wat denk jij dat er gebeurt?');
  });

  it('ends with a summary of what is still open, with a way to get there', async () => {
    const l = track(await launch(fixture(), { api: null }));
    await update(l, (s) => visit(s, 3));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Naar de samenvatting' })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Samenvatting' }));
    expect(screen.getByText('2 van 4 onderdelen bekeken.')).toBeTruthy();
    expect(screen.getByText('Je hebt de toets nog niet afgerond.')).toBeTruthy();
    const open = screen.getByRole('heading', { name: 'Nog open' }).nextElementSibling as HTMLElement;
    const items = within(open).getAllByRole('listitem').map((li) => li.firstChild!.textContent);
    expect(items).toEqual([
      'Onderdeel niet bekeken: Waarom onderzoeken kansen geeft',
      'Onderdeel niet bekeken: Kijk naar je eigen praktijk',
      'Toets afronden: Test jezelf: onderzoeken',
      'Reflectie nog niet geschreven (in: Kijk naar je eigen praktijk)',
      'Kijkwijzer niet volledig ingevuld: Kijkwijzer onderzoeken',
    ]);
    await act(async () => fireEvent.click(within(open).getAllByRole('button', { name: 'Ga naar Kijk naar je eigen praktijk' })[0]!));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Kijk naar je eigen praktijk' }));
  });

  it('speaks English chrome with ?lang=en while the content stays Dutch', async () => {
    track(await launch(fixture(), { api: null, language: 'en' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText(/^module 5 of 16/)).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Parts of this module' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('nl-BE');
    expect(screen.getByRole('heading', { level: 2, name: 'Wat de hefboom vraagt' }).getAttribute('lang')).toBe('nl-BE');
    expect(document.querySelector('.prose')!.getAttribute('lang')).toBe('nl-BE');
    expect(screen.getByRole('button', { name: /^Next: / })).toBeTruthy();
  });
});
