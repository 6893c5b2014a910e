import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNames, type Envelope } from '../../electron/core/contract';
import { createHandlers } from '../../electron/core/app/handlers';
import { dispatch } from '../../electron/core/transport/rpc';
import { openCore } from '../../electron/core/app/services';
import { isEnvelope, request, startHarness } from '../helpers/harness-server';
import { tempDir } from '../helpers/temp';

const coursesDir = path.resolve(__dirname, '../fixtures/courses/valid');
const SESSION = 's'.repeat(16);

/** Arrays or objects nested far past any limit, built in a loop (a recursive arbitrary would overflow first). */
const deeplyNested = fc.record({ depth: fc.integer({ min: 33, max: 60_000 }), asObject: fc.boolean() }).map(({ depth, asObject }) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = asObject ? { cmi: v } : [v];
  return v;
});

/** Hostile values: anything fast-check can build, JSON values, deep nesting, and near-valid commit arguments. */
const hostileArgs = fc.oneof(
  fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true }),
  fc.jsonValue(),
  fc.dictionary(fc.string(), fc.jsonValue()),
  deeplyNested,
  deeplyNested.map((cmi) => ({ session: SESSION, attemptId: 1, launchId: 'l', seq: 1, cmi: { cmi } })),
  fc.record({ session: fc.string(), attemptId: fc.integer(), seq: fc.integer(), cmi: fc.anything() }),
);

function expectEnvelope(env: Envelope<unknown>, what: string) {
  // The envelope must survive the trip over HTTP and IPC.
  expect(() => JSON.stringify(env), what).not.toThrow();
  if (env.ok) return;
  expect(typeof env.error.code, what).toBe('string');
  expect(typeof env.error.message, what).toBe('string');
  expect(env.error.message.length, `${what}: message stays short`).toBeLessThan(4000);
  // A hostile argument is the caller's mistake, never a failure inside Leerpad.
  expect(env.error.code, `${what}: ${env.error.message}`).not.toBe('INTERNAL');
}

describe('contract fuzzing: hostile arguments to every call (issue 8, section 1)', () => {
  it('dispatch never throws and always answers with an envelope, for every call', async () => {
    const core = openCore({ dataDir: tempDir(), coursesDirs: [coursesDir], host: 'web', version: '9.9.9' });
    const handlers = createHandlers(core);
    try {
      for (const name of callNames) {
        await fc.assert(
          fc.asyncProperty(hostileArgs, async (args) => {
            const env = await dispatch(handlers, name, args, { transport: 'ipc' }, () => undefined);
            expectEnvelope(env, name);
          }),
          { numRuns: 120 },
        );
      }
    } finally {
      core.close();
    }
  });

  it('the web harness answers arbitrary JSON bodies to every call with an envelope and a refusal status', async () => {
    const { origin } = await startHarness();
    for (const name of callNames) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (args) => {
          const res = await request(`${origin}/rpc/${name}`, { method: 'POST', body: JSON.stringify(args) });
          expect(isEnvelope(res.body), `${name}: ${res.body.slice(0, 200)}`).toBe(true);
          expect([200, 400, 401, 403, 404, 409, 413, 429, 503], name).toContain(res.status);
        }),
        { numRuns: 15 },
      );
    }
    const info = await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{}' });
    expect(info.status).toBe(200);
  });
});
