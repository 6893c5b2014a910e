import type { z } from 'zod';
import { callArgs, isCallName, type AppErrorData, type Envelope } from '../contract';
import { AppError, toErrorData } from '../errors';
import type { CallContext, Handlers } from '../app/handlers';

/** Over IPC a structured clone can carry a Map, Date or typed array, which zod's object check lets through. */
function isPlainObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Bounded: a body with a million unknown keys must not come back as a message a million keys long.
 * What the caller sent wrong comes before what they left out: that is usually the mistake.
 */
function describeZodError(error: z.ZodError, args: object): string {
  const sent = (i: z.core.$ZodIssue) => typeof i.path[0] === 'string' && Object.prototype.hasOwnProperty.call(args, i.path[0]);
  const shown = [...error.issues.filter(sent), ...error.issues.filter((i) => !sent(i))]
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.').slice(0, 100) : 'arguments'}: ${i.message.slice(0, 300)}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * The one entry point every transport uses: checks the call name, validates the arguments
 * against the contract's schema, runs the handler and wraps the outcome in the envelope.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawArgs: unknown,
  ctx: CallContext,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) {
    const shown = name.slice(0, 100);
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_CALL',
        message: `There is no call named '${shown}'.`,
        hint: 'Check the name against electron/core/contract/calls.ts.',
        params: { name: shown },
      },
    };
  }
  let parsed: ReturnType<(typeof callArgs)[typeof name]['safeParse']>;
  try {
    const args = rawArgs ?? {};
    if (!isPlainObject(args)) {
      return {
        ok: false,
        error: {
          code: 'BAD_REQUEST',
          message: `The arguments for '${name}' must be a JSON object.`,
          hint: 'Send a JSON object with the fields the contract lists for this call, e.g. {}.',
          params: { name },
        },
      };
    }
    parsed = callArgs[name].safeParse(args);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'BAD_REQUEST',
          message: `Invalid arguments for '${name}': ${describeZodError(parsed.error, args)}.`,
          hint: 'Send a JSON object with the fields the contract lists for this call.',
          params: { name },
        },
      };
    }
  } catch (e) {
    // A schema must not throw, but a hostile value (a throwing getter, a Proxy) handed to dispatch in
    // process could make it: that is a bad request, not a crash.
    log(`Arguments for '${name}' could not be checked`, e);
    return { ok: false, error: { code: 'BAD_REQUEST', message: `The arguments for '${name}' could not be read.`, params: { name } } };
  }
  try {
    const handler = handlers[name] as (args: unknown, ctx: CallContext) => unknown;
    const data = await handler(parsed.data, ctx);
    return { ok: true, data };
  } catch (e) {
    if (!(e instanceof AppError)) log(`Call '${name}' failed`, e);
    return { ok: false, error: toErrorData(e) };
  }
}

export function httpStatusFor(error: AppErrorData): number {
  switch (error.code) {
    case 'BAD_REQUEST':
    case 'COURSE_INVALID':
    case 'PACKAGE_INVALID':
    case 'EXPORT_REFUSED':
    case 'BACKUP_REFUSED':
    case 'LEARNER_FILE_REFUSED':
      return 400;
    case 'PIN_REQUIRED':
    case 'PIN_WRONG':
    case 'SESSION_REQUIRED':
    case 'TEACHER_REQUIRED':
      return 401;
    case 'PIN_LOCKED':
    case 'BUSY':
      return 429;
    case 'NOT_FOUND':
    case 'UNKNOWN_CALL':
      return 404;
    case 'CONFLICT':
    case 'TEACHER_PIN_NOT_SET':
      return 409;
    case 'DB_BUSY':
      return 503;
    // Start-up refusals (the folder is another instance's, or cannot be written); no transport is up yet in practice.
    case 'DATA_DIR_LOCKED':
      return 423;
    case 'DATA_DIR_READ_ONLY':
      return 507;
    default:
      return 500;
  }
}
