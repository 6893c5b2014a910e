// Issue 8, section 3: course files are content, never code. Each recipe of the issue, as an author
// or an attacker would plant it in a course folder, checked in validate, in serving and in export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../electron/core/contract';
import { loadCourse } from '../../electron/core/course';
import { createCatalog } from '../../electron/core/course/catalog';
import { createHandlers } from '../../electron/core/app/handlers';
import { dispatch } from '../../electron/core/transport/rpc';
import { packageFiles } from '../../electron/core/scorm/package-build';
import { preflightCourseDir } from '../../electron/core/scorm/preflight';
import { createAppTrees } from '../../electron/core/app/sco-trees';
import { openCore } from '../../electron/core/app/services';
import { cmi2004 } from '../helpers/course-factory';
import { tempDir } from '../helpers/temp';
import { tempCourse } from '../helpers/core/course/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const DIRS = { runtimeDir: path.join(ROOT, 'out/sco'), schemasDir: path.join(ROOT, 'build/scorm-schemas') };
const MINI = path.join(ROOT, 'tests/fixtures/courses/valid/mini');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const EVIL_SVG = '<svg xmlns="http://www.w3.org/2000/svg">\n<script>fetch("/rpc/learner/list")</script>\n</svg>\n';
const IMAGE = '![Een foto van de klas](media/foto.png)\n';

afterEach(() => {
  vi.restoreAllMocks();
});

const errorsOf = (dir: string) => loadCourse(dir).issues.filter((i) => i.severity === 'error');

/** A valid one-module course with a real PNG, compiled, with the app trees and an export built on it. */
function playableCourse() {
  const dir = tempCourse(IMAGE, { 'media/foto.png': PNG });
  const catalog = createCatalog([path.dirname(dir)]);
  const course = catalog.open('tijdelijk');
  const trees = createAppTrees(catalog, DIRS.runtimeDir);
  const exportIt = () => packageFiles(course, dir, { edition: 'scorm2004' }, DIRS);
  return { dir, catalog, course, trees, exportIt };
}

const linkToPasswd = (dir: string, rel: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.rmSync(path.join(dir, rel), { force: true });
  fs.symlinkSync('/etc/passwd', path.join(dir, rel));
};

describe('media/evil.svg with <script>', () => {
  it('is refused by validate with the line of the script, and preflight and export refuse the course', async () => {
    const dir = tempCourse('![Het kader](media/evil.svg)\n', { 'media/evil.svg': EVIL_SVG });
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ code: 'svg.script', file: 'media/evil.svg', line: 2 })]);
    const findings = await preflightCourseDir(dir, { ...DIRS, edition: 'scorm2004' });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', rule: 'course.invalid' })]);
    expect(() => createCatalog([path.dirname(dir)]).open('tijdelijk')).toThrow(expect.objectContaining({ code: 'COURSE_INVALID' }));
  });

  it('is not packed when it replaces a good SVG after validation', () => {
    const dir = tempCourse('![Het kader](media/kader.svg)\n', { 'media/kader.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>' });
    const course = createCatalog([path.dirname(dir)]).open('tijdelijk');
    fs.writeFileSync(path.join(dir, 'media/kader.svg'), EVIL_SVG);
    expect(() => packageFiles(course, dir, { edition: 'scorm12' }, DIRS)).toThrow(expect.objectContaining({ code: 'COURSE_INVALID', file: 'media/kader.svg' }));
  });
});

describe('media/page.html + evil.js', () => {
  it('refuses the page where the module links it and the script where it lies', () => {
    const dir = tempCourse('[De werkpagina](media/page.html)\n', {
      'media/page.html': '<!doctype html><script src="evil.js"></script>',
      'media/evil.js': 'fetch("/rpc/learner/list")',
    });
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ code: 'media.type-refused', file: 'modules/01-een.md', line: 14, hint: expect.stringMatching(/PDF/) }),
      expect.objectContaining({ code: 'media.type-refused', file: 'media/evil.js', hint: expect.stringMatching(/remove it/) }),
    ]);
  });

  it('refuses a .png whose bytes are a page', () => {
    const dir = tempCourse(IMAGE, { 'media/foto.png': '<html><script>alert(1)</script></html>' });
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ code: 'media.content-mismatch', params: expect.objectContaining({ found: 'markup' }) })]);
  });
});

describe('ln -s /etc/passwd media/passwd.png', () => {
  it('is refused by validate, naming the link and where it leads', () => {
    const dir = tempCourse(IMAGE);
    linkToPasswd(dir, 'media/foto.png');
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ code: 'file.outside-course', file: 'modules/01-een.md', line: 14, params: { file: 'media/foto.png', target: '/etc/passwd' } }),
    ]);
  });

  it('is refused by validate when no module links to it', () => {
    const dir = tempCourse('');
    linkToPasswd(dir, 'media/passwd.png');
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ code: 'file.outside-course', file: 'media/passwd.png' })]);
  });

  it('checks the files of media/ when media/ is a link to another folder of the course', () => {
    const dir = tempCourse('', { 'bronnen/evil.js': 'fetch("/rpc/learner/list")', 'bronnen/foto.png': PNG });
    fs.symlinkSync('bronnen', path.join(dir, 'media'));
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ code: 'media.type-refused', file: 'bronnen/evil.js' })]);
  });

  it('is never served when it replaces a file after the course was opened', () => {
    const { dir, trees } = playableCourse();
    linkToPasswd(dir, 'media/foto.png');
    const res = trees.serve('tijdelijk/een/media/foto.png');
    expect(res.status).toBe(404);
    expect(String(res.body)).not.toContain('root:');
  });

  it('is never exported when it replaces a file after the course was opened', () => {
    const { dir, exportIt } = playableCourse();
    linkToPasswd(dir, 'media/foto.png');
    expect(exportIt).toThrow(expect.objectContaining({ code: 'COURSE_INVALID', file: 'media/foto.png' }));
  });

  it('refuses a module file or course.yaml that links out of the course', () => {
    const dir = tempCourse('');
    linkToPasswd(dir, 'modules/01-een.md');
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ code: 'file.outside-course', file: 'course.yaml', params: expect.objectContaining({ file: 'modules/01-een.md' }) })]);
    linkToPasswd(dir, 'course.yaml');
    expect(loadCourse(dir)).toEqual({ course: null, issues: [expect.objectContaining({ code: 'file.outside-course', file: 'course.yaml' })] });
  });

  it('serves course media as untrusted, so the host gives it a sandbox policy', () => {
    const { trees } = playableCourse();
    expect(trees.serve('tijdelijk/een/media/foto.png')).toMatchObject({ status: 200, contentType: 'image/png', untrusted: true });
    expect(trees.serve('tijdelijk/een/index.html').untrusted).toBeUndefined();
  });
});

// A read of a FIFO blocks until someone writes to it: one planted file would freeze the whole app.
describe.skipIf(process.platform === 'win32')('a FIFO planted in a course', () => {
  const plantFifo = (dir: string, rel: string) => {
    fs.rmSync(path.join(dir, rel), { force: true });
    execFileSync('mkfifo', [path.join(dir, rel)]);
  };

  it('is reported by validate without blocking, where a module uses it and where it lies', () => {
    const dir = tempCourse(IMAGE, { 'media/foto.png': PNG });
    plantFifo(dir, 'media/foto.png');
    plantFifo(dir, 'media/ander.png');
    expect(loadCourse(dir).issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'file.unreadable', file: 'modules/01-een.md', params: { file: 'media/foto.png', reason: 'not a regular file', handling: 'refused' } }),
      expect.objectContaining({ severity: 'warning', code: 'file.unreadable', file: 'media/ander.png' }),
    ]);
  });

  it('is neither served nor exported when it replaces a file after the course was opened', () => {
    const { dir, trees, exportIt } = playableCourse();
    plantFifo(dir, 'media/foto.png');
    expect(trees.serve('tijdelijk/een/media/foto.png').status).toBe(404);
    expect(exportIt).toThrow(expect.objectContaining({ code: 'COURSE_INVALID', file: 'media/foto.png' }));
  });
});

describe("a dangling symlink (an editor's .#file.md lock)", () => {
  function app() {
    const root = tempDir();
    fs.cpSync(MINI, path.join(root, 'mini'), { recursive: true });
    const core = openCore({ dataDir: tempDir(), coursesDirs: [root], host: 'cli', version: 't' });
    const handlers = createHandlers(core);
    async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
      const res = await dispatch(handlers, name, args, { transport: 'test' });
      if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
      return res.data as CallResult<K>;
    }
    return { root, core, call };
  }

  it('leaves course/list and progress/commit working, with a warning on that course', async () => {
    const { root, core, call } = app();
    const { session } = await call('learner/create', { name: 'Amira' });
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    fs.symlinkSync('leraar@schoolpc.4242:1764790000', path.join(root, 'mini/modules/.#02-hefboom.md'));

    const commit = { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: 1, cmi: cmi2004({ location: 'x' }) };
    await expect(call('progress/commit', commit)).resolves.toMatchObject({ saved: true });
    const [mini] = await call('course/list', {});
    expect(mini).toMatchObject({ id: 'mini', status: 'ok' });
    expect(mini?.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'file.dangling-link', file: 'modules/.#02-hefboom.md' })]);
    await expect(call('progress/commit', { ...commit, seq: 2 })).resolves.toMatchObject({ saved: true });
    core.close();
  });

  it('does not read the course folder on a commit (it used to walk it on every call)', async () => {
    const { core, call } = app();
    const { session } = await call('learner/create', { name: 'Lena' });
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    const reads = [vi.spyOn(fs, 'readdirSync'), vi.spyOn(fs, 'lstatSync'), vi.spyOn(fs, 'statSync'), vi.spyOn(fs, 'readFileSync')];
    await call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: 1, cmi: cmi2004({ location: 'x' }) });
    const courseReads = reads.flatMap((spy) => spy.mock.calls.map((c) => String(c[0]))).filter((p) => p.includes(`${path.sep}mini`));
    expect(courseReads).toEqual([]);
    core.close();
  });

  it('keeps commits working when the course folder vanishes mid-module; the library just no longer lists it', async () => {
    const { root, core, call } = app();
    const { session } = await call('learner/create', { name: 'Noor' });
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    fs.rmSync(path.join(root, 'mini'), { recursive: true });
    await expect(call('course/list', {})).resolves.toEqual([]);
    await expect(
      call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: 1, cmi: cmi2004({ location: 'x' }) }),
    ).resolves.toMatchObject({ saved: true });
    core.close();
  });
});
