import { act } from '@testing-library/react';
import type { CourseScoPackage } from '../../../../../electron/core/contract/sco';
import type { ChromeLanguage } from '../../../../../renderer/sco/i18n';
import { startCourseSco, type RunningCourseSco } from '../../../../../renderer/sco/boot/start-sco';
import { lmsFrame, MemoryStorage, type Api12, type Api2004 } from '../render';

export interface CourseLaunch {
  sco: RunningCourseSco;
  storage: MemoryStorage;
  container: HTMLElement;
}

const running: CourseLaunch[] = [];

/** A course SCO in an LMS frame (or without an LMS), stopped by stopCourses after the test. */
export async function launchCourse(pkg: CourseScoPackage, options: { api?: Api12 | Api2004 | null; storage?: MemoryStorage; language?: ChromeLanguage } = {}): Promise<CourseLaunch> {
  const storage = options.storage ?? new MemoryStorage();
  const container = document.createElement('div');
  document.body.append(container);
  let sco!: RunningCourseSco;
  await act(async () => {
    sco = startCourseSco({ pkg, language: options.language ?? 'nl-BE', container, apiHost: lmsFrame(options.api ?? null, pkg.edition), storage, commitDelay: 10_000 });
  });
  const launched = { sco, storage, container };
  running.push(launched);
  return launched;
}

/** What a page close does: pagehide commits and terminates. */
export async function closeCourse(l: CourseLaunch): Promise<void> {
  await act(async () => {
    window.dispatchEvent(new Event('pagehide'));
  });
  running.splice(running.indexOf(l), 1);
  l.sco.stop();
  l.container.remove();
}

export function stopCourses(): void {
  for (const l of running.splice(0)) {
    l.sco.stop();
    l.container.remove();
  }
}

/** What the LMS stored: the CMI scorm-again would send to its server, to load into the next session's API. */
export function storedCmi(api: Api12 | Api2004): object {
  return (api.renderCommitCMI(true) as { cmi: object }).cmi;
}
