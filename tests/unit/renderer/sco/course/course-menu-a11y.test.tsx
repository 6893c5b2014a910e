// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeCourseState } from '../../../../../electron/shared/course-sco-state';
import { lmsApi } from '../../../../helpers/renderer/sco/render';
import { courseFixture, titleOf } from '../../../../helpers/renderer/sco/course/course-fixture';
import { courseWith } from '../../../../helpers/renderer/sco/course/course-state';
import { launchCourse, stopCourses } from '../../../../helpers/renderer/sco/course/course-launch';

afterEach(stopCourses);

/**
 * axe-core on the page. Contrast needs real layout and colours, which the e2e run in Chromium checks
 * (tests/e2e/axe.ts); happy-dom has no UA stylesheet, so the `hidden` print copy would count as shown.
 */
async function violations(): Promise<string[]> {
  const context = { include: [document.documentElement], exclude: [['.print-only']] };
  const result = await axe.run(context as axe.ElementContext, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

describe('the course menu for keyboard and screen-reader users', () => {
  it('passes axe on the menu and inside a module, and titles the page after where the learner is', async () => {
    const pkg = courseFixture();
    const state = courseWith(pkg, { 1: 'right', 3: 'wrong' });
    await launchCourse(pkg, { api: lmsApi('scorm2004', { suspend_data: encodeCourseState({ ...state, m: -1 }) }) });
    expect(document.title).toBe(pkg.course.title);
    expect(await violations()).toEqual([]);

    await act(async () => fireEvent.click(within(screen.getByRole('list', { name: 'Alle modules' })).getByRole('button', { name: titleOf(3) })));
    expect(document.title).toBe(`${titleOf(3)} · ${pkg.course.title}`);
    expect(await violations()).toEqual([]);
  });

  it('gives every module a button named by its title, described by its status, in course order', async () => {
    await launchCourse(courseFixture(), { api: lmsApi('scorm2004') });
    const buttons = within(screen.getByRole('list', { name: 'Alle modules' })).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('type'), document.getElementById(b.getAttribute('aria-describedby')!)?.textContent])).toEqual(
      [1, 2, 3, 4, 5, 6].map((k) => [titleOf(k), 'button', '○ Niet begonnen']),
    );
  });

  it('speaks English when the app asks for it, while the course content keeps its own language', async () => {
    const pkg = courseFixture();
    await launchCourse(pkg, { api: lmsApi('scorm2004'), language: 'en' });
    const list = screen.getByRole('list', { name: 'All modules' });
    expect(within(list).getByRole('button', { name: titleOf(1) }).querySelector('[lang="nl-BE"]')).toBeTruthy();
    expect(screen.getByText('0 of 6 modules finished')).toBeTruthy();
    await act(async () => fireEvent.click(within(list).getByRole('button', { name: titleOf(1) })));
    expect(screen.getByRole('button', { name: 'All modules' })).toBeTruthy();
  });
});
