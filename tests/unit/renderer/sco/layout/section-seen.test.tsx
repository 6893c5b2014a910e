// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, launch, stopAll, track } from '../../../../helpers/renderer/sco/render';
import { fakeScreen } from '../../../../helpers/renderer/sco/section-ends';

afterEach(() => {
  stopAll();
  vi.unstubAllGlobals();
});

const toc = () => screen.getByRole('navigation', { name: 'Onderdelen van deze module' });
const progressNow = () => screen.getByRole('progressbar').getAttribute('aria-valuenow');

describe('a section counts as "bekeken" once the learner reached its end', () => {
  it('does not mark a section seen when it is only opened', async () => {
    fakeScreen({ endsInView: false });
    const l = track(await launch(fixture(), { api: null }));
    expect(progressNow()).toBe('0');
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Waarom onderzoeken kansen geeft/ })));
    expect(l.sco.store.state.seen).toBe('0000');
    expect(within(toc()).queryByRole('button', { name: /\(bekeken\)/ })).toBeNull();
  });

  it('marks the section left with "Volgende" seen (the button sits below its end), not one left through the table of contents', async () => {
    fakeScreen({ endsInView: false });
    const l = track(await launch(fixture(), { api: null }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Volgende: Waarom onderzoeken kansen geeft' })));
    expect(l.sco.store.state.seen).toBe('1000');
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Kijk naar je eigen praktijk/ })));
    expect(l.sco.store.state.seen).toBe('1000');
  });

  it('marks it seen, in the resume state too, when its end comes into view', async () => {
    const screenOf = fakeScreen({ endsInView: false });
    const l = track(await launch(fixture(), { api: null }));
    await act(async () => screenOf.scrollToEnds());
    expect(l.sco.store.state.seen).toBe('1000');
    expect(progressNow()).toBe('1');
    expect(within(toc()).getByRole('button', { name: 'Wat de hefboom vraagt (bekeken)' })).toBeTruthy();
  });

  it('counts the section as seen on opening where the browser cannot tell (no IntersectionObserver)', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const l = track(await launch(fixture(), { api: null }));
    expect(l.sco.store.state.seen).toBe('1000');
  });

  it('says the rule where "bekeken" is shown: the summary and the table of contents', async () => {
    fakeScreen({ endsInView: false });
    track(await launch(fixture(), { api: null }));
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: 'Samenvatting' })));
    const summary = screen.getByRole('article', { name: 'Samenvatting' });
    expect(within(summary).getByText('0 van 4 onderdelen bekeken.')).toBeTruthy();
    expect(within(summary).getByText(/Een onderdeel telt als bekeken zodra je het einde ervan bereikt/)).toBeTruthy();
    expect(within(toc()).getByText('Een onderdeel telt als bekeken zodra je het einde ervan bereikt: tot onderaan gescrold, of verder met Volgende.')).toBeTruthy();
  });
});
