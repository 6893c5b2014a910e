import { vi } from 'vitest';

/**
 * The screen the SCO is shown on, for its section-end markers (layout/use-reached-end.ts): happy-dom
 * lays nothing out, so a test says whether the learner scrolled to a section's end. Installed as the
 * global IntersectionObserver the product uses; the product itself is not changed for tests.
 */
export interface FakeScreen {
  /** The learner scrolls to the end of every section shown now. */
  scrollToEnds(): void;
  /** How many section ends are watched right now. */
  watched(): number;
}

export function fakeScreen(options: { endsInView: boolean }): FakeScreen {
  const observers = new Set<FakeObserver>();
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      this.targets.add(target);
      observers.add(this);
      if (options.endsInView) this.report();
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      observers.delete(this);
    }
    takeRecords() {
      return [];
    }
    report() {
      const entries = [...this.targets].map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
      if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    scrollToEnds: () => [...observers].forEach((o) => o.report()),
    watched: () => [...observers].reduce((n, o) => n + o.targets.size, 0),
  };
}
