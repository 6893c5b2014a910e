import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';
import { build, COURSE_DIR } from '../../../helpers/core/scorm/packages';

// A rule that fails unexpectedly stands for any bug inside a check.
vi.mock('../../../../electron/core/scorm/preflight/rules-lms', () => ({
  sizeRules: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
  lmsRules: () => [],
}));

describe('leerpad preflight when a check itself fails', () => {
  it('prints valid JSON with an INTERNAL error and no stack trace, and exits 2', async () => {
    const file = path.join(tempDir(), 'good.zip');
    fs.writeFileSync(file, build(COURSE_DIR, { edition: 'scorm12' }).zip);
    const out: string[] = [];
    const err: string[] = [];
    expect(await runCli(['preflight', file, '--json'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) })).toBe(2);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: false, readable: false, findings: [], error: { code: 'INTERNAL' } });
    expect(err.join('\n')).toBe("error: Something went wrong inside Leerpad. (Cannot read properties of undefined (reading 'x'))");
  });
});
