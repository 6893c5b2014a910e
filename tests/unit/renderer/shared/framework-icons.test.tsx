// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import courseYaml from '../../../../courses/kleine-kinderen-grote-kansen/course.yaml?raw';
import type { Framework } from '../../../../electron/core/contract/course';
import { FALLBACK_ICON, FrameworkIcon, frameworkIconOf } from '../../../../renderer/shared/framework-icons';

afterEach(cleanup);

const framework = (parse(courseYaml) as { framework: Framework }).framework;
const ids = [framework.umbrella.id, ...framework.themes.flatMap((t) => [t.id, ...t.levers.map((l) => l.id)])];

describe('an icon per kernthema and hefboom', () => {
  it('gives every theme, lever and the umbrella of the course its own icon', () => {
    expect(ids).toHaveLength(10);
    const icons = ids.map(frameworkIconOf);
    expect(icons).not.toContain(FALLBACK_ICON);
    expect(new Set(icons).size).toBe(ids.length);
  });

  it('shows a neutral dot, not a wrong picture, for an id it does not know', () => {
    expect(frameworkIconOf('een-nieuwe-hefboom')).toBe(FALLBACK_ICON);
    expect(frameworkIconOf('constructor')).toBe(FALLBACK_ICON);
  });

  it('is hidden from screen readers, since the title beside it says the same', () => {
    const { container } = render(<FrameworkIcon id="expressie" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
  });
});
