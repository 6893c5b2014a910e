import type { GuideFacts } from './facts';

/** One step of the guide before it has a language: a catalogue key and the values it is written with. */
export interface PlannedStep {
  key: string;
  params?: Record<string, string | number>;
}

export interface PlannedSection {
  heading: string;
  steps: PlannedStep[];
}

export const step = (key: string, params?: PlannedStep['params']): PlannedStep => ({ key, params });

export const scoredCount = (f: GuideFacts) => f.modules.filter((m) => m.scored).length;

/** A `package-per-module` zip is opened on the lecturer's computer; its inner zips are what the LMS gets. */
export function unpackSteps(f: GuideFacts, introKey: string): PlannedStep[] {
  return [
    step('common.unpack'),
    step(introKey),
    ...f.modules.map((m) => step('common.part', { part: m.file ?? m.id, title: m.title })),
  ];
}

export function studentSteps(f: GuideFacts): PlannedStep[] {
  if (f.packaging === 'course-sco') {
    return [step('common.student.courseMenu'), ...(scoredCount(f) > 0 ? [step('common.student.courseGrade')] : [])];
  }
  if (f.packaging === 'package-per-module') return [step('common.student.perModule')];
  return [];
}

export function followSteps(f: GuideFacts, lmsReflectionsKey = 'common.follow.reflections'): PlannedStep[] {
  return [step(f.reflections === 'lms' ? lmsReflectionsKey : 'common.follow.private')];
}
