import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The Fullscreen API on one element (the presenter view). Optional: where a browser or policy refuses it, the
 * view still fills the window. `justLeft` tells an Escape that the browser used to leave full screen from one
 * that should close the view.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  const leftAt = useRef(0);
  useEffect(() => {
    const change = () => {
      const now = document.fullscreenElement !== null && document.fullscreenElement === target.current;
      setOn((was) => {
        if (was && !now) leftAt.current = Date.now();
        return now;
      });
    };
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, [target]);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void target.current?.requestFullscreen?.().catch(() => undefined);
  }, [target]);

  const justLeft = useCallback(() => Date.now() - leftAt.current < 500, []);
  return { on, toggle, justLeft };
}
