// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Section } from '../../../../../electron/core/contract/course';
import { initScoI18n } from '../../../../../renderer/sco/i18n';
import { SectionView } from '../../../../../renderer/sco/layout/SectionView';
import { Toc } from '../../../../../renderer/sco/layout/Toc';

afterEach(() => {
  cleanup();
  initScoI18n('nl-BE');
});

const section = (id: string, readingMinutes: number): Section => ({
  id,
  title: `Deel ${id}`,
  words: readingMinutes * 200,
  readingMinutes,
  blocks: [{ kind: 'prose', html: '<p>Tekst.</p>' }],
});

describe('reading time in the module', () => {
  it('shows each section’s reading time in the table of contents, and none for a section without text', () => {
    initScoI18n('nl-BE');
    render(<Toc sections={[section('a', 3), section('b', 0)]} seen="00" view={0} onGo={() => {}} />);
    const [first, second] = screen.getAllByRole('button');
    expect(first!.textContent).toContain('Deel a ± 3 min lezen');
    expect(second!.textContent).not.toContain('min');
  });

  it('shows the reading time in the section header, in English too', () => {
    initScoI18n('en');
    render(<SectionView section={section('a', 2)} index={0} total={4} headingRef={null} />);
    const article = screen.getByRole('article');
    expect(within(article).getByText(/± 2 min read/).textContent).toContain('± 2 min read');
  });
});
