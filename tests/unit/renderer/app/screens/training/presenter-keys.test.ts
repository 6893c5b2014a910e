// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../../../../../renderer/app/screens/training/presenter-keys';

function press(key: string, target: Element = document.body, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) {
  return presenterAction({ key, target, ctrlKey: false, altKey: false, metaKey: false, ...mods });
}

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('presenter keys, as in presentation software', () => {
  it('goes on with →, PageDown (a clicker) and Space, back with ← and PageUp', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(press(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(key), key).toBe('previous');
  });

  it('keeps ↓ and ↑ apart: they scroll a long slide before they move on', () => {
    expect(press('ArrowDown')).toBe('down');
    expect(press('ArrowUp')).toBe('up');
  });

  it('jumps to the first and last slide with Home and End', () => {
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
  });

  it('blanks the screen with B or a full stop, leaves with Escape, goes full screen with F', () => {
    expect(press('b')).toBe('blank');
    expect(press('B')).toBe('blank');
    expect(press('.')).toBe('blank');
    expect(press('Escape')).toBe('leave');
    expect(press('f')).toBe('fullscreen');
  });

  it('shows or hides the group quiz answer with A, but not while a note is typed', () => {
    expect(press('a')).toBe('answer');
    expect(press('A')).toBe('answer');
    expect(press('a', element('<textarea></textarea>'))).toBeNull();
  });

  it('leaves every key to a note field being typed in', () => {
    const note = element('<textarea></textarea>');
    for (const key of [' ', 'ArrowRight', 'b', '.', 'Escape', 'Home', 'f']) expect(press(key, note), key).toBeNull();
    expect(press('b', element('<input type="text">'))).toBeNull();
    expect(press('ArrowDown', element('<select><option>a</option></select>'))).toBeNull();
    expect(press('b', element('<div contenteditable="true"><span>x</span></div>').firstElementChild!)).toBeNull();
  });

  it('lets Space and Enter press a focused button, while the arrows still move on from it', () => {
    const button = element('<button type="button">Toon antwoord</button>');
    expect(press(' ', button)).toBeNull();
    expect(press('Enter', button)).toBeNull();
    expect(press('ArrowRight', button)).toBe('next');
    expect(press('b', element('<input type="checkbox">'))).toBe('blank');
  });

  it("leaves shortcuts with Ctrl, Alt or Cmd to the browser and ignores keys it has no use for", () => {
    expect(press('ArrowLeft', document.body, { altKey: true })).toBeNull();
    expect(press('b', document.body, { ctrlKey: true })).toBeNull();
    expect(press('f', document.body, { metaKey: true })).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
  });
});
