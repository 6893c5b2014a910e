import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onEnd` once the element (a marker after a section's last block) has been in view: the
 * learner reached the end of the section. Where the browser has no IntersectionObserver (an old
 * LMS player), reaching the end cannot be told, so opening the section counts: a module must
 * stay completable everywhere.
 */
export function useReachedEnd(ref: RefObject<Element | null>, onEnd: (() => void) | undefined): void {
  const latest = useRef(onEnd);
  latest.current = onEnd;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined') {
      latest.current?.();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        latest.current?.();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
