import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (or an SCO frame). Injected through the DevTools protocol, which the
 * page's strict CSP does not block, instead of a <script> tag, which it would.
 */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    // Runs in the browser; typed loosely because this file is compiled without the DOM library.
    const g = globalThis as unknown as { document: object; axe: { run(ctx: object, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

/** Fails the test with every violation listed, naming the screen it was found on. */
export async function expectAccessible(target: Page | Frame, where: string) {
  const violations = await axeViolations(target);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}
