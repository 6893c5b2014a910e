import { XMLParser } from 'fast-xml-parser';
import type { ScormEdition } from '../../electron/core/contract';

/**
 * The server side of the Moodle-like test LMS: the package as Moodle reads it, its
 * scorm_scoes_track table (one row per user, SCO, attempt and element), the defaults a launch gets,
 * activity completion and the gradebook. Every quirk cites Moodle 4.3's mod/scorm code.
 */

export interface MoodleSco {
  id: string;
  title: string;
  /** Launch URL on the test LMS. */
  href: string;
  /** adlcp:masteryscore, '' when absent. */
  masteryScore: string;
  /** 2004: imsss:objective objectiveIDs (scorm_seq_objective), preloaded into cmi.objectives on every launch. */
  objectiveIds: string[];
  /** 2004: the primary objective's minNormalizedMeasure, which becomes cmi.scaled_passing_score. */
  scaledPassingScore: string | null;
}

export interface MoodleActivity {
  name: string;
  edition: ScormEdition;
  scoes: MoodleSco[];
  files: Record<string, Uint8Array>;
}

export interface StoredTrack {
  activity: string;
  user: string;
  sco: string;
  element: string;
  value: string;
}

export interface ApiLogEntry {
  /** Set by the server: which activity and student the visit was. */
  activity?: string;
  user?: string;
  sco: string;
  call: string;
  element: string;
  value: string | null;
  code: string;
  message: string;
}

type Item = Record<string, unknown> & { item?: Item | Item[] };
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * scormlib.php scorm_parse_scorm(): the manifest must be at the root; `<schemaversion>` picks the
 * runtime (1.2, or 2004 for "2004 …" and "CAM 1.3", 1.2 for anything else); every item with an
 * identifierref is a launchable SCO, in document order.
 */
export function readActivity(name: string, files: Record<string, Uint8Array>): MoodleActivity {
  const xml = files['imsmanifest.xml'];
  if (!xml) throw new Error(`${name}: incorrect file package - missing imsmanifest.xml or AICC structure`);
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });
  const manifest = parser.parse(Buffer.from(xml).toString('utf8')).manifest;
  const version = String(manifest.metadata?.schemaversion ?? '');
  const edition: ScormEdition = /2004|CAM 1\.3/.test(version) ? 'scorm2004' : 'scorm12';
  const resources = new Map(list<Record<string, string>>(manifest.resources.resource).map((r) => [r['@_identifier'], r['@_href']]));
  const organizations = list<Item>(manifest.organizations.organization);
  const scoes: MoodleSco[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      const ref = item['@_identifierref'] as string | undefined;
      if (ref && resources.get(ref)) {
        const objectives = (item.sequencing as Item | undefined)?.objectives as Item | undefined;
        const primary = objectives?.primaryObjective as Item | undefined;
        scoes.push({
          id: String(item['@_identifier']),
          title: String(item.title),
          href: `/pkg/${name}/${resources.get(ref)}`,
          masteryScore: String(item.masteryscore ?? ''),
          objectiveIds: list(objectives?.objective as Item | Item[] | undefined).map((o) => String(o['@_objectiveID'] ?? '')).filter((id) => id !== ''),
          scaledPassingScore: primary?.minNormalizedMeasure === undefined ? null : String(primary.minNormalizedMeasure),
        });
      }
      walk(list(item.item));
    }
  };
  walk(list(organizations[0]?.item));
  return { name, edition, scoes, files };
}

const STATUS_ELEMENTS = ['cmi.core.lesson_status', 'cmi.completion_status', 'cmi.success_status'];
/** classes/completion/custom_completion.php: "passed or completed" in any of the status elements. */
const satisfied = (tracks: Record<string, string>) => STATUS_ELEMENTS.some((e) => tracks[e] === 'passed' || tracks[e] === 'completed');
const rawScore = (tracks: Record<string, string>) => tracks['cmi.core.score.raw'] ?? tracks['cmi.score.raw'];

export class ScoesTrack {
  /** Every stored track, in the order Moodle stored them. */
  readonly stored: StoredTrack[] = [];
  /** Every API call that set an error code, from every visit. */
  readonly apiLog: ApiLogEntry[] = [];
  private readonly rows = new Map<string, Record<string, string>>();
  private readonly completion = new Map<string, boolean>();
  private readonly listeners = new Set<() => void>();

  private key = (activity: string, user: string, sco: string) => `${activity}|${user}|${sco}|1`;

  tracks(activity: string, user: string, sco: string): Record<string, string> {
    return { ...this.rows.get(this.key(activity, user, sco)) };
  }

  /**
   * datamodel.php: every posted element, in the order posted, through locallib.php
   * scorm_insert_track(). Since MDL-46279 that function is handed the SCO's tracks as read before
   * the loop ($trackdata) and recomputes activity completion from them: a commit that stores
   * `passed` is judged by the status from before it (issue 9 §3).
   */
  store(activity: MoodleActivity, user: string, sco: string, pairs: [string, string][]): void {
    const key = this.key(activity.name, user, sco);
    const before = this.tracks(activity.name, user, sco);
    const row = this.rows.get(key) ?? {};
    this.rows.set(key, row);
    for (const [element, value] of pairs) {
      if (!element.startsWith('cmi.')) continue;
      row[element] = value;
      this.stored.push({ activity: activity.name, user, sco, element, value });
      const trigger = element.includes('.score.raw') || (STATUS_ELEMENTS.includes(element) && (value === 'completed' || value === 'passed'));
      if (trigger) this.updateCompletion(activity, user, { [sco]: before });
    }
    this.changed();
  }

  log(entry: ApiLogEntry): void {
    this.apiLog.push(entry);
    this.changed();
  }

  /**
   * A new visit (player.php): completion is worked out again from what is stored now, which is
   * when a module that passed in one commit finally shows complete (issue 9 §3).
   */
  visit(activity: MoodleActivity, user: string): void {
    this.updateCompletion(activity, user, {});
  }

  /** "Completion: all SCOs passed or completed" (completionstatusallscos), the setting the upload guide asks for. */
  private updateCompletion(activity: MoodleActivity, user: string, snapshot: Record<string, Record<string, string>>): void {
    const done = activity.scoes.every((s) => satisfied(snapshot[s.id] ?? this.tracks(activity.name, user, s.id)));
    this.completion.set(`${activity.name}|${user}`, done);
  }

  /** scorm_get_toc(): "Enter" opens the first SCO not passed or completed, not the one the student left last (issue 9 §5). */
  enter(activity: MoodleActivity, user: string): MoodleSco {
    return activity.scoes.find((s) => !satisfied(this.tracks(activity.name, user, s.id))) ?? activity.scoes[0]!;
  }

  completed(activity: string, user: string): boolean {
    return this.completion.get(`${activity}|${user}`) ?? false;
  }

  /** lib.php scorm_grade_user_attempt() with GRADEHIGHEST: the best single SCO's raw score. */
  grade(activity: MoodleActivity, user: string): number | null {
    const scores = activity.scoes.map((s) => rawScore(this.tracks(activity.name, user, s.id))).filter((v): v is string => v !== undefined && v !== '');
    return scores.length === 0 ? null : Math.max(...scores.map(Number));
  }

  /** Resolves once `predicate` holds after some store or log; never polls. */
  waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`The test LMS never saw: ${what}`));
      }, timeoutMs);
      this.listeners.add(check);
    });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
