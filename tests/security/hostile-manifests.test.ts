// Issue 8 §6: manifests with entities or extreme nesting, and the preflight CLI's exit codes,
// run as a real process: valid JSON on stdout in every case, no stack trace, 2 when the package
// cannot be read, 1 when it has errors, 0 when it is fine.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH } from '../../electron/core/scorm/xml';
import { tempDir } from '../helpers/temp';
import { build, COURSE_DIR, filesOf, ROOT } from '../helpers/core/scorm/packages';
import { deflatedZeros, rawZip, type RawEntry } from '../helpers/core/scorm/raw-zip';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function preflight(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/core/cli/main.ts'), 'preflight', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

/** The run's JSON report, after checking that nothing but that JSON and no stack trace was printed. */
function report(run: Run): { ok: boolean; readable: boolean; findings: { rule: string; severity: string; item?: string; message: string; params?: Record<string, unknown> }[] } {
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
  return JSON.parse(run.stdout);
}

let good: RawEntry[];
const MANIFEST = 'imsmanifest.xml';
/** Each CLI process starts tsx: seconds each on a busy machine. */
const PROCESSES_TIMEOUT = 120_000;

beforeAll(() => {
  good = [...filesOf(build(COURSE_DIR, { edition: 'scorm12' }).zip)].map(([name, data]) => ({ name, data, method: 8 }));
  // Building the course package takes seconds on a busy machine.
}, 60_000);

/** The good package with its manifest changed, written to a file for the CLI. */
function withManifest(name: string, edit: (xml: string) => string): string {
  const entries = good.map((e) => (e.name === MANIFEST ? { ...e, data: Buffer.from(edit(Buffer.from(e.data!).toString('utf8'))) } : e));
  return zipFile(name, rawZip(entries));
}

/** A file in a folder of its own (removed after the test). */
function zipFile(name: string, bytes: Uint8Array): string {
  const file = path.join(tempDir('leerpad-hostile-'), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('a manifest Leerpad will not parse', () => {
  it('an external entity: exit 2 with xml.entity, and the file it names is never read', async () => {
    const secret = path.join(tempDir('leerpad-secret-'), 'secret.txt');
    fs.writeFileSync(secret, 'GEHEIM-7f3a9c-reflectie-van-een-student');
    const file = withManifest('xxe.zip', (xml) =>
      xml
        .replace('<manifest', `<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file://${secret}"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>\n<manifest`)
        .replace('<title>', '<title>&secret;&passwd;'),
    );
    const run = await preflight([file, '--json']);
    expect(run.code).toBe(2);
    const json = report(run);
    expect(json).toMatchObject({ ok: false, readable: false });
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'xml.entity', severity: 'error', item: 'imsmanifest.xml:2' })]);
    for (const output of [run.stdout, run.stderr]) {
      expect(output).not.toContain('GEHEIM-7f3a9c');
      expect(output).not.toMatch(/root:x?:0:0/);
    }
  }, PROCESSES_TIMEOUT);

  it('internal entities that expand exponentially ("billion laughs") are refused the same way', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const file = withManifest('laughs.zip', (xml) => xml.replace('<manifest', `<!DOCTYPE manifest [<!ENTITY l0 "ha">${laughs}]>\n<manifest`).replace('<title>', '<title>&l9;'));
    const run = await preflight([file, '--json']);
    expect(run.code).toBe(2);
    expect(report(run).findings.map((f) => f.rule)).toEqual(['xml.entity']);
  }, PROCESSES_TIMEOUT);

  it('20 000 nested items: exit 2 with xml.depth, not a stack overflow', async () => {
    const deep = `${'<item identifier="I"><title>t</title>'.repeat(20_000)}${'</item>'.repeat(20_000)}`;
    const file = withManifest('deep.zip', (xml) => xml.replace('</organization>', `${deep}</organization>`));
    const run = await preflight([file, '--json']);
    expect(run.code).toBe(2);
    const [f] = report(run).findings;
    expect(f).toMatchObject({ rule: 'xml.depth', params: { limit: MAX_XML_DEPTH } });
    expect(f!.message).toMatch(/nests elements more than 100 levels deep/);
  }, PROCESSES_TIMEOUT);

  it('a DOCTYPE without entity declarations is read as usual: its DTD is never loaded', async () => {
    const file = withManifest('doctype.zip', (xml) => xml.replace('<manifest', '<!DOCTYPE manifest SYSTEM "http://127.0.0.1:9/never.dtd">\n<manifest'));
    const run = await preflight([file, '--json']);
    expect(report(run).findings.map((f) => f.rule)).not.toContain('xml.entity');
    expect(report(run).readable).toBe(true);
  }, PROCESSES_TIMEOUT);
});

describe('preflight exit codes, as a real process with --json', () => {
  it('0 for a good package, 1 for a package with errors, 2 for one it cannot read', async () => {
    const ok = await preflight([zipFile('good.zip', rawZip(good)), '--json']);
    expect(ok.code).toBe(0);
    expect(report(ok)).toMatchObject({ ok: true, readable: true });

    const broken = await preflight([zipFile('no-module.zip', rawZip(good.filter((e) => e.name !== 'welkom/module.json'))), '--json']);
    expect(broken.code).toBe(1);
    expect(report(broken)).toMatchObject({ ok: false, readable: true });

    const unreadable: [string, string][] = [
      [zipFile('not-a-zip.zip', Buffer.from('<html>not a zip</html>')), 'zip.unreadable'],
      [zipFile('truncated.zip', rawZip(good).subarray(0, 4000)), 'zip.unreadable'],
      [path.join(tempDir(), 'does-not-exist.zip'), 'zip.unreadable'],
      [zipFile('slip.zip', rawZip([...good, { name: '../../evil.sh', data: Buffer.from('x') }])), 'zip.path'],
      [zipFile('bomb.zip', rawZip([{ name: 'bomb.bin', method: 8, ...deflatedZeros(100) }])), 'zip.ratio'],
    ];
    const runs = await Promise.all(unreadable.map(([file]) => preflight([file, '--json'])));
    runs.forEach((run, i) => {
      const [file, rule] = unreadable[i]!;
      expect(run.code, path.basename(file)).toBe(2);
      expect(report(run), path.basename(file)).toMatchObject({ ok: false, readable: false, findings: [expect.objectContaining({ rule })] });
    });
  }, PROCESSES_TIMEOUT);

  it('takes the limits from the command line: --max-entries, --max-unpacked-mb, --max-ratio', async () => {
    const file = zipFile('good-limits.zip', rawZip(good));
    const entries = await preflight([file, '--json', '--max-entries', '5']);
    expect(entries.code).toBe(2);
    expect(report(entries).findings[0]).toMatchObject({ rule: 'zip.entries', params: { limit: 5 } });

    const bomb = zipFile('bomb-limits.zip', rawZip([...good, { name: 'extra/bomb.bin', method: 8, ...deflatedZeros(300) }]));
    const total = await preflight([bomb, '--json', '--max-ratio', '10000', '--max-unpacked-mb', '50']);
    expect(report(total).findings[0]).toMatchObject({ rule: 'zip.total-size', params: { limit: 50 } });
    // Allowed through, the same expansion is over a 100 MB quota: a warning, exit 0.
    const quota = await preflight([bomb, '--json', '--max-ratio', '10000', '--quota-mb', '100']);
    expect(quota.code).toBe(0);
    expect(report(quota).findings).toContainEqual(expect.objectContaining({ rule: 'size.quota', severity: 'warning' }));
  }, PROCESSES_TIMEOUT);

  it('prints "not readable" and the finding without --json', async () => {
    const run = await preflight([zipFile('sym.zip', rawZip([...good, { name: 'media/link.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error   zip.symlink [media/link.png]: 'media/link.png' is a symbolic link");
    expect(run.stdout).toMatch(/^not readable: .*sym\.zip — 1 error\(s\)/m);
  }, PROCESSES_TIMEOUT);
});
