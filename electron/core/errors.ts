import type { AppErrorData, ErrorCode, MessageParams } from './contract';

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly params?: MessageParams;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.code = data.code;
    this.hint = data.hint;
    this.params = data.params;
    this.file = data.file;
    this.line = data.line;
    this.column = data.column;
  }

  toData(): AppErrorData {
    const { code, message, hint, params, file, line, column } = this;
    return Object.fromEntries(
      Object.entries({ code, message, hint, params, file, line, column }).filter(([, v]) => v !== undefined),
    ) as unknown as AppErrorData;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns anything thrown into envelope data without leaking a stack trace to the caller. */
export function toErrorData(e: unknown): AppErrorData {
  if (isAppError(e)) return e.toData();
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Leerpad.',
    hint: 'Try again. If it keeps happening, restart Leerpad; your saved work is kept in the database.',
  };
}
