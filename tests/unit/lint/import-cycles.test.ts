import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { circles, circleThrough } from '../../../build/lint/import-graph.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function circleMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'leerpad/no-import-cycles').map((m) => m.message);
}

describe('import circles (lint)', () => {
  it('names the circle an edit would close, type-only imports included', async () => {
    // course/issues.ts is imported by the compiler; importing the compiler back closes a circle.
    const file = 'electron/core/course/issues.ts';
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const [message] = await circleMessages(file, `import type { compileModule } from './module-compiler';\nexport type C = typeof compileModule;\n${text}`);
    expect(message).toMatch(/^Import circle: electron\/core\/course\/issues\.ts → electron\/core\/course\/module-compiler\.ts → .*electron\/core\/course\/issues\.ts\./);
  });

  it('accepts the file as it is on disk', async () => {
    const file = 'electron/core/course/issues.ts';
    expect(await circleMessages(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('finds every circle of a graph, and one shortest way around it', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(circles(graph)).toEqual([['/a.ts', '/b.ts', '/c.ts']]);
    expect(circleThrough(graph, '/b.ts')).toEqual(['/b.ts', '/c.ts', '/a.ts', '/b.ts']);
    expect(circleThrough(graph, '/d.ts')).toBeNull();
  });
});
