// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeCourseState, encodeCourseState } from '../../../../../electron/shared/course-sco-state';
import { reflectionKey } from '../../../../../renderer/sco/state/storage';
import { flatCmi, lmsApi, MemoryStorage } from '../../../../helpers/renderer/sco/render';
import { courseFixture, moduleIdOf, titleOf } from '../../../../helpers/renderer/sco/course/course-fixture';
import { courseWith } from '../../../../helpers/renderer/sco/course/course-state';
import { closeCourse, launchCourse, stopCourses, storedCmi } from '../../../../helpers/renderer/sco/course/course-launch';

afterEach(() => {
  stopCourses();
  vi.restoreAllMocks();
});

const menu = () => screen.getByRole('list', { name: 'Alle modules' });
const moduleButton = (k: number) => within(menu()).getByRole('button', { name: titleOf(k) });
const statusOf = (k: number) => document.getElementById(moduleButton(k).getAttribute('aria-describedby')!)!.textContent;
const toc = () => screen.getByRole('navigation', { name: 'Onderdelen van deze module' });

describe.each(['scorm12', 'scorm2004'] as const)('a course SCO in %s', (edition) => {

  it('opens module 5 from the menu, and a learner who comes back is in module 5 at the same section', async () => {
    const pkg = courseFixture({ edition, reflections: 'lms' });
    const first = lmsApi(edition, edition === 'scorm12' ? { core: { student_id: 'student-7' } } : { learner_id: 'student-7' });
    const l1 = await launchCourse(pkg, { api: first });
    expect(screen.getByRole('heading', { level: 1, name: pkg.course.title })).toBeTruthy();
    expect(within(menu()).getAllByRole('button').map((b) => b.textContent)).toEqual([1, 2, 3, 4, 5, 6].map(titleOf));

    await act(async () => fireEvent.click(moduleButton(5)));
    const title = screen.getByRole('heading', { level: 1, name: titleOf(5) });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(/^module 5 van 6/)).toBeTruthy();
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Kijk naar je eigen praktijk/ })));
    const reflection = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(reflection, { target: { value: 'Noor liet de volle fles zinken.' } });
    await act(async () => fireEvent.blur(reflection));
    await closeCourse(l1);

    // Another browser: everything comes from the LMS.
    const second = lmsApi(edition, storedCmi(first));
    await launchCourse(pkg, { api: second, storage: new MemoryStorage() });
    expect(screen.getByRole('heading', { level: 1, name: titleOf(5) })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Kijk naar je eigen praktijk' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement).value).toBe('Noor liet de volle fles zinken.');
    expect(decodeCourseState(flatCmi(second)['cmi.suspend_data'])).toMatchObject({ m: 4, l: 4 });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Alle modules' })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: pkg.course.title }));
    expect(statusOf(5)).toMatch(/Bezig/);
    expect(statusOf(4)).toMatch(/Niet begonnen/);
    expect(screen.getByRole('button', { name: `Verder waar je was: ${titleOf(5)}` })).toBeTruthy();
  });

  it('writes to the LMS exactly what encodeCourseState makes of the state, stamped with the time it was saved', async () => {
    const pkg = courseFixture({ edition, reflections: 'lms' });
    const api = lmsApi(edition);
    const l = await launchCourse(pkg, { api });
    await act(async () => fireEvent.click(moduleButton(3)));
    await act(async () => void l.sco.session.flush());
    const written = flatCmi(api)['cmi.suspend_data']!;
    const decoded = decodeCourseState(written)!;
    expect(decoded.t).toEqual(expect.any(Number));
    expect(written).toBe(encodeCourseState({ ...l.sco.store.state, t: decoded.t }));
  });

  it('is stored by the LMS value for value when the whole course is done: status, score, interactions, objectives', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pkg = courseFixture({ edition, reflections: 'lms' });
    const api = lmsApi(edition);
    const l = await launchCourse(pkg, { api });
    const done = courseWith(pkg, { 1: 'right', 2: 'right', 3: 'right', 4: 'wrong', 5: 'right', 6: 'right' });
    await act(async () => l.sco.store.update(() => done));
    await act(async () => void l.sco.session.flush());
    // Status and score may go in separate commits (1.2, Moodle's order): flush until nothing is left.
    await act(async () => void l.sco.session.flush());
    const cmi = flatCmi(api);
    if (edition === 'scorm12') {
      expect([cmi['cmi.core.lesson_status'], cmi['cmi.core.score.raw']]).toEqual(['failed', '80']);
    } else {
      expect([cmi['cmi.completion_status'], cmi['cmi.success_status'], cmi['cmi.score.raw']]).toEqual(['completed', 'failed', '80']);
    }
    // Five modules with five questions and a reflection, one with a reflection only: up to module 6's last
    // question (31 records, its reflection is not written yet). Two levers and six modules.
    expect(Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k))).toHaveLength(30);
    expect(cmi['cmi.interactions.29.id']).toBe('q-onderzoeken6-waterbak');
    expect(Object.keys(cmi).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k))).toHaveLength(8);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the module menu', () => {
  it('shows every module with its status and quiz result as text, and the course score with how it is made', async () => {
    const pkg = courseFixture({ edition: 'scorm2004' });
    const state = courseWith(pkg, { 1: 'right', 3: 'wrong' });
    await launchCourse(pkg, { api: lmsApi('scorm2004', { suspend_data: encodeCourseState({ ...state, m: -1 }) }) });
    expect(statusOf(1)).toBe('✓ Afgewerkt · toets: 100 % (geslaagd)');
    expect(statusOf(3)).toBe('! Toets nog niet geslaagd · toets: 0 %');
    expect(statusOf(2)).toBe('○ Niet begonnen');
    expect(screen.getByText('1 van 6 modules afgewerkt')).toBeTruthy();
    // (100 + 0 + 0 + 0 + 0) / 5 scored modules.
    expect(screen.getByText('Je score voor deze cursus: 20 %.')).toBeTruthy();
    expect(screen.getByText(/Je score voor deze cursus is het gemiddelde van de toetsen van alle modules/)).toBeTruthy();
  });

  it('opens on a first visit, without a way back to a module yet', async () => {
    await launchCourse(courseFixture(), { api: lmsApi('scorm2004') });
    expect(menu()).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Verder waar je was/ })).toBeNull();
    expect(screen.getByText('Je hebt nog geen toets afgerond.')).toBeTruthy();
  });

  it('is skipped when the LMS holds only a bookmark: the learner is in that module and section', async () => {
    const pkg = courseFixture({ edition: 'scorm12' });
    await launchCourse(pkg, { api: lmsApi('scorm12', { core: { lesson_location: `${moduleIdOf(4)}/onderzoeken4-test` } }) });
    expect(screen.getByRole('heading', { level: 1, name: titleOf(4) })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Test jezelf' })).toBeTruthy();
  });
});

describe('leaving a module for the menu', () => {
  it('keeps the words typed just before, without waiting for the pause that saves them', async () => {
    const pkg = courseFixture({ edition: 'scorm2004', reflections: 'lms' });
    const l = await launchCourse(pkg, { api: lmsApi('scorm2004') });
    await act(async () => fireEvent.click(moduleButton(1)));
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Kijk naar je eigen praktijk/ })));
    fireEvent.change(screen.getByRole('textbox', { name: /Denk aan een moment/ }), { target: { value: 'Net getypt.' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Alle modules' })));
    expect(l.sco.store.state.s[moduleIdOf(1)]!.r['r-onderzoeken1-praktijk']).toBe('Net getypt.');
    expect(statusOf(1)).toMatch(/Bezig/);
  });
});

describe('a course SCO without an LMS (the package opened as a plain page)', () => {
  it('keeps the whole course in this browser and is back in the same module and section next time', async () => {
    const pkg = courseFixture({ edition: 'scorm2004' });
    const storage = new MemoryStorage();
    const l1 = await launchCourse(pkg, { api: null, storage });
    await act(async () => fireEvent.click(moduleButton(6)));
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Test jezelf/ })));
    await closeCourse(l1);

    await launchCourse(pkg, { api: null, storage });
    expect(screen.getByRole('heading', { level: 1, name: titleOf(6) })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Test jezelf' })).toBeTruthy();
    expect(screen.getByText(/Geen leerplatform gevonden/)).toBeTruthy();
  });
});

describe('private reflections in a course SCO', () => {
  it("stay in the browser under the module's own id, as in that module's own package", async () => {
    const pkg = courseFixture({ edition: 'scorm2004', reflections: 'private' });
    const api = lmsApi('scorm2004', { learner_id: 'student-7' });
    const l = await launchCourse(pkg, { api });
    await act(async () => fireEvent.click(moduleButton(2)));
    await act(async () => fireEvent.click(within(toc()).getByRole('button', { name: /Kijk naar je eigen praktijk/ })));
    const field = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(field, { target: { value: 'Alleen voor mij, en lang genoeg om als reflectie mee te tellen.' } });
    await act(async () => fireEvent.blur(field));
    await act(async () => void l.sco.session.flush());
    const key = reflectionKey({ learnerId: 'student-7', courseId: pkg.course.id, moduleId: moduleIdOf(2) }, 'r-onderzoeken2-praktijk');
    expect(l.storage.getItem(key)).toBe('Alleen voor mij, en lang genoeg om als reflectie mee te tellen.');
    expect(flatCmi(api)['cmi.suspend_data']).toContain('"r-onderzoeken2-praktijk":1');
    expect(JSON.stringify(flatCmi(api))).not.toContain('Alleen voor mij');
  });
});
