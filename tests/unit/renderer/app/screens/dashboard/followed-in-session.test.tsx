// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, ModuleProgress } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { AllModules } from '../../../../../../renderer/app/screens/dashboard/AllModules';

function row(moduleId: string, title: string, followedInSession: ModuleProgress['followedInSession']): ModuleProgress {
  return {
    moduleId,
    title,
    levers: [],
    completion: 'not attempted',
    success: 'unknown',
    status: 'not-started',
    scorePercent: null,
    passPercent: null,
    timeSeconds: 0,
    updatedAt: null,
    attempts: 0,
    sectionIndex: null,
    sectionsTotal: 3,
    sectionTitle: null,
    questionsCorrect: 0,
    questionsTotal: 0,
    followedInSession,
  };
}

const data = {
  courseId: 'kkgk',
  modules: [row('hefboom-onderzoeken', 'Hefboom 1: onderzoeken', { title: 'Pedagogische studiedag', date: '2026-12-04' }), row('hefboom-expressie', 'Hefboom 2: expressie', null)],
} as Dashboard;

describe('"gevolgd in sessie" on the learner\'s own progress', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });
  afterEach(cleanup);

  it('shows the session beside the status, which still says what the learner did alone', async () => {
    await i18next.changeLanguage('nl-BE');
    render(<AllModules data={data} />);
    const [followed, other] = screen.getAllByRole('row').slice(1);
    expect(within(followed!).getByText('Niet begonnen')).toBeTruthy();
    expect(followed!.textContent).toContain('Gevolgd in sessie: Pedagogische studiedag (4 dec 2026)');
    expect(other!.textContent).not.toContain('Gevolgd in sessie');
  });

  it('says it in English too', async () => {
    await i18next.changeLanguage('en');
    render(<AllModules data={data} />);
    expect(screen.getByText('Followed in a session: Pedagogische studiedag (Dec 4, 2026)')).toBeTruthy();
  });
});
