// @vitest-environment happy-dom
/// <reference lib="dom" />
import { beforeEach, describe, expect, it } from 'vitest';
import { SCO_SCRIPT, scoPage } from '../../../helpers/core/library/fixture-sco-page';

/** A minimal LMS: a CMI store and the calls made, under the 1.2 or the 2004 names. */
function fakeLms(edition: '1.2' | '2004', start: Record<string, string> = {}) {
  const cmi = new Map(Object.entries(start));
  const calls: string[] = [];
  const get = (k: string) => cmi.get(k) ?? '';
  const set = (k: string, v: string) => (cmi.set(k, v), 'true');
  const api =
    edition === '2004'
      ? { Initialize: () => (calls.push('init'), 'true'), GetValue: get, SetValue: set, Commit: () => (calls.push('commit'), 'true'), Terminate: () => (calls.push('finish'), 'true') }
      : { LMSInitialize: () => (calls.push('init'), 'true'), LMSGetValue: get, LMSSetValue: set, LMSCommit: () => (calls.push('commit'), 'true'), LMSFinish: () => (calls.push('finish'), 'true') };
  return { api, cmi, calls };
}

function open(pass = 70) {
  document.documentElement.innerHTML = scoPage({ title: 'Les', scriptPath: 'x.js', pass }).replace(/<script[^>]*><\/script>/, '').replace(/^<!doctype html>\s*<html[^>]*>/i, '');
  document.body.setAttribute('data-pass', String(pass));
  new Function(SCO_SCRIPT)();
}
const click = (id: string) => document.getElementById(id)!.click();
const textOf = (id: string) => document.getElementById(id)!.textContent;

beforeEach(() => {
  delete (window as unknown as Record<string, unknown>).API;
  delete (window as unknown as Record<string, unknown>).API_1484_11;
});

describe('the fixture SCO page', () => {
  it('resumes a 1.2 learner at the stored page, saves the next page and a passing score, and finishes on pagehide', () => {
    const lms = fakeLms('1.2', { 'cmi.core.lesson_location': '3', 'cmi.core.entry': 'resume', 'cmi.launch_data': 'modus=leerling' });
    Object.assign(window, { API: lms.api });
    open();
    expect([textOf('page'), textOf('entry'), textOf('launch-data')]).toEqual(['3', 'resume', 'modus=leerling']);
    click('next');
    expect(lms.cmi.get('cmi.core.lesson_location')).toBe('4');
    expect(JSON.parse(lms.cmi.get('cmi.suspend_data')!)).toEqual({ visits: 1, page: 4 });
    click('finish');
    expect([lms.cmi.get('cmi.core.score.raw'), lms.cmi.get('cmi.core.lesson_status')]).toEqual(['80', 'passed']);
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.cmi.get('cmi.core.exit')).toBe('suspend');
    expect(lms.calls).toEqual(['init', 'commit', 'commit', 'commit', 'finish']);
  });

  it('uses the 2004 API when it finds one: location, scaled score, completion and success', () => {
    const lms = fakeLms('2004');
    Object.assign(window, { API_1484_11: lms.api });
    open(90);
    click('next');
    click('finish');
    expect(Object.fromEntries(['cmi.location', 'cmi.score.scaled', 'cmi.completion_status', 'cmi.success_status'].map((k) => [k, lms.cmi.get(k)]))).toEqual({
      'cmi.location': '2',
      'cmi.score.scaled': '0.8',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.at(-1)).toBe('finish');
  });

  it('says so when there is no LMS', () => {
    open();
    expect(textOf('status')).toContain('no LMS API found');
  });
});
