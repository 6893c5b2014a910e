import type { Portfolio } from '../contract';

/** The portfolio without the reflections the learner keeps private; ids the course does not have change nothing. */
export function withoutExcluded(portfolio: Portfolio, exclude: readonly string[]): Portfolio {
  const left = new Set(exclude);
  return { ...portfolio, reflections: portfolio.reflections.filter((r) => !left.has(r.reflectionId)) };
}
