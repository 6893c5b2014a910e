import { describe, expect, it } from 'vitest';
import { request, startHarness as start } from '../../../helpers/harness-server';
import { tempDir } from '../../../helpers/temp';

describe('web harness server', () => {
  it('binds to loopback only', async () => {
    const { origin } = await start();
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers POST /rpc/<name> with the envelope', async () => {
    const { origin } = await start();
    const res = await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(true);
    expect(body.data).toMatchObject({ name: 'Leerpad', version: '9.9.9', host: 'web' });
  });

  it('accepts a form-encoded body like `curl -d {}` sends', async () => {
    const { origin } = await start();
    const res = await request(`${origin}/rpc/learner/list`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: [] });
  });

  it('answers a bad body with 400 and an error, never a stack trace', async () => {
    const { origin } = await start();
    const res = await request(`${origin}/rpc/course/list`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers arguments that break the contract with 400 and what is wrong', async () => {
    const { origin } = await start();
    const res = await request(`${origin}/rpc/learner/create`, { method: 'POST', body: JSON.stringify({ name: '' }) });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('name: name is empty');
    const extra = await request(`${origin}/rpc/course/list`, { method: 'POST', body: JSON.stringify({ x: 1 }) });
    expect(extra.status).toBe(400);
  });

  it('answers an unknown call with 404 UNKNOWN_CALL', async () => {
    const { origin } = await start();
    const res = await request(`${origin}/rpc/learner/hack`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error.code).toBe('UNKNOWN_CALL');
  });

  it('answers a duplicate profile name with 409', async () => {
    const { origin } = await start();
    await request(`${origin}/rpc/learner/create`, { method: 'POST', body: JSON.stringify({ name: 'Lotte' }) });
    const res = await request(`${origin}/rpc/learner/create`, { method: 'POST', body: JSON.stringify({ name: 'lotte' }) });
    expect(res.status).toBe(409);
  });

  it('refuses calls from another site and requests for another host name', async () => {
    const { origin } = await start();
    const foreign = await request(`${origin}/rpc/learner/list`, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(400);
    const rebound = await request(`${origin}/`, { headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and refuses paths out of its folder', async () => {
    const { origin } = await start();
    const page = await request(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(`${origin}/assets/app.js`)).headers['content-type']).toContain('javascript');
    for (const evil of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/..%5c..%5cetc%5cpasswd']) {
      const res = await request(`${origin}${evil}`);
      expect(res.status, evil).toBe(404);
    }
  });

  it('only accepts POST for calls', async () => {
    const { origin } = await start();
    expect((await request(`${origin}/rpc/app/info`)).status).toBe(405);
  });

  it('keeps every learner across a restart on the same data folder', async () => {
    const dataDir = tempDir();
    const a = await start({ dataDir });
    await request(`${a.origin}/rpc/learner/create`, { method: 'POST', body: JSON.stringify({ name: 'Ilias' }) });
    await a.close();
    const b = await start({ dataDir });
    const res = JSON.parse((await request(`${b.origin}/rpc/learner/list`, { method: 'POST', body: '{}' })).body);
    expect(res.data.map((l: { name: string }) => l.name)).toEqual(['Ilias']);
  });
});
