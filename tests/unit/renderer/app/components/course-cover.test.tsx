// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CourseCover } from '../../../../../renderer/app/components/CourseCover';
import { i18next, initI18n } from '../../../../../renderer/app/i18n';
import { makeCourse } from '../../../../helpers/course-factory';

beforeEach(async () => {
  await initI18n('nl-BE');
  await i18next.changeLanguage('nl-BE');
});
afterEach(cleanup);

const course = { ...makeCourse(), credits: 'Naar de brochure van het traject.', licence: 'CC BY 4.0', minutes: 600 };

describe('the course cover', () => {
  it('names the authors and the study time from the course data', () => {
    render(<CourseCover course={course} />);
    const [author] = course.authors;
    expect(screen.getByText(/^Door/).textContent).toContain(author!.name);
    expect(screen.getByText('Studietijd: ongeveer 10 uur')).toBeTruthy();
  });

  it('draws the framework map of the course, uncoloured, with its text version', () => {
    render(<CourseCover course={course} />);
    const cover = screen.getByRole('group', { name: 'Zo is de cursus opgebouwd' });
    const text = cover.querySelector('details.fmap-text')!;
    for (const node of [course.framework.umbrella, ...course.framework.themes, ...course.framework.themes.flatMap((t) => t.levers)]) {
      expect(text.textContent).toContain(node.title);
    }
    expect(text.textContent).not.toMatch(/afgerond/);
  });

  it('keeps sources and licence one click away', () => {
    render(<CourseCover course={course} />);
    fireEvent.click(screen.getByText('Bronnen en licentie'));
    expect(screen.getByText('Naar de brochure van het traject.')).toBeTruthy();
    expect(screen.getByText(/Licentie:/).textContent).toBe('Licentie: CC BY 4.0');
  });

  it('speaks English when the app does, the course texts stay as written', async () => {
    await i18next.changeLanguage('en');
    render(<CourseCover course={course} />);
    expect(screen.getByText('Study time: about 10 hours')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How the course is built' })).toBeTruthy();
  });
});
