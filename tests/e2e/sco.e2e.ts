import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoPackage } from '../../electron/core/contract/sco';
import { decodeState } from '../../electron/shared/sco-state';
import { buildScoTree, type ScoTree } from '../../electron/core/scorm/sco-tree';
import { expectAccessible } from './axe';
import { launchBrowser, newPage, pageErrors, ROOT, screenshot } from './harness';

/**
 * The SCO runtime in Chromium, inside a test LMS page that hosts scorm-again the way an LMS does:
 * the API on the parent window, the SCO tree (built by buildScoTree, as the app and exports do)
 * in an iframe of the same origin. Run `npm run build:sco` first.
 */

/** Browser globals inside page.evaluate: this file is compiled without the DOM library (as axe.ts). */
interface Node_ {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface Win {
  document: { activeElement: Node_ | null; documentElement: { lang: string; scrollWidth: number; clientWidth: number } };
  getComputedStyle(el: unknown): { transitionDuration: string };
  startLms(edition: string, cmi: object | null, query: string): Promise<boolean>;
  closeSco(): void;
  API: LmsApi;
  API_1484_11: LmsApi;
}
interface LmsApi {
  isTerminated(): boolean;
  renderCommitCMI(terminate: boolean): { cmi: Record<string, unknown> };
}

const FIXTURES = path.join(ROOT, 'tests/fixtures/sco');
const SCORM_AGAIN = path.join(ROOT, 'node_modules/scorm-again/dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webm': 'video/webm' };

const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/scorm2004.min.js"></script><script src="/scorm-again/scorm12.min.js"></script>
<style>body{margin:0}iframe{display:block;border:0;width:100%;height:100vh}</style></head>
<body><script>
// Creates the LMS API (optionally with the CMI of an earlier session) and launches the SCO in a frame.
window.startLms = function (edition, cmi, query) {
  var api = edition === 'scorm12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi, '');
  window[edition === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  var frame = document.createElement('iframe');
  frame.title = 'Module';
  frame.src = '/sco/' + edition + '/index.html' + (query || '');
  document.body.append(frame);
  // Grow the frame with its content, so a full-page screenshot shows the whole SCO.
  setInterval(function () { var d = frame.contentDocument; if (d && d.body) frame.style.height = Math.max(window.innerHeight, Math.ceil(d.body.getBoundingClientRect().height)) + 'px'; }, 100);
  return new Promise(function (resolve) { frame.onload = function () { resolve(true); }; });
};
window.closeSco = function () { document.querySelector('iframe').src = 'about:blank'; };
</script></body></html>`;

function packageFor(edition: ScoPackage['edition'], reflections: ScoPackage['reflections']): ScoPackage {
  const pkg = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'module-all-blocks.json'), 'utf8')) as ScoPackage;
  return { ...pkg, edition, reflections, suspendDataLimit: edition === 'scorm12' ? 4096 : 64000 };
}

let browser: Browser;
let server: http.Server;
let base = '';

beforeAll(async () => {
  const trees: Record<string, ScoTree> = {
    scorm2004: buildScoTree(packageFor('scorm2004', 'lms'), { runtimeDir: path.join(ROOT, 'out/sco'), courseDir: path.join(FIXTURES, 'course') }),
    scorm12: buildScoTree(packageFor('scorm12', 'private'), { runtimeDir: path.join(ROOT, 'out/sco'), courseDir: path.join(FIXTURES, 'course') }),
  };
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (body: Buffer | string, file: string) => {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
    const sco = /^\/sco\/(scorm12|scorm2004)\/(.+)$/.exec(url);
    if (url === '/lms.html') return send(LMS_PAGE, url);
    if (url === '/scorm-again/scorm2004.min.js' || url === '/scorm-again/scorm12.min.js') return send(fs.readFileSync(path.join(SCORM_AGAIN, path.basename(url))), url);
    const file = sco ? trees[sco[1]!]?.get(sco[2]!) : undefined;
    if (file) return send(file, url);
    res.writeHead(url === '/favicon.ico' ? 204 : 404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openSco(page: Page, edition: ScoPackage['edition'], cmi: object | null = null, query = ''): Promise<Frame> {
  await page.goto(`${base}/lms.html`);
  await page.evaluate(([e, c, q]) => (globalThis as unknown as Win).startLms(e, c, q), [edition, cmi, query] as const);
  const frame = page.frames().find((f) => f.url().includes(`/sco/${edition}/`))!;
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return frame;
}

/** Closes the SCO the way an LMS does (the frame navigates away: pagehide), then reads what scorm-again holds. */
async function closeAndReadCmi(page: Page, name: 'API' | 'API_1484_11'): Promise<Record<string, unknown>> {
  await page.evaluate(() => (globalThis as unknown as Win).closeSco());
  await page.waitForFunction((n) => (globalThis as unknown as Win)[n].isTerminated(), name);
  return page.evaluate((n) => (globalThis as unknown as Win)[n].renderCommitCMI(true).cmi, name);
}

const focusedLabel = (frame: Frame) =>
  frame.evaluate(() => {
    const focused = (globalThis as unknown as Win).document.activeElement;
    return focused?.getAttribute('aria-label') ?? focused?.textContent ?? '';
  });
const focusedTag = (frame: Frame) => frame.evaluate(() => (globalThis as unknown as Win).document.activeElement?.tagName);
const focusedText = (frame: Frame) => frame.evaluate(() => (globalThis as unknown as Win).document.activeElement?.textContent);
const htmlLang = (frame: Frame) => frame.evaluate(() => (globalThis as unknown as Win).document.documentElement.lang);

const ORDER = [
  'De juf legt een kurk, een steen en twee flessen klaar.',
  'Ze vraagt wat de kleuters denken dat er gaat gebeuren.',
  'De kleuters proberen het uit.',
  'Ze stelt een wedervraag: hoe zou dat komen?',
];

async function next(page: Page, frame: Frame, name: RegExp) {
  await frame.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

/** Every answer of the fixture quiz, given with the keyboard only. */
async function playQuizWithKeyboard(page: Page, frame: Frame) {
  const q = (n: number) => frame.getByRole('group', { name: new RegExp(`^Vraag ${n} van 5`) });
  await q(1).getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown'); // arrow keys select within a radio group
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await frame.getByRole('heading', { level: 4, name: /Juist/ }).first().waitFor();
  expect(await focusedTag(frame)).toBe('H4');

  await q(2).getByRole('checkbox', { name: 'Ontdekken' }).focus();
  for (const key of ['Space', 'Tab', 'Space', 'Tab', 'Tab', 'Space', 'Tab', 'Enter']) await page.keyboard.press(key);

  await q(3).getByRole('radio', { name: 'Waar', exact: true }).focus();
  for (const key of ['ArrowRight', 'Tab', 'Enter']) await page.keyboard.press(key);

  // Type-ahead on a closed <select>: the first letter picks the verb.
  for (const [left, key] of [['Een peuter opent', 'o'], ['Een kleuter legt de plank', 'e'], ['Een kleuter zegt', 'a'], ['Een kleuter legt uit', 'd']] as const) {
    await q(4).getByRole('combobox', { name: new RegExp(`^${left}`) }).focus();
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  for (let target = 0; target < ORDER.length; target++) {
    const texts = async () => q(5).locator('.order-text').allTextContents();
    if ((await texts()).indexOf(ORDER[target]!) <= target) continue;
    await q(5).getByRole('button', { name: `Omhoog: ${ORDER[target]}` }).focus();
    while ((await texts()).indexOf(ORDER[target]!) > target) {
      await page.keyboard.press('Enter');
      // Focus stays on the moved item, so the next Enter moves it again.
      expect(await focusedLabel(frame)).toContain(ORDER[target]!);
    }
  }
  await frame.getByRole('button', { name: 'Controleer vraag 5' }).focus();
  await page.keyboard.press('Enter');
  await frame.getByRole('button', { name: 'Toets afronden' }).focus();
  await page.keyboard.press('Enter');
  await frame.getByText('Je score: 100 %. Om te slagen heb je 75 % nodig.').waitFor();
}

describe('SCO runtime in an LMS frame, end to end in Chromium', () => {
  it('SCORM 2004: plays the module with the keyboard, reports the CMI, and resumes from it', async () => {
    const { context, page } = await newPage(browser);
    const frame = await openSco(page, 'scorm2004');
    expect(await htmlLang(frame)).toBe('nl-BE');
    await expectAccessible(frame, 'start');
    await screenshot(page, 'sco-start');

    await next(page, frame, /^Volgende: Waarom/);
    expect(await focusedText(frame)).toBe('Waarom onderzoeken kansen geeft');
    await frame.locator('details.transcript summary').focus();
    await page.keyboard.press('Enter');
    expect(await frame.locator('details.transcript').getAttribute('open')).not.toBeNull();
    await expectAccessible(frame, 'quote, callout and video');
    await screenshot(page, 'sco-video');

    await next(page, frame, /^Volgende: Kijk/);
    await frame.getByRole('textbox', { name: /Denk aan een moment/ }).focus();
    await page.keyboard.type('Noor goot water in de volle fles en keek verbaasd toen die zonk. Ik vroeg: hoe zou dat komen?');
    await frame.getByText('Bewaard', { exact: true }).waitFor();
    for (const item of ['Er ligt materiaal klaar', 'Ik stel open vragen', 'Ik geef kinderen tijd']) {
      await frame.getByRole('group', { name: new RegExp(item) }).getByRole('radio').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vaak bij de waterbak.');
    await expectAccessible(frame, 'reflection and checklist');
    await screenshot(page, 'sco-reflection');

    await next(page, frame, /^Volgende: Test jezelf/);
    await playQuizWithKeyboard(page, frame);
    await expectAccessible(frame, 'quiz with feedback and result');
    await screenshot(page, 'sco-quiz');

    await next(page, frame, /^Naar de samenvatting/);
    await frame.getByText('Je hebt alles van deze module afgewerkt. Goed gedaan!').waitFor();
    await expectAccessible(frame, 'summary');
    await screenshot(page, 'sco-summary');
    expect(pageErrors(page)).toEqual([]);

    const cmi = await closeAndReadCmi(page, 'API_1484_11');
    const get = (p: string) => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], cmi);
    expect([get('completion_status'), get('success_status'), get('score.raw'), get('score.min'), get('score.max'), get('score.scaled')]).toEqual(['completed', 'passed', '100', '0', '100', '1']);
    expect(get('location')).toBe('onderzoeken-test');
    expect(get('exit')).toBe('suspend');
    expect(get('session_time')).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    const interactions = [0, 1, 2, 3, 4, 5].map((n) => [get(`interactions.${n}.id`), get(`interactions.${n}.type`), get(`interactions.${n}.result`), get(`interactions.${n}.learner_response`)]);
    expect(interactions).toEqual([
      ['q-onderzoeken-doel', 'choice', 'correct', 'b'],
      ['q-onderzoeken-werkwoorden', 'choice', 'correct', 'a[,]b[,]d'],
      ['q-onderzoeken-dialoog', 'true-false', 'correct', 'false'],
      ['q-onderzoeken-voorbeelden', 'matching', 'correct', 'p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4'],
      ['q-onderzoeken-waterbak', 'sequencing', 'correct', 'i1[,]i2[,]i3[,]i4'],
      ['r-onderzoeken-praktijk', 'long-fill-in', 'neutral', 'Noor goot water in de volle fles en keek verbaasd toen die zonk. Ik vroeg: hoe zou dat komen?'],
    ]);
    expect([get('objectives.0.id'), get('objectives.0.success_status'), get('objectives.1.id'), get('objectives.1.completion_status')]).toEqual(['onderzoeken', 'passed', 'kinderrechten', 'completed']);
    const state = decodeState(get('suspend_data') as string);
    expect(state).toMatchObject({ at: 3, seen: '1111', qn: 1, qb: 100 });
    expect(state?.k['k-onderzoeken-denktijd']).toEqual([2, 'Vaak bij de waterbak.']);
    await context.close();

    // Relaunch in a fresh browser profile: the LMS's CMI is the only memory.
    const again = await newPage(browser);
    const resumed = await openSco(again.page, 'scorm2004', cmi);
    await resumed.getByRole('heading', { level: 2, name: 'Test jezelf' }).waitFor();
    const q1 = resumed.getByRole('group', { name: /^Vraag 1 van 5/ });
    expect(await q1.getByRole('radio', { name: 'Probleemoplossend en flexibel denken.' }).isChecked()).toBe(true);
    expect(await q1.getByRole('radio', { name: 'Probleemoplossend en flexibel denken.' }).isDisabled()).toBe(true);
    expect(await resumed.getByRole('heading', { level: 4, name: /Juist/ }).count()).toBe(5);
    await resumed.getByText('Je score: 100 %. Om te slagen heb je 75 % nodig.').waitFor();
    await screenshot(again.page, 'sco-resumed');
    await resumed.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Kijk naar je eigen praktijk/ }).click();
    expect(await resumed.getByRole('textbox', { name: /Denk aan een moment/ }).inputValue()).toMatch(/^Noor goot water/);
    expect(pageErrors(again.page)).toEqual([]);
    await again.context.close();
  });

  it('SCORM 1.2 with English chrome and private reflections: reports in 1.2 formats and keeps the text out of the LMS', async () => {
    const { context, page } = await newPage(browser);
    const frame = await openSco(page, 'scorm12', null, '?lang=en');
    expect(await htmlLang(frame)).toBe('en');
    expect(await frame.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('nl-BE');
    await frame.getByRole('navigation', { name: 'Parts of this module' }).getByRole('button', { name: /Kijk naar je eigen praktijk/ }).click();
    await frame.getByRole('textbox', { name: /Denk aan een moment/ }).fill('Privé: ik vond mezelf vandaag te ongeduldig met Yusuf.');
    await frame.getByText('Saved', { exact: true }).waitFor();
    await expectAccessible(frame, 'English chrome, private reflection');
    await screenshot(page, 'sco-en-private');

    await frame.getByRole('button', { name: /^Next: Test jezelf/ }).click();
    const q = (n: number) => frame.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) });
    await q(1).getByRole('radio', { name: 'Vooral stil en geconcentreerd luisteren naar uitleg.' }).check();
    await frame.getByRole('button', { name: 'Check question 1' }).click();
    for (const name of ['Ontdekken', 'Experimenteren', 'Associëren']) await q(2).getByRole('checkbox', { name }).check();
    await frame.getByRole('button', { name: 'Check question 2' }).click();
    await q(3).getByRole('radio', { name: 'False' }).check();
    await frame.getByRole('button', { name: 'Check question 3' }).click();
    for (const [left, right] of [['Een peuter opent', 'ontdekken'], ['Een kleuter legt de plank', 'experimenteren'], ['Een kleuter zegt', 'associëren'], ['Een kleuter legt uit', 'denken']] as const) {
      await q(4).getByRole('combobox', { name: new RegExp(`^${left}`) }).selectOption({ label: right });
    }
    await frame.getByRole('button', { name: 'Check question 4' }).click();
    await frame.getByRole('button', { name: 'Check question 5' }).click();
    await frame.getByRole('button', { name: 'Finish the quiz' }).click();
    await frame.getByText(/^Your score: \d+ %/).waitFor();
    await expectAccessible(frame, 'English quiz result');

    const cmi = await closeAndReadCmi(page, 'API');
    const text = JSON.stringify(cmi);
    expect(text).not.toContain('Yusuf');
    const core = cmi.core as Record<string, unknown>;
    expect(['passed', 'failed']).toContain(core.lesson_status);
    const interactions = cmi.interactions as Record<string, Record<string, unknown>>;
    expect(Object.keys(interactions)).toHaveLength(5);
    expect([interactions['0']!.student_response, interactions['0']!.result]).toEqual(['a', 'wrong']);
    expect([interactions['2']!.type, interactions['2']!.student_response]).toEqual(['true-false', 'f']);
    expect(interactions['3']!.student_response).toBe('a.a,b.b,c.c,d.d');
    expect(decodeState(cmi.suspend_data as string)?.r).toEqual({ 'r-onderzoeken-praktijk': 1 });
    await context.close();
  });

  it('fits 320 CSS pixels (640 px at 200 % zoom) without horizontal scrolling, honours reduced motion, and prints only the reflections', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 320, height: 700 }, reducedMotion: 'reduce' });
    const frame = await openSco(page, 'scorm2004');
    for (let i = 0; i < 4; i++) {
      if (i > 0) await frame.getByRole('button', { name: /^Volgende|^Naar de samenvatting/ }).click();
      const overflow = await frame.evaluate(() => {
        const root = (globalThis as unknown as Win).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow, `section ${i + 1}`).toBeLessThanOrEqual(0);
    }
    expect(await frame.locator('.progress-fill').evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el).transitionDuration)).toBe('0s');
    await screenshot(page, 'sco-narrow');

    // At 320 px the table of contents is folded behind its "Inhoud" button.
    await frame.getByRole('button', { name: 'Inhoud', expanded: false }).click();
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Kijk naar je eigen praktijk/ }).click();
    await frame.getByRole('textbox', { name: /Denk aan een moment/ }).fill('Afgedrukt: de toren viel om en we bouwden samen opnieuw.');
    await frame.getByText('Bewaard', { exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await frame.locator('.sco').isVisible()).toBe(false);
    expect(await frame.locator('.print-only').isVisible()).toBe(true);
    expect(await frame.locator('.print-only').textContent()).toContain('Afgedrukt: de toren viel om');
    await screenshot(page, 'sco-print');
    await context.close();
  });
});
