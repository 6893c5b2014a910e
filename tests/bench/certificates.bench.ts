import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/core/app/handlers';
import { openCore } from '../../electron/core/app/services';
import type { CallArgs, CallName, CallResult } from '../../electron/core/contract';
import { createChromiumPrinter } from '../../electron/core/pdf/chromium-printer';
import { dispatch } from '../../electron/core/transport/rpc';
import { bench, median, timeAsync } from './stats';

const RUNS = 3;
const COURSES = path.resolve(__dirname, '../../courses');

/**
 * A session's certificates as the trainer exports them (Chromium printer, as the web harness and CLI have it):
 * 25 present participants beside a session of one, in the same run. Printed one by one, 25 would take about 25
 * times the one; the batch starts Chromium once.
 */
export async function benchCertificates() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-certificates-'));
  const core = openCore({ dataDir: dir, coursesDirs: [COURSES], host: 'web', version: 'bench', printPdf: createChromiumPrinter() });
  try {
    const handlers = createHandlers(core);
    async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
      const res = await dispatch(handlers, name, args, { transport: 'test' });
      if (!res.ok) throw new Error(res.error.message);
      return res.data as CallResult<K>;
    }
    const course = core.catalog.open('kleine-kinderen-grote-kansen');
    async function sessionOf(people: number) {
      const t = await call('training/create', {
        title: 'Pedagogische studiedag',
        date: '2026-12-04',
        place: 'Basisschool De Linde, Gent',
        trainer: 'Els Mertens',
        courseId: course.id,
        moduleIds: course.modules.slice(0, 4).map((m) => m.id),
        participants: Array.from({ length: people }, (_, i) => ({ name: `Deelnemer ${i + 1}` })),
      });
      for (const p of t.participants) await call('training/attendance', { id: t.id, participantId: p.id, present: true });
      return t.id;
    }
    const one = await sessionOf(1);
    const many = await sessionOf(25);
    const single: number[] = [];
    const batch: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      single.push(await timeAsync(() => call('training/export-certificates', { id: one })));
      batch.push(await timeAsync(() => call('training/export-certificates', { id: many })));
    }
    bench('certificate_1_ms', median(single), 'ms');
    bench('certificates_25_ms', median(batch), 'ms');
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
