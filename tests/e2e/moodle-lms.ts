import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { TYPES } from './lms-page';
import { launchDefaults } from './moodle-defaults';
import { readActivity, ScoesTrack, type ApiLogEntry, type MoodleActivity } from './moodle-tracks';

/**
 * A test LMS that behaves like Moodle 4.3's SCORM activity (issue 9, acceptance 1): its player page
 * (table of contents + one frame + ONE API object for the visit, moodle-api.js), datamodel.php
 * storing tracks per SCO and attempt (moodle-tracks.ts), a course page showing completion and grade.
 * Independent of scorm-again on purpose: lms-page.ts plays packages against scorm-again, this one
 * against Moodle's own rules. What it reproduces (issue 9 "What was seen", each cited where built):
 * - 2004: the API stays terminated after the first Terminate of a visit: 104 for every next SCO;
 * - 2004: Moodle's value patterns (a `time` with three decimals is 406), 403 for a value never set;
 * - 1.2: re-initialising a SCO that wrote objectives or interactions in the visit throws a TypeError;
 * - 1.2: a commit posts the score before the status, and completion is judged by the status stored
 *   before the commit (MDL-46279): complete only at the next commit with a score, or the next visit;
 * - "Enter" opens the first SCO not passed/completed; the gradebook takes the highest SCO score;
 *   completion needs every SCO passed or completed ("alle SCO's").
 * Not modelled: new attempts, total_time, sequencing and navigation requests.
 */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script> element: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function playerPage(activity: MoodleActivity, user: string, start: string, db: ScoesTrack): string {
  const def: Record<string, unknown> = {};
  const collections: Record<string, unknown> = {};
  // scorm_12.php / scorm_13.php: the defaults of EVERY SCO are read once, when the player opens.
  for (const sco of activity.scoes) {
    const launch = launchDefaults(activity, sco, user, db.tracks(activity.name, user, sco.id));
    def[sco.id] = launch.def;
    collections[sco.id] = launch.collections;
  }
  const toc = activity.scoes.map((s) => `<li><button type="button" data-sco="${esc(s.id)}">${esc(s.title)}</button></li>`).join('');
  const config = { edition: activity.edition, activity: activity.name, user, attempt: 1, start, scoes: activity.scoes, def, collections };
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${esc(activity.name)}: Moodle-achtige testomgeving</title>
<style>body{margin:0;display:grid;grid-template-columns:15rem 1fr;font-family:sans-serif}
#scorm_object{display:block;border:0;width:100%;height:100vh}#api-log{font-size:.8rem}</style></head>
<body><nav id="scorm_toc" aria-label="Inhoud van de activiteit"><ul>${toc}</ul>
<section aria-labelledby="log-title"><h2 id="log-title">API-log</h2><ol id="api-log"></ol></section></nav>
<main><iframe id="scorm_object" title="Leerinhoud"></iframe></main>
<script>window.MOODLE = ${scriptJson(config)};</script>
<script src="/moodle/datamodel.js"></script><script src="/moodle/rules.js"></script><script src="/moodle/player.js"></script><script src="/moodle/api.js"></script>
<script>MoodlePlayer.start();</script>
</body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the test LMS with these unzipped packages, one activity each (name → files as the zip holds them). */
export async function startMoodleLms(packages: Record<string, Record<string, Uint8Array>>) {
  const activities = new Map(Object.entries(packages).map(([name, files]) => [name, readActivity(name, files)]));
  const db = new ScoesTrack();
  const activityOf = (name: string | null) => {
    const activity = name ? activities.get(name) : undefined;
    if (!activity) throw new Error(`no activity '${name}'`);
    return activity;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = (name: string) => url.searchParams.get(name) ?? '';
    const send = (status: number, body: Uint8Array | string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const route = async () => {
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === '/mod/scorm/player.php') {
        const activity = activityOf(q('a'));
        db.visit(activity, q('user'));
        return send(200, playerPage(activity, q('user'), q('scoid') || db.enter(activity, q('user')).id, db), TYPES['.html']);
      }
      if (req.method === 'POST' && pathname === '/mod/scorm/datamodel.php') {
        db.store(activityOf(q('a')), q('user'), q('scoid'), [...new URLSearchParams(await readBody(req))]);
        return send(200, 'true\n0');
      }
      if (req.method === 'POST' && pathname === '/mod/scorm/log') {
        db.log({ ...(JSON.parse(await readBody(req)) as ApiLogEntry), activity: q('a'), user: q('user') });
        return send(200, 'true\n0');
      }
      const script = /^\/moodle\/(datamodel|rules|player|api)\.js$/.exec(pathname);
      if (script) return send(200, fs.readFileSync(path.join(__dirname, `moodle-${script[1]}.js`)), TYPES['.js']);
      const file = /^\/pkg\/([^/]+)\/(.+)$/.exec(pathname);
      const body = file ? packages[file[1]!]?.[file[2]!] : undefined;
      if (body) return send(200, body, TYPES[path.extname(pathname)] ?? 'application/octet-stream');
      if (pathname === '/course/view.php') return send(200, '<!doctype html><html lang="nl"><title>Cursus</title><h1>Cursus</h1></html>', TYPES['.html']);
      send(url.pathname === '/favicon.ico' ? 204 : 404, '');
    };
    route().catch((e: Error) => send(500, e.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    db,
    activity: activityOf,
    /** The activity's player, as a student enters it (a new visit); `scoid` as when picked on the activity page. */
    playerUrl: (activity: string, user: string, scoid?: string) => `${base}/mod/scorm/player.php?${new URLSearchParams({ a: activity, user, ...(scoid ? { scoid } : {}) })}`,
    /** The stored tracks of one SCO, as in the SCORM report. */
    tracks: (activity: string, user: string, sco: string) => db.tracks(activity, user, sco),
    /** What the course page and the gradebook show. */
    gradebook: (activity: string, user: string) => ({ completed: db.completed(activity, user), grade: db.grade(activityOf(activity), user) }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export type MoodleLms = Awaited<ReturnType<typeof startMoodleLms>>;

/** The SCO frame of the player once it shows the SCO launched from `href` (path on the test LMS). */
export async function moodleScoFrame(page: Page, href: string): Promise<Frame> {
  const frame = await (await page.waitForSelector('#scorm_object', { state: 'attached' })).contentFrame();
  if (!frame) throw new Error('the player has no SCO frame');
  await frame.waitForURL((u) => u.pathname === href);
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return frame;
}

/** Picks a SCO in the player's table of contents, as a student does. */
export async function openFromToc(page: Page, lms: MoodleLms, activity: string, title: string): Promise<Frame> {
  await page.getByRole('navigation', { name: 'Inhoud van de activiteit' }).getByRole('button', { name: title, exact: true }).click();
  return moodleScoFrame(page, lms.activity(activity).scoes.find((s) => s.title === title)!.href);
}

/** The API calls that set an error code during this visit, as the player's API log lists them. */
export function visitLog(page: Page): Promise<ApiLogEntry[]> {
  return page.evaluate(() => (globalThis as unknown as { moodleApiLog: ApiLogEntry[] }).moodleApiLog);
}
