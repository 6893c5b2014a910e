import { useEffect } from 'react';
import type { AppErrorData } from '../../electron/core/contract';
import { errorData } from './components/ErrorNotice';
import { ACTIVITY } from './idle';

/** Fired when core says lecturer mode is closed (10 idle minutes): the app drops its token and asks the PIN. */
export const TEACHER_EXPIRED = 'leerpad:teacher-expired';

/** errorData for calls made in lecturer mode. */
export function lecturerError(e: unknown): AppErrorData {
  const data = errorData(e);
  if (data.code === 'TEACHER_REQUIRED') window.dispatchEvent(new Event(TEACHER_EXPIRED));
  return data;
}

/**
 * Closes lecturer mode in the window after the same idle time core allows its token, so a teacher
 * who walks away does not leave the profile tools on screen for the next learner.
 */
export function useLecturerTimeout(teacher: string | null, seconds: number, onExpired: () => void) {
  useEffect(() => {
    if (!teacher) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(onExpired, seconds * 1000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    restart();
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [teacher, seconds, onExpired]);
}
