import { useEffect, useState, type RefObject } from 'react';

/** How long the mouse must rest before the presenter's bar steps aside in full screen. */
export const AUTO_HIDE_MS = 3000;

/**
 * Whether the presenter's bar may step aside: only while `active` (full screen, the room looks at the slide),
 * and only after `ms` without the mouse moving. Moving or pressing the mouse brings the bar back at once, and
 * so does focus arriving in the bar; while the keyboard is in it, training.css keeps a tucked bar on screen,
 * so it stays reachable with Tab. Focus moving on the slide itself (a new slide's heading) leaves it aside.
 */
export function useAutoHide(active: boolean, bar: RefObject<HTMLElement | null>, ms = AUTO_HIDE_MS): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => setHidden(true), ms);
    const wake = () => {
      setHidden(false);
      clearTimeout(timer);
      timer = setTimeout(() => setHidden(true), ms);
    };
    const pointer = ['mousemove', 'pointerdown'] as const;
    for (const type of pointer) window.addEventListener(type, wake, { passive: true });
    const box = bar.current;
    box?.addEventListener('focusin', wake);
    return () => {
      clearTimeout(timer);
      for (const type of pointer) window.removeEventListener(type, wake);
      box?.removeEventListener('focusin', wake);
      // Back in a window (or after a change of timing) the bar starts out shown.
      setHidden(false);
    };
  }, [active, bar, ms]);
  return active && hidden;
}
