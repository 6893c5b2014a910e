import type { AppErrorData } from '../../electron/core/contract';
import { errorData } from './components/ErrorNotice';

/** Fired when core says lecturer mode is closed (10 idle minutes): the app drops its token and asks the PIN. */
export const TEACHER_EXPIRED = 'leerpad:teacher-expired';

/** errorData for calls made in lecturer mode. */
export function lecturerError(e: unknown): AppErrorData {
  const data = errorData(e);
  if (data.code === 'TEACHER_REQUIRED') window.dispatchEvent(new Event(TEACHER_EXPIRED));
  return data;
}
