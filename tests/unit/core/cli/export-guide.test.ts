import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';
import { MINI_DIR } from '../../../helpers/core/scorm/packages';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('leerpad export: the upload guide', () => {
  it('prints the guide after "wrote …", for the file under the name it was written', async () => {
    const out = path.join(tempDir(), 'voor-moodle.zip');
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm12', '--lms', 'moodle', '--out', out], c.io)).toBe(0);
    const wrote = c.out.findIndex((line) => line.startsWith('wrote '));
    const title = c.out.indexOf('Zo zet je voor-moodle.zip in Moodle');
    expect(wrote).toBeGreaterThanOrEqual(0);
    expect(title).toBeGreaterThan(wrote);
    expect(c.out).toContain('  Het pakket toevoegen');
    expect(c.out.some((line) => /^ {4}1\. Open je cursus in Moodle/.test(line))).toBe(true);
  });

  it('adds the guide to --json, in English with --guide-language en', async () => {
    const out = path.join(tempDir(), 'k.zip');
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm2004', '--lms', 'canvas', '--guide-language', 'en', '--out', out, '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.guide).toMatchObject({ lms: 'canvas', edition: 'scorm2004', language: 'en', title: 'Putting k.zip into Canvas' });
    expect(json.guide.sections.length).toBeGreaterThan(0);
  });

  it('says which guide languages there are when given another', async () => {
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm12', '--guide-language', 'fr', '--out', path.join(tempDir(), 'x.zip')], c.io)).not.toBe(0);
    expect(c.err.join('\n')).toContain('--guide-language must be one of nl-BE, en');
  });
});
