import type { AppErrorData, CallArgs, TrainingNote, TrainingNoteSaved } from '../../../../electron/core/contract';

export type NoteStatus = 'saved' | 'waiting' | 'saving' | 'failed' | 'newer';

export interface NoteEntry {
  text: string;
  status: NoteStatus;
  error: AppErrorData | null;
}

type NoteArgs = Omit<CallArgs<'training/note'>, 'teacher'>;

interface Options {
  trainingId: string;
  notes: readonly TrainingNote[];
  save(args: NoteArgs): Promise<TrainingNoteSaved>;
  toError(e: unknown): AppErrorData;
  /** Where unsaved text waits (localStorage): it outlives a closed window or a lecturer mode that timed out. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | null;
  /** Typing pauses this long before a save. */
  delayMs?: number;
}

interface Slot extends NoteEntry {
  /** Highest save number this window sent; core keeps the note with the highest number. */
  sent: number;
  /** The save number of the text core holds as far as this window knows. */
  stored: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const DRAFT = 'leerpad:training-note';

/**
 * The group notes of one session in the presenter view. Each keystroke is kept at once (in `storage`, until
 * core has the text), saved after a pause, and numbered so that a slow older save can never replace a newer
 * one. A note reopened after a crash, a reload or an expired lecturer mode shows the unsaved text and saves it.
 */
export class NoteBook {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<() => void>();
  private readonly storage: Options['storage'];
  private readonly delayMs: number;

  constructor(private readonly options: Options) {
    this.storage = options.storage === undefined ? safeLocalStorage() : options.storage;
    this.delayMs = options.delayMs ?? 800;
    for (const n of options.notes) {
      this.slots.set(key(n.moduleId, n.promptId), { text: n.text, status: 'saved', error: null, sent: n.seq, stored: n.seq, timer: null });
    }
    // Text left unsaved last time is saved now, also for a slide the trainer does not open again.
    for (const [moduleId, promptId] of this.draftsOfThisTraining()) this.slot(moduleId, promptId);
  }

  /** The entry as a screen shows it; the same object until it changes (for useSyncExternalStore). */
  get(moduleId: string, promptId: string): NoteEntry {
    return this.slot(moduleId, promptId);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  edit(moduleId: string, promptId: string, text: string) {
    const slot = this.update(moduleId, promptId, { text, status: 'waiting', error: null });
    this.writeDraft(moduleId, promptId, text);
    this.schedule(moduleId, promptId, slot);
  }

  /** Saves now what waits (leaving the field, the slide or the view). */
  flush(moduleId: string, promptId: string): Promise<void> {
    const slot = this.slots.get(key(moduleId, promptId));
    if (!slot || slot.status === 'saved' || slot.status === 'newer') return Promise.resolve();
    return this.send(moduleId, promptId);
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.slots.keys()].map((k) => this.flush(...unkey(k)))).then(() => undefined);
  }

  private slot(moduleId: string, promptId: string): Slot {
    const k = key(moduleId, promptId);
    let slot = this.slots.get(k);
    if (!slot) {
      slot = { text: '', status: 'saved', error: null, sent: 0, stored: 0, timer: null };
      this.slots.set(k, slot);
    }
    const draft = this.readDraft(moduleId, promptId);
    if (draft !== null && draft !== slot.text && slot.status === 'saved') {
      // Typed here before and never saved: the typing wins and is saved again (core keeps the other text in its history).
      slot = { ...slot, text: draft, status: 'waiting' };
      this.slots.set(k, slot);
      this.schedule(moduleId, promptId, slot, 0);
    } else if (draft !== null && draft === slot.text && slot.status === 'saved') {
      this.removeDraft(moduleId, promptId);
    }
    return slot;
  }

  private update(moduleId: string, promptId: string, change: Partial<Slot>): Slot {
    const k = key(moduleId, promptId);
    const next = { ...this.slot(moduleId, promptId), ...change };
    this.slots.set(k, next);
    for (const l of this.listeners) l();
    return next;
  }

  private schedule(moduleId: string, promptId: string, slot: Slot, delay = this.delayMs) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void this.send(moduleId, promptId), delay);
  }

  private async send(moduleId: string, promptId: string): Promise<void> {
    const current = this.slot(moduleId, promptId);
    if (current.timer) clearTimeout(current.timer);
    const seq = Math.max(current.sent, current.stored) + 1;
    const text = current.text;
    this.update(moduleId, promptId, { status: 'saving', error: null, sent: seq, timer: null });
    try {
      const result = await this.options.save({ id: this.options.trainingId, moduleId, promptId, seq, text });
      const now = this.slot(moduleId, promptId);
      if (result.saved || result.note.seq <= now.sent) {
        const stored = Math.max(now.stored, result.saved ? seq : result.note.seq);
        // Only the last save sent settles the field; an earlier one answering late changes nothing on screen.
        if (seq === now.sent && now.text === text) {
          this.removeDraft(moduleId, promptId);
          this.update(moduleId, promptId, { status: 'saved', stored });
        } else {
          this.update(moduleId, promptId, { stored });
        }
        return;
      }
      // Another window saved a later version: it is the note now; this window's text stays in core's history.
      if (now.text === text && seq === now.sent) {
        this.removeDraft(moduleId, promptId);
        this.update(moduleId, promptId, { text: result.note.text, status: 'newer', stored: result.note.seq, sent: result.note.seq });
      } else {
        this.update(moduleId, promptId, { stored: result.note.seq, sent: Math.max(now.sent, result.note.seq) });
      }
    } catch (e) {
      const now = this.slot(moduleId, promptId);
      if (seq === now.sent) this.update(moduleId, promptId, { status: 'failed', error: this.options.toError(e) });
    }
  }

  private draftKey(moduleId: string, promptId: string) {
    return `${DRAFT}:${JSON.stringify([this.options.trainingId, moduleId, promptId])}`;
  }

  private draftsOfThisTraining(): [string, string][] {
    const found: [string, string][] = [];
    try {
      const storage = this.storage;
      if (!storage) return found;
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (!k?.startsWith(`${DRAFT}:`)) continue;
        const parts: unknown = JSON.parse(k.slice(DRAFT.length + 1));
        if (Array.isArray(parts) && parts.length === 3 && parts.every((p) => typeof p === 'string') && parts[0] === this.options.trainingId) {
          found.push([parts[1] as string, parts[2] as string]);
        }
      }
    } catch {
      // A key someone else wrote that is no JSON: not one of ours.
    }
    return found;
  }

  private readDraft(moduleId: string, promptId: string): string | null {
    try {
      return this.storage?.getItem(this.draftKey(moduleId, promptId)) ?? null;
    } catch {
      return null;
    }
  }

  private writeDraft(moduleId: string, promptId: string, text: string) {
    try {
      this.storage?.setItem(this.draftKey(moduleId, promptId), text);
    } catch {
      // A full storage: the text is still on screen and in the save that follows.
    }
  }

  private removeDraft(moduleId: string, promptId: string) {
    try {
      this.storage?.removeItem(this.draftKey(moduleId, promptId));
    } catch {
      // Nothing to clean up then.
    }
  }
}

const key = (moduleId: string, promptId: string) => JSON.stringify([moduleId, promptId]);
const unkey = (k: string) => JSON.parse(k) as [string, string];

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
