import { useEffect, useRef } from 'react';

/** A field the new screen focused itself (autoFocus) keeps focus: the learner is about to type there. */
function fieldHasFocus(main: HTMLElement): boolean {
  const active = document.activeElement;
  return !!active && main.contains(active) && active.matches('input, select, textarea') && !active.closest('dialog:not([open])');
}

const appMain = () => document.getElementById('main');

/**
 * After every screen change focus moves to the new screen's heading (h1, tabIndex -1), once that
 * heading is on the page (most screens show "Even geduld…" first), and the window's title names the
 * screen. Screen readers read a focused heading at once; a live region as well would make them say
 * it twice. The title names the window for whoever switches windows (WCAG 2.4.2). When the page
 * first opens nothing moves: a screen reader starts at the top then.
 *
 * `screen` is the screen's identity: a new value is a new screen (another route, another module).
 */
export function useScreenFocus(screen: string, appName: string, main: () => HTMLElement | null = appMain) {
  const first = useRef(true);
  useEffect(() => {
    const root = main();
    if (!root) return;
    const moveFocus = first.current ? false : !fieldHasFocus(root);
    first.current = false;
    const arrive = (): boolean => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      document.title = `${heading.textContent?.trim() ?? ''} · ${appName}`;
      if (moveFocus && !fieldHasFocus(root)) {
        heading.tabIndex = -1;
        heading.focus();
      }
      return true;
    };
    if (arrive()) return;
    const observer = new MutationObserver(() => arrive() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [screen, appName, main]);
}
