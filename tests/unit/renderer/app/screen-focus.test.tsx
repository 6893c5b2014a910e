// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { href, navigate, useRoute, type Route } from '../../../../renderer/app/router';
import { useScreenFocus } from '../../../../renderer/app/screen-focus';

/** A screen that shows "loading" first and its heading a moment later, as the app's screens do. */
function Screen({ title, field = false }: { title: string; field?: boolean }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 5);
    return () => clearTimeout(timer);
  }, []);
  if (!ready) return <p role="status">Even geduld…</p>;
  return (
    <>
      <h1>{title}</h1>
      {field ? <input aria-label="Je naam" autoFocus /> : <a href="#/library">Terug</a>}
    </>
  );
}

function title(route: Route): string {
  if (route.name === 'play') return `Module ${route.moduleId}`;
  if (route.name === 'course') return 'De cursus';
  if (route.name === 'profiles') return 'Profielen';
  return 'Bibliotheek';
}

function Shell() {
  const route = useRoute();
  useScreenFocus(href(route), 'Leerpad');
  return (
    <main id="main" tabIndex={-1}>
      <Screen key={href(route)} title={title(route)} field={route.name === 'profiles'} />
    </main>
  );
}

const go = (route: Route) =>
  act(() => {
    navigate(route);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('focus after a screen change', () => {
  beforeEach(() => {
    window.location.hash = '#/library';
  });
  afterEach(cleanup);

  it('leaves focus alone when the page first opens (a screen reader starts at the top), but names the window', async () => {
    render(<Shell />);
    await screen.findByRole('heading', { name: 'Bibliotheek' });
    await waitFor(() => expect(document.title).toBe('Bibliotheek · Leerpad'));
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new screen\'s heading once it has loaded, and the window title names the screen', async () => {
    render(<Shell />);
    await screen.findByRole('heading', { name: 'Bibliotheek' });
    await go({ name: 'course', courseId: 'kkgk' });
    const heading = await screen.findByRole('heading', { name: 'De cursus', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('De cursus · Leerpad');
  });

  it('moves focus again when one module follows another (same screen, another route)', async () => {
    render(<Shell />);
    await go({ name: 'play', courseId: 'kkgk', moduleId: '1' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Module 1' })));
    await go({ name: 'play', courseId: 'kkgk', moduleId: '2' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Module 2' })));
  });

  it('keeps focus in a field the new screen focused itself, where the learner is about to type', async () => {
    render(<Shell />);
    await screen.findByRole('heading', { name: 'Bibliotheek' });
    await go({ name: 'profiles' });
    const field = await screen.findByLabelText('Je naam');
    await waitFor(() => expect(document.title).toBe('Profielen · Leerpad'));
    expect(document.activeElement).toBe(field);
  });
});
