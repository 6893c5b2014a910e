import { useCallback, useEffect, useState } from 'react';

/** How long a passing message of the presenter's bar stays: long enough to read twice, then the line is the slide's again. */
export const NOTICE_MS = 8000;

/**
 * A message that clears itself after `ms`: the bar's status line ("De notities staan in een nieuw venster…")
 * must not keep a row of the projector for the rest of the session. The same message shown again starts
 * its time anew.
 */
export function useTransientNotice(ms = NOTICE_MS): [string, (text: string) => void] {
  const [notice, setNotice] = useState<{ text: string; shownAt: number }>({ text: '', shownAt: 0 });
  useEffect(() => {
    if (!notice.text) return;
    const timer = setTimeout(() => setNotice({ text: '', shownAt: 0 }), ms);
    return () => clearTimeout(timer);
  }, [notice, ms]);
  const show = useCallback((text: string) => setNotice((was) => ({ text, shownAt: was.shownAt + 1 })), []);
  return [notice.text, show];
}
