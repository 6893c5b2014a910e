import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callNames, type Envelope } from '../../electron/core/contract';
import { createHandlers, type Handlers } from '../../electron/core/app/handlers';
import { openCore } from '../../electron/core/app/services';
import { tempDir } from '../helpers/temp';
import { electronMock } from '../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { invokeHandler } = await import('../../electron/main/ipc');

const coursesDir = path.resolve(__dirname, '../fixtures/courses/valid');
const SESSION = 's'.repeat(16);
const fromApp = { senderFrame: { parent: null, url: 'app://leerpad/index.html' } };
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

/** Real handlers over a temp database, each wrapped in a spy so a test can see whether one ran. */
function spiedHandlers() {
  const core = openCore({ dataDir: tempDir(), coursesDirs: [coursesDir], host: 'electron', version: '9.9.9' });
  closers.push(() => core.close());
  const real = createHandlers(core) as unknown as Record<string, (...a: unknown[]) => unknown>;
  const spied = Object.fromEntries(Object.entries(real).map(([k, fn]) => [k, vi.fn(fn)]));
  return spied as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
}

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
}

const throwing = new Proxy(
  {},
  {
    get: () => {
      throw new Error('trap');
    },
    ownKeys: () => {
      throw new Error('trap');
    },
    getPrototypeOf: () => {
      throw new Error('trap');
    },
  },
);

/** What a compromised or buggy renderer could hand to ipcRenderer.invoke (structured clone keeps most of it). */
const hostileArgs: [string, unknown][] = [
  ['nesting 100 000 deep', nested(100_000)],
  ['a Map', new Map([['name', 'Lotte']])],
  ['a Set', new Set([1])],
  ['a Date', new Date()],
  ['a BigInt', 10n],
  ['a cycle', cyclic()],
  ['a typed array', new Uint8Array(16)],
  ['a million array items', Array(1_000_000).fill('x')],
  ['a sparse array', [, , 1]], // eslint-disable-line no-sparse-arrays
  ['a null-prototype object with an unknown key', Object.assign(Object.create(null) as object, { constructor: 'x' })],
  ['a getter that throws', Object.defineProperty({}, 'name', { enumerable: true, get: () => { throw new Error('getter'); } })],
  ['a Proxy whose every trap throws', throwing],
  ['a commit with a cyclic CMI', { session: SESSION, attemptId: 1, launchId: 'l', seq: 1, cmi: cyclic() }],
  ['a commit with a CMI 50 000 deep', { session: SESSION, attemptId: 1, launchId: 'l', seq: 1, cmi: { cmi: nested(50_000) } }],
  ['a commit with a Map in the CMI', { session: SESSION, attemptId: 1, launchId: 'l', seq: 1, cmi: { cmi: new Map() } }],
  ['a commit with NaN in the CMI', { session: SESSION, attemptId: 1, launchId: 'l', seq: 1, cmi: { score: NaN } }],
];

function expectRefusal(res: Envelope<unknown>, what: string) {
  expect(res.ok, what).toBe(false);
  if (res.ok) return;
  expect(['BAD_REQUEST', 'UNKNOWN_CALL'], `${what}: ${res.error.code} ${res.error.message}`).toContain(res.error.code);
  expect(() => JSON.stringify(res), what).not.toThrow();
  expect(res.error.message.length, what).toBeLessThan(4000);
}

describe('IPC: hostile calls get an envelope, never a throw (issue 8, section 1)', () => {
  it.each([
    ['an SCO frame inside the app', { senderFrame: { parent: {}, url: 'app://leerpad/sco/m/index.html' } }],
    ['the SCO content origin', { senderFrame: { parent: null, url: 'app://content/host.html' } }],
    ['a look-alike host', { senderFrame: { parent: null, url: 'app://leerpad.evil.example/index.html' } }],
    ['a remote page', { senderFrame: { parent: null, url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { parent: null, url: 'file:///etc/passwd' } }],
    ['a frame that is gone', { senderFrame: null }],
    ['a disposed frame whose url throws', { senderFrame: { parent: null, get url(): string { throw new Error('Render frame was disposed'); } } }],
    ['no event at all', null],
  ])('refuses a call from %s without running a handler', async (_what, event) => {
    const handlers = spiedHandlers();
    const res = await invokeHandler(handlers, () => undefined)(event as never, 'learner/list', {});
    expectRefusal(res, _what);
    expect(handlers['learner/list']).not.toHaveBeenCalled();
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object that stringifies to a call', { toString: () => 'learner/list' }],
    ['an array', ['learner/list']],
    ['a prototype key', '__proto__'],
    ['an Object.prototype method', 'hasOwnProperty'],
    ['a megabyte of name', 'x'.repeat(1_000_000)],
  ])('refuses %s as call name', async (what, name) => {
    const res = await invokeHandler(spiedHandlers(), () => undefined)(fromApp as never, name, {});
    expectRefusal(res, what);
  });

  it('refuses every hostile argument to every call with an envelope, and a normal call still works', async () => {
    const handlers = spiedHandlers();
    const invoke = invokeHandler(handlers, () => undefined);
    for (const name of Object.keys(handlers)) {
      for (const [what, args] of hostileArgs) {
        const res = await invoke(fromApp as never, name, args);
        expectRefusal(res, `${name} with ${what}`);
      }
    }
    for (const [name, spy] of Object.entries(handlers)) expect(spy, name).not.toHaveBeenCalled();
    expect(await invoke(fromApp as never, 'learner/list', {})).toEqual({ ok: true, data: [] });
  });

  it('answers any name and any arguments fast-check can build with an envelope that survives the trip back', async () => {
    const invoke = invokeHandler(spiedHandlers(), () => undefined);
    const names = fc.oneof(fc.constantFrom(...callNames), fc.string(), fc.anything());
    const args = fc.anything({ withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true, withNullPrototype: true });
    await fc.assert(
      fc.asyncProperty(names, args, async (name, value) => {
        const res = await invoke(fromApp as never, name, value);
        expect(() => JSON.stringify(res)).not.toThrow();
        if (!res.ok) expect(res.error.code).not.toBe('INTERNAL');
      }),
      { numRuns: 300 },
    );
  });

  it('answers INTERNAL, and logs, when a handler fails unexpectedly', async () => {
    const log = vi.fn();
    const handlers = {
      ...spiedHandlers(),
      'learner/list': () => {
        throw new TypeError('database exploded');
      },
    } as unknown as Handlers;
    const res = await invokeHandler(handlers, log)(fromApp as never, 'learner/list', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res)).not.toContain('exploded');
    expect(log).toHaveBeenCalled();
  });
});
