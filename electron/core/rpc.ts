import type { z } from 'zod';
import { callArgs, isCallName, type AppErrorData, type Envelope } from './contract';
import { AppError, toErrorData } from './errors';
import type { CallContext, Handlers } from './handlers';

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : 'arguments'}: ${i.message}`)
    .join('; ');
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
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_CALL',
        message: `There is no call named '${name}'.`,
        hint: 'Check the name against electron/core/contract/calls.ts.',
        params: { name },
      },
    };
  }
  const parsed = callArgs[name].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: `Invalid arguments for '${name}': ${describeZodError(parsed.error)}.`,
        hint: 'Send a JSON object with the fields the contract lists for this call.',
        params: { name },
      },
    };
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
      return 400;
    case 'PIN_REQUIRED':
    case 'PIN_WRONG':
    case 'SESSION_REQUIRED':
      return 401;
    case 'PIN_LOCKED':
      return 429;
    case 'NOT_FOUND':
    case 'UNKNOWN_CALL':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'DB_BUSY':
      return 503;
    default:
      return 500;
  }
}
