import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { callArgs, callNames } from '../../electron/core/contract';
import { AppError } from '../../electron/core/errors';
import { isEnvelope, rawRequest, request, startHarness, type HttpAnswer } from '../helpers/harness-server';

/** Every answer a malformed request may get: a refusal, never a reset connection or a dead process. */
const REFUSALS = [400, 401, 403, 404, 405, 409, 413, 429, 500, 503];
const SESSION = 's'.repeat(16);

function nested(depth: number, leaf = '1'): string {
  return '['.repeat(depth) + leaf + ']'.repeat(depth);
}

function expectRefusedEnvelope(res: HttpAnswer, what: string) {
  expect(REFUSALS, `${what}: status ${res.status}`).toContain(res.status);
  expect(isEnvelope(res.body), `${what}: ${res.body.slice(0, 200)}`).toBe(true);
  expect(JSON.parse(res.body).ok, what).toBe(false);
}

async function expectStillServing(origin: string) {
  const res = await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{}' });
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { name: 'Leerpad' } });
}

const raw = (port: number, target: string, method = 'GET', body = '') =>
  rawRequest(
    port,
    `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );

describe('a malformed request never ends the web harness (issue 8, section 1)', () => {
  it('answers a call name with bad percent-encoding (/rpc/%E0%A4%A) with a 400 envelope', async () => {
    const { origin, port } = await startHarness();
    const res = await raw(port, '/rpc/%E0%A4%A', 'POST', '{}');
    expectRefusedEnvelope(res, '/rpc/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('percent-encoding');
    await expectStillServing(origin);
  });

  it.each(
    ['//[', '//[/rpc/app/info', '*', 'http://127.0.0.1/', '/%', '/rpc/%', '/%00', '/..%2f..%2fetc%2fpasswd', '/a…(8000)'].map((t) => [
      t,
      t.replace('/a…(8000)', `/${'a'.repeat(8000)}`),
    ]),
  )(
    'answers the request target %s and keeps serving',
    async (_label, target) => {
      const { origin, port } = await startHarness();
      const res = await raw(port, target);
      expect(REFUSALS).toContain(res.status);
      await expectStillServing(origin);
    },
  );

  it('answers a request line of garbage and a request without Host', async () => {
    const { origin, port } = await startHarness();
    expect((await rawRequest(port, 'HELLO THERE\r\n\r\n')).status).toBe(400);
    expect((await rawRequest(port, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n')).status).toBe(400);
    expect((await rawRequest(port, 'GET / HTTP/1.0\r\n\r\n')).status).toBe(403);
    await expectStillServing(origin);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('answers %s on a call with 405 and the envelope', async (method) => {
    const { origin, port } = await startHarness();
    const res = await raw(port, '/rpc/app/info', method);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expectRefusedEnvelope(res, method);
    await expectStillServing(origin);
  });

  it('answers a CMI nested 50 000 levels deep with 400 saying it is nested too deep', async () => {
    const { origin } = await startHarness();
    const body = `{"session":"${SESSION}","attemptId":1,"launchId":"l","seq":1,"cmi":{"cmi":${nested(50_000)}}}`;
    const res = await request(`${origin}/rpc/progress/commit`, { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('nested deeper than');
    await expectStillServing(origin);
  });

  it('answers deep nesting in any argument of any call', async () => {
    const { origin } = await startHarness();
    for (const name of callNames) {
      const res = await request(`${origin}/rpc/${name}`, { method: 'POST', body: `{"x":${nested(100_000)}}` });
      expectRefusedEnvelope(res, name);
      const top = await request(`${origin}/rpc/${name}`, { method: 'POST', body: nested(100_000) });
      expectRefusedEnvelope(top, name);
    }
    await expectStillServing(origin);
  });

  it('answers huge strings, huge arrays and a million keys with a short 400', async () => {
    const { origin } = await startHarness();
    const bodies = {
      'a 7 MB name': JSON.stringify({ name: 'x'.repeat(7_000_000) }),
      'a million module ids': JSON.stringify({ courseId: 'c', edition: 'scorm12', reflections: 'private', lms: 'generic', modules: Array(1_000_000).fill('m') }),
      'a million keys': `{${Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":0`).join(',').slice(0, 7_900_000).replace(/,[^,]*$/, '')}}`,
      'a CMI of a million values': `{"session":"${SESSION}","attemptId":1,"launchId":"l","seq":1,"cmi":{"a":[${Array(1_000_000).fill(0).join(',')}]}}`,
    };
    for (const [what, body] of Object.entries(bodies)) {
      const name = what.includes('module') ? 'scorm/export' : what.includes('CMI') ? 'progress/commit' : 'learner/create';
      const res = await request(`${origin}/rpc/${name}`, { method: 'POST', body });
      expectRefusedEnvelope(res, what);
      expect(res.status, what).toBe(400);
      expect(res.body.length, `${what}: the answer stays short`).toBeLessThan(4000);
    }
    await expectStillServing(origin);
  });

  it('answers a body over 8 MB with 413 and the PAYLOAD_TOO_LARGE envelope, not a reset', async () => {
    const { origin } = await startHarness();
    const res = await request(`${origin}/rpc/learner/create`, { method: 'POST', body: `{"name":"${'x'.repeat(9 * 1024 * 1024)}"}` });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    await expectStillServing(origin);
  });

  it('refuses a declared 1 GB body before it is sent when the client asks Expect: 100-continue', async () => {
    const { origin, port } = await startHarness();
    const res = await rawRequest(
      port,
      `POST /rpc/learner/create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 1073741824\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    await expectStillServing(origin);
  });

  it.each([
    ['a lone 0xff byte', Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
    ['an overlong encoding of /', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])],
    ['an encoded lone surrogate', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')])],
    ['UTF-16 text with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"name":"Lotte"}', 'utf16le')])],
  ])('answers a body with %s with 400 saying it is not UTF-8', async (_what, body) => {
    const { origin } = await startHarness();
    const res = await request(`${origin}/rpc/learner/create`, { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('not valid UTF-8');
    expect(JSON.parse((await request(`${origin}/rpc/learner/list`, { method: 'POST', body: '{}' })).body).data).toEqual([]);
  });

  it('answers a wrong type in every argument of every call with 400 naming the argument', async () => {
    const { origin } = await startHarness();
    const candidates: unknown[] = [null, 0, -1, 1.5, 'x', '', true, [], {}, [1], { a: 1 }];
    let tried = 0;
    for (const name of callNames) {
      const shape = (callArgs[name] as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
      for (const [key, field] of Object.entries(shape)) {
        for (const value of candidates.filter((v) => !field.safeParse(v).success)) {
          const res = await request(`${origin}/rpc/${name}`, { method: 'POST', body: JSON.stringify({ [key]: value }) });
          expectRefusedEnvelope(res, `${name} ${key}=${JSON.stringify(value)}`);
          expect(JSON.parse(res.body).error.code, `${name} ${key}`).toBe('BAD_REQUEST');
          expect(JSON.parse(res.body).error.message, `${name} ${key}`).toContain(key);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    await expectStillServing(origin);
  });

  it('answers 500 with the envelope and logs it when a handler fails unexpectedly or its answer cannot be sent', async () => {
    const log = vi.fn();
    const { origin } = await startHarness({
      log,
      handlers: (real) => ({
        ...real,
        'learner/list': () => {
          throw new TypeError('boom');
        },
        'app/info': (() => ({ big: 1n })) as unknown as typeof real['app/info'],
        'course/list': () => {
          throw new AppError({ code: 'DB_BUSY', message: 'busy' });
        },
      }),
      routes: (assets) =>
        assets.route('/boom/', () => {
          throw new Error('resolver failed');
        }),
    });
    for (const name of ['learner/list', 'app/info']) {
      const res = await request(`${origin}/rpc/${name}`, { method: 'POST', body: '{}' });
      expect(res.status, name).toBe(500);
      expect(JSON.parse(res.body), name).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(res.body, name).not.toContain('boom');
    }
    expect((await request(`${origin}/rpc/course/list`, { method: 'POST', body: '{}' })).status).toBe(503);
    const page = await request(`${origin}/boom/x`);
    expect(page.status).toBe(500);
    expect(log).toHaveBeenCalledTimes(3);
    expect((await request(`${origin}/rpc/settings/get`, { method: 'POST', body: '{}' })).status).toBe(200);
  });
});
