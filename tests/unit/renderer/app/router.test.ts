import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../../../renderer/app/router';

describe('hash routes', () => {
  const routes: Route[] = [
    { name: 'library' },
    { name: 'profiles' },
    { name: 'export' },
    { name: 'lecturer' },
    { name: 'course', courseId: 'kkgk' },
    { name: 'dashboard', courseId: 'kkgk' },
    { name: 'play', courseId: 'kkgk', moduleId: '05-spelen' },
    { name: 'play', courseId: 'kkgk', moduleId: '05-spelen', start: 'quiz' },
    { name: 'play', courseId: 'een cursus/met #tekens', moduleId: 'módule?' },
    { name: 'package', packageId: 'golf-explained-1a2b3c4d' },
    // Manifest item ids are loose (LMSs accept dots, slashes, spaces): each survives the round trip.
    { name: 'package', packageId: 'golf-explained-1a2b3c4d', itemId: 'item_1.2/a b#c' },
    { name: 'trainings' },
    { name: 'training-new' },
    { name: 'training', trainingId: 'tr-1' },
    { name: 'training-edit', trainingId: 'tr-1' },
    { name: 'training-present', trainingId: 'tr-1' },
    { name: 'training-present', trainingId: 'tr 1/#x', moduleId: 'hefboom-onderzoeken' },
    { name: 'training-notes', trainingId: 'tr-1' },
  ];
  for (const route of routes) {
    it(`reads back what it writes: ${href(route)}`, () => {
      expect(parseRoute(href(route))).toEqual(route);
    });
  }

  it('opens a module at its quiz only for the word "quiz"; anything else opens it as usual', () => {
    expect(parseRoute('#/play/kkgk/05-spelen/elders')).toEqual({ name: 'play', courseId: 'kkgk', moduleId: '05-spelen' });
  });

  it('sends an unknown or incomplete route to the library', () => {
    expect(parseRoute('#/play/kkgk')).toEqual({ name: 'library' });
    expect(parseRoute('#/nergens')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'library' });
  });
});
