// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeverInfo } from '../../../../../electron/core/contract/sco';
import { CourseByline } from '../../../../../renderer/sco/course/CourseByline';
import { CourseFramework } from '../../../../../renderer/sco/course/CourseFramework';
import { initScoI18n } from '../../../../../renderer/sco/i18n';
import { ModuleLevers } from '../../../../../renderer/sco/layout/ModuleLevers';

afterEach(() => {
  cleanup();
  initScoI18n('nl-BE');
});

const LEVERS: LeverInfo[] = [
  { id: 'onderzoeken', title: 'Onderzoeken', themeId: 'kwaliteitsvolle-interacties', themeTitle: 'Kwaliteitsvolle interacties' },
  { id: 'inzichten', title: 'Inzichten', themeId: 'beeldvorming', themeTitle: 'Beeldvorming' },
  { id: 'expressie', title: 'Expressie', themeId: 'kwaliteitsvolle-interacties', themeTitle: 'Kwaliteitsvolle interacties' },
  { id: 'kinderrechten', title: 'Kinderrechten' },
];

describe('the course SCO’s framework cover', () => {
  it('groups the package’s levers under their theme inside the umbrella, in the order the course gives them', () => {
    initScoI18n('nl-BE');
    render(<CourseFramework levers={LEVERS} />);
    const figure = screen.getByRole('figure', { name: 'Zo is de cursus opgebouwd' });
    expect(within(figure).getByText('Kinderrechten')).toBeTruthy();
    const themes = within(figure).getAllByRole('listitem').filter((li) => li.classList.contains('cover-theme'));
    expect(themes.map((li) => [li.querySelector('.cover-theme-title')!.textContent, [...li.querySelectorAll('.cover-levers li')].map((l) => l.textContent)])).toEqual([
      ['Kwaliteitsvolle interacties', ['Onderzoeken', 'Expressie']],
      ['Beeldvorming', ['Inzichten']],
    ]);
  });

  it('shows nothing for a package without levers', () => {
    const { container } = render(<CourseFramework levers={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('the levers at the start of a module', () => {
  it('names each lever with its theme, the icons hidden from screen readers', () => {
    initScoI18n('en');
    render(<ModuleLevers levers={LEVERS.slice(0, 1)} />);
    const list = screen.getByRole('list', { name: 'This module belongs to' });
    expect(list.textContent).toBe('Onderzoeken · Kwaliteitsvolle interacties');
    expect(list.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('the course SCO’s byline', () => {
  it('shows the subtitle and the authors from the course, and nothing for a package without them', () => {
    initScoI18n('nl-BE');
    const course = { id: 'c', title: 'Cursus', version: '1', language: 'nl-BE', levers: [] };
    const { container, rerender } = render(
      <CourseByline course={{ ...course, subtitle: 'Samen aanpakken', authors: [{ name: 'Leerpad-team', role: 'tekst' }, { name: 'An' }] }} />,
    );
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Samen aanpakken', 'Door Leerpad-team (tekst), An']);
    rerender(<CourseByline course={course} />);
    expect(container.innerHTML).toBe('');
  });
});
