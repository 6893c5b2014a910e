import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { cmi2004 } from '../helpers/course-factory';
import { ROOT, startApp, tempDataDir } from './harness';

const MINI_COURSES = path.join(ROOT, 'tests', 'fixtures', 'courses', 'valid');

describe('the portfolio PDF through the web harness', () => {
  it('prints the signed-in learner\'s portfolio with Chromium and serves it for download', async () => {
    const app = await startApp(tempDataDir(), [MINI_COURSES]);
    const rpc = async <T>(name: string, args: unknown): Promise<T> => {
      const res = await fetch(`${app.url}rpc/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
      const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.data;
    };
    try {
      const { session } = await rpc<{ session: string }>('learner/create', { name: 'Noor' });
      const launch = await rpc<{ attemptId: number; launchId: string; commitSeq: number }>('player/launch', { session, courseId: 'mini', moduleId: 'start' });
      const state = emptyState(app.core.catalog.open('mini').modules[0]!);
      state.r['r-start'] = 'Wat ik over de kring schreef, in de browser bewaard.';
      await rpc('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi: cmi2004({ suspend: encodeState(state) }) });

      const made = await rpc<{ downloadUrl: string; fileName: string }>('portfolio/export', { session, courseId: 'mini', format: 'pdf', exclude: [] });
      expect(made.downloadUrl).toBe(`./exports/${encodeURIComponent(made.fileName)}`);
      const res = await fetch(new URL(made.downloadUrl, app.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain('attachment');
      const file = path.join(tempDataDir(), made.fileName);
      fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Wat ik over de kring schreef, in de browser bewaard.');
    } finally {
      await app.close();
    }
  });
});
