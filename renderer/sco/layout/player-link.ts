import { NEXT_MESSAGE } from '../../shared/lms-bridge';
import { readPlayerContext } from '../../shared/player-context';
import type { NextModuleLink } from './NextModule';

/** The parent a SCO posts to: its LMS host page in the app (same origin). */
interface Parent {
  postMessage(message: unknown, targetOrigin: string): void;
}

/**
 * Where this SCO plays, from its launch query. In the app it asks its host page for the next
 * module; the host and then the app check the request (renderer/shared/lms-bridge.ts).
 */
export function playerLink(win: Pick<Window, 'location'> & { parent: Parent }): { inApp: boolean; startQuiz: boolean; next: NextModuleLink | null } {
  const context = readPlayerContext(win.location.search);
  const title = context.next;
  return {
    inApp: context.inApp,
    startQuiz: context.startQuiz,
    // Only to our own origin: the host page shares it; in any other parent the wish is not delivered.
    next: title ? { title, go: () => win.parent.postMessage(NEXT_MESSAGE, win.location.origin) } : null,
  };
}
