import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './harness';
import { moodleScoFrame, openFromToc, startMoodleLms, visitLog, type MoodleLms } from './moodle-lms';

/**
 * The Moodle-like test LMS itself, driven the way a SCO drives it: these are the Moodle 4.3
 * behaviours issue 9 reports, so moodle.e2e.ts can only pass where Moodle would track the learner.
 */

const text = (s: string) => new TextEncoder().encode(s);
const page = (title: string) => text(`<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`);

/** A minimal manifest with these SCOs under one root item, as Moodle reads it. */
function probe(edition: '1.2' | '2004 4th Edition', titles: string[]): Record<string, Uint8Array> {
  const items = titles.map((t, i) => `<item identifier="I${i}" identifierref="R${i}"><title>${t}</title></item>`).join('');
  const resources = titles.map((_, i) => `<resource identifier="R${i}" type="webcontent" adlcp:scormtype="sco" href="sco${i}.html"/>`).join('');
  const files: Record<string, Uint8Array> = {
    'imsmanifest.xml': text(`<?xml version="1.0"?><manifest identifier="P" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schema>ADL SCORM</schema><schemaversion>${edition}</schemaversion></metadata>
<organizations default="O"><organization identifier="O"><title>Probe</title><item identifier="ROOT"><title>Probe</title>${items}</item></organization></organizations>
<resources>${resources}</resources></manifest>`),
  };
  titles.forEach((t, i) => (files[`sco${i}.html`] = page(t)));
  return files;
}

let browser: Browser;
let lms: MoodleLms;

beforeAll(async () => {
  lms = await startMoodleLms({ 'probe-2004': probe('2004 4th Edition', ['Eerste', 'Tweede']), 'probe-12': probe('1.2', ['Enige']) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

type Api = Record<string, (...args: string[]) => string>;
/** One call on the player's API object, with the error code it left. */
const call = (p: Page, api: 'API' | 'API_1484_11', method: string, ...args: string[]) =>
  p.evaluate(
    ([name, m, a]) => {
      const target = (globalThis as unknown as Record<string, Api>)[name]!;
      const result = target[m]!(...a);
      return [result, target[name === 'API' ? 'LMSGetLastError' : 'GetLastError']!()];
    },
    [api, method, args] as const,
  );

describe('the Moodle-like test LMS, SCORM 2004', () => {
  it('answers 403 for a value never set, refuses a time with three decimals with 406, and refuses Initialize with 104 for every SCO after the first Terminate', async () => {
    const { context, page: p } = await newPage(browser);
    await p.goto(lms.playerUrl('probe-2004', 's1'));
    const scoes = lms.activity('probe-2004').scoes;
    await moodleScoFrame(p, scoes[0]!.href);
    expect(await call(p, 'API_1484_11', 'Initialize', '')).toEqual(['true', '0']);
    expect(await call(p, 'API_1484_11', 'GetValue', 'cmi.entry')).toEqual(['ab-initio', '0']);
    expect(await call(p, 'API_1484_11', 'GetValue', 'cmi.location')).toEqual(['', '403']);
    expect(await call(p, 'API_1484_11', 'SetValue', 'cmi.interactions.0.id', 'q1')).toEqual(['true', '0']);
    expect(await call(p, 'API_1484_11', 'SetValue', 'cmi.interactions.0.timestamp', '2026-12-03T17:18:57.000Z')).toEqual(['false', '406']);
    expect(await call(p, 'API_1484_11', 'SetValue', 'cmi.interactions.0.timestamp', '2026-12-03T17:18:57.00Z')).toEqual(['true', '0']);
    expect(await call(p, 'API_1484_11', 'SetValue', 'cmi.success_status', 'geslaagd')).toEqual(['false', '406']);
    expect(await call(p, 'API_1484_11', 'Terminate', '')).toEqual(['true', '0']);
    expect(lms.tracks('probe-2004', 's1', scoes[0]!.id)).toMatchObject({ 'cmi.interactions.0.timestamp': '2026-12-03T17:18:57.00Z' });

    await openFromToc(p, lms, 'probe-2004', 'Tweede');
    expect(await call(p, 'API_1484_11', 'Initialize', '')).toEqual(['false', '104']);
    expect((await visitLog(p)).map((e) => `${e.call} ${e.element} ${e.code}`)).toEqual([
      'GetValue cmi.location 403',
      'SetValue cmi.interactions.0.timestamp 406',
      'SetValue cmi.success_status 406',
      'Initialize  104',
    ]);
    await context.close();
  });
});

describe('the Moodle-like test LMS, SCORM 1.2', () => {
  it('stores the score before the status of one commit, so completion shows only at the next visit, and throws on re-initialising a SCO that wrote objectives', async () => {
    const { context, page: p } = await newPage(browser);
    await p.goto(lms.playerUrl('probe-12', 's1'));
    const [sco] = lms.activity('probe-12').scoes;
    await moodleScoFrame(p, sco!.href);
    expect(await call(p, 'API', 'LMSInitialize', '')).toEqual(['true', '0']);
    expect(await call(p, 'API', 'LMSSetValue', 'cmi.core.lesson_status', 'passed')).toEqual(['true', '0']);
    expect(await call(p, 'API', 'LMSSetValue', 'cmi.core.score.raw', '90')).toEqual(['true', '0']);
    expect(await call(p, 'API', 'LMSSetValue', 'cmi.objectives.0.id', 'onderzoeken')).toEqual(['true', '0']);
    expect(await call(p, 'API', 'LMSCommit', '')).toEqual(['true', '0']);
    const order = lms.db.stored.filter((t) => t.activity === 'probe-12').map((t) => t.element);
    expect(order.indexOf('cmi.core.score.raw')).toBeLessThan(order.indexOf('cmi.core.lesson_status'));
    expect(lms.gradebook('probe-12', 's1')).toEqual({ completed: false, grade: 90 });
    expect(await call(p, 'API', 'LMSFinish', '')).toEqual(['true', '0']);

    await openFromToc(p, lms, 'probe-12', 'Enige');
    const reinit = await p.evaluate(() => {
      try {
        return (globalThis as unknown as Record<string, Api>).API!.LMSInitialize!('');
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    });
    expect(reinit).toBe("TypeError: Cannot read properties of undefined (reading 'score')");
    await context.close();

    const next = await newPage(browser);
    await next.page.goto(lms.playerUrl('probe-12', 's1'));
    await moodleScoFrame(next.page, sco!.href);
    expect(lms.gradebook('probe-12', 's1')).toEqual({ completed: true, grade: 90 });
    expect(await call(next.page, 'API', 'LMSInitialize', '')).toEqual(['true', '0']);
    expect(await call(next.page, 'API', 'LMSGetValue', 'cmi.core.entry')).toEqual(['', '0']);
    await next.context.close();
  });
});
