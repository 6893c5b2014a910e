import type { AppErrorData, CallArgs, TrainingTally } from '../../../../electron/core/contract';

type TallyArgs = Omit<CallArgs<'training/tally'>, 'teacher'>;

export interface TallyEntry {
  count: number;
  error: AppErrorData | null;
}

interface Options {
  trainingId: string;
  tallies: readonly TrainingTally[];
  save(args: TallyArgs): Promise<TrainingTally>;
  toError(e: unknown): AppErrorData;
}

/**
 * The group quiz's counts. A count is sent whole (not as +1), one save at a time per option: a trainer who
 * clicks + five times quickly gets the count the screen shows, whatever order the answers come back in.
 */
export class TallyBook {
  private readonly counts = new Map<string, TallyEntry>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: Options) {
    for (const t of options.tallies) this.counts.set(key(t.moduleId, t.questionId, t.optionId), { count: t.count, error: null });
  }

  get(moduleId: string, questionId: string, optionId: string): TallyEntry {
    const k = key(moduleId, questionId, optionId);
    let entry = this.counts.get(k);
    if (!entry) {
      entry = { count: 0, error: null };
      this.counts.set(k, entry);
    }
    return entry;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  change(moduleId: string, questionId: string, optionId: string, by: number) {
    const k = key(moduleId, questionId, optionId);
    const count = Math.max(0, this.get(moduleId, questionId, optionId).count + by);
    this.set(k, { count, error: null });
    void this.send(moduleId, questionId, optionId);
  }

  private set(k: string, entry: TallyEntry) {
    this.counts.set(k, entry);
    for (const l of this.listeners) l();
  }

  private async send(moduleId: string, questionId: string, optionId: string): Promise<void> {
    const k = key(moduleId, questionId, optionId);
    if (this.inFlight.has(k)) return;
    this.inFlight.add(k);
    try {
      let count: number;
      do {
        count = this.get(moduleId, questionId, optionId).count;
        try {
          await this.options.save({ id: this.options.trainingId, moduleId, questionId, optionId, count });
        } catch (e) {
          this.set(k, { count: this.get(moduleId, questionId, optionId).count, error: this.options.toError(e) });
          return;
        }
      } while (count !== this.get(moduleId, questionId, optionId).count);
    } finally {
      this.inFlight.delete(k);
    }
  }
}

const key = (...parts: string[]) => JSON.stringify(parts);
