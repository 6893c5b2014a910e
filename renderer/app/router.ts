import { useEffect, useState } from 'react';

/** Hash routes keep deep links working from app://, http and file-like URLs alike. */
export type Route =
  | { name: 'library' }
  | { name: 'profiles' }
  | { name: 'export' }
  | { name: 'lecturer' }
  /** The lecturer's report (issue 15): every profile × module. */
  | { name: 'reports' }
  | { name: 'course'; courseId: string }
  | { name: 'dashboard'; courseId: string }
  /** Mijn portfolio (issue 14): the learner's own reflections, ratings and results in one course, to export. */
  | { name: 'portfolio'; courseId: string }
  /** `start: 'quiz'`: straight to a new attempt at the module's quiz (the course page's "Toets opnieuw"). */
  | { name: 'play'; courseId: string; moduleId: string; start?: 'quiz' }
  /** Another's SCORM package; without `itemId` it opens where the learner left off. */
  | { name: 'package'; packageId: string; itemId?: string }
  /** A trainer's sessions (issue 15): list, new, one session, its edit form, the presenter view and its notes window. */
  | { name: 'trainings' }
  | { name: 'training-new' }
  | { name: 'training'; trainingId: string }
  | { name: 'training-edit'; trainingId: string }
  /** Without `moduleId` the presenter view opens at the session's first module. */
  | { name: 'training-present'; trainingId: string; moduleId?: string }
  | { name: 'training-notes'; trainingId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [name, a, b, c] = parts;
  if (name === 'profiles') return { name: 'profiles' };
  if (name === 'export') return { name: 'export' };
  if (name === 'lecturer') return { name: 'lecturer' };
  if (name === 'reports') return { name: 'reports' };
  if (name === 'course' && a) return { name: 'course', courseId: a };
  if (name === 'dashboard' && a) return { name: 'dashboard', courseId: a };
  if (name === 'portfolio' && a) return { name: 'portfolio', courseId: a };
  if (name === 'trainings') return a === 'new' ? { name: 'training-new' } : { name: 'trainings' };
  if (name === 'training' && a) {
    if (b === 'edit') return { name: 'training-edit', trainingId: a };
    if (b === 'notes') return { name: 'training-notes', trainingId: a };
    if (b === 'present') return c ? { name: 'training-present', trainingId: a, moduleId: c } : { name: 'training-present', trainingId: a };
    return { name: 'training', trainingId: a };
  }
  if (name === 'package' && a) return b ? { name: 'package', packageId: a, itemId: b } : { name: 'package', packageId: a };
  if (name === 'play' && a && b) return c === 'quiz' ? { name: 'play', courseId: a, moduleId: b, start: 'quiz' } : { name: 'play', courseId: a, moduleId: b };
  return { name: 'library' };
}

export function href(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'profiles':
      return '#/profiles';
    case 'library':
      return '#/library';
    case 'export':
      return '#/export';
    case 'lecturer':
      return '#/lecturer';
    case 'reports':
      return '#/reports';
    case 'course':
      return `#/course/${e(route.courseId)}`;
    case 'dashboard':
      return `#/dashboard/${e(route.courseId)}`;
    case 'portfolio':
      return `#/portfolio/${e(route.courseId)}`;
    case 'play':
      return `#/play/${e(route.courseId)}/${e(route.moduleId)}${route.start === 'quiz' ? '/quiz' : ''}`;
    case 'package':
      return `#/package/${e(route.packageId)}${route.itemId ? `/${e(route.itemId)}` : ''}`;
    case 'trainings':
      return '#/trainings';
    case 'training-new':
      return '#/trainings/new';
    case 'training':
      return `#/training/${e(route.trainingId)}`;
    case 'training-edit':
      return `#/training/${e(route.trainingId)}/edit`;
    case 'training-present':
      return `#/training/${e(route.trainingId)}/present${route.moduleId ? `/${e(route.moduleId)}` : ''}`;
    case 'training-notes':
      return `#/training/${e(route.trainingId)}/notes`;
  }
}

export function navigate(route: Route) {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
