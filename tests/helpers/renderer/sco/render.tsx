import { act } from '@testing-library/react';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScoPackage } from '../../../../electron/core/contract/sco';
import raw from '../../../fixtures/sco/module-all-blocks.json';
import { startSco, type RunningSco } from '../../../../renderer/sco/boot/start-sco';
import type { ChromeLanguage } from '../../../../renderer/sco/i18n';
import type { ApiHost } from '../../../../renderer/sco/lms/find-api';
import type { KeyValueStore } from '../../../../renderer/sco/state/storage';

/** The hand-made module with every block kind, in the edition and reflection mode a test needs. */
export function fixture(overrides: Partial<Pick<ScoPackage, 'edition' | 'reflections' | 'suspendDataLimit'>> = {}): ScoPackage {
  const pkg = structuredClone(raw) as unknown as ScoPackage;
  const edition = overrides.edition ?? pkg.edition;
  return { ...pkg, edition, suspendDataLimit: edition === 'scorm12' ? 4096 : 64000, ...overrides };
}

export const QUIZ_SECTION = 3;
export const REFLECTION_SECTION = 2;

export class MemoryStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

export type Api12 = InstanceType<typeof Scorm12API>;
export type Api2004 = InstanceType<typeof Scorm2004API>;

/** A real scorm-again LMS API, optionally preloaded with the CMI of an earlier session. */
export function lmsApi(edition: 'scorm12', cmi?: object): Api12;
export function lmsApi(edition: 'scorm2004', cmi?: object): Api2004;
export function lmsApi(edition: ScoPackage['edition'], cmi?: object): Api12 | Api2004;
export function lmsApi(edition: ScoPackage['edition'], cmi?: object): Api12 | Api2004 {
  // logLevel 5: silent; scorm-again logs every call otherwise.
  const api = edition === 'scorm12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi as Record<string, unknown>, '');
  return api;
}

/** The SCO frame inside an LMS page: the API lives on the parent window, as in Moodle's player. */
export function lmsFrame(api: Api12 | Api2004 | null, edition: ScoPackage['edition']): ApiHost {
  const parent: ApiHost = {};
  if (api) (parent as Record<string, unknown>)[edition === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  const frame: ApiHost = { parent };
  parent.parent = parent;
  return frame;
}

export interface Launch {
  sco: RunningSco;
  storage: MemoryStorage;
  container: HTMLElement;
}

export async function launch(pkg: ScoPackage, options: { api?: Api12 | Api2004 | null; storage?: MemoryStorage; language?: ChromeLanguage } = {}): Promise<Launch> {
  const storage = options.storage ?? new MemoryStorage();
  const container = document.createElement('div');
  document.body.append(container);
  let sco!: RunningSco;
  await act(async () => {
    sco = startSco({
      pkg,
      language: options.language ?? 'nl-BE',
      container,
      apiHost: lmsFrame(options.api ?? null, pkg.edition),
      storage,
      commitDelay: 10_000,
    });
  });
  return { sco, storage, container };
}

/** What a page close does: pagehide commits and terminates. */
export async function closePage(l: Launch): Promise<void> {
  await act(async () => {
    window.dispatchEvent(new Event('pagehide'));
  });
  l.sco.stop();
  l.container.remove();
}

export async function update(l: Launch, change: Parameters<RunningSco['store']['update']>[0]): Promise<void> {
  await act(async () => l.sco.store.update(change));
}

/** The CMI as scorm-again would send it to a server, flattened to "cmi.a.b" → value. */
export function flatCmi(api: Api12 | Api2004): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    else out[prefix] = String(value);
  };
  walk('', api.renderCommitCMI(true));
  return out;
}

const running: Launch[] = [];

/** Every launch of a test file is stopped afterwards (call from afterEach). */
export function stopAll(): void {
  for (const l of running.splice(0)) {
    l.sco.stop();
    l.container.remove();
  }
}

export function track(l: Launch): Launch {
  running.push(l);
  return l;
}

/** Records every value the SCO sets, whatever the edition: what the LMS receives, call by call. */
export function recordSets(api: Api12 | Api2004): [string, string][] {
  const calls: [string, string][] = [];
  const target = api as unknown as Record<string, (element: string, value: string) => string>;
  const name = api instanceof Scorm12API ? 'LMSSetValue' : 'SetValue';
  const original = target[name]!.bind(api);
  target[name] = (element, value) => {
    calls.push([element, value]);
    return original(element, value);
  };
  return calls;
}
