/** What a key does in the presenter view, as in presentation software (PowerPoint, Impress, Keynote). */
export type PresenterAction = 'next' | 'previous' | 'down' | 'up' | 'first' | 'last' | 'blank' | 'leave' | 'fullscreen' | 'answer';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  /** Down and up scroll a slide longer than the screen first, then move on as → and ← do. */
  ArrowDown: 'down',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  f: 'fullscreen',
  F: 'fullscreen',
  /** On a group-quiz slide: show or hide the answer without reaching for "Toon antwoord" below the options. */
  a: 'answer',
  A: 'answer',
};

/** Space and Enter press a focused button or follow a focused link: the trainer's "Toon antwoord" must keep working. */
const ACTIVATES = new Set([' ', 'Enter']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/**
 * The action for a key press, or null when the key is not the presenter's: a note field being typed in keeps
 * every key (Space, arrows, B, Escape), and shortcuts with Ctrl, Alt or Cmd stay the browser's.
 */
export function presenterAction(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'altKey' | 'metaKey'>): PresenterAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTyping(event.target)) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  if (ACTIVATES.has(event.key) && event.target instanceof Element && event.target.closest('button, a[href], summary, [role="button"]')) return null;
  return action;
}
