import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code` as if it were the file at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('architecture boundaries (lint)', () => {
  it('keeps Electron and renderer code out of electron/core', async () => {
    expect(await violations('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await violations('electron/core/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;\n")).toHaveLength(1);
    expect(await violations('electron/core/x.ts', "import { AppError } from './errors';\nexport const a = AppError;\n")).toEqual([]);
  });

  it('lets the renderer import the contract type-only, and only the contract', async () => {
    const file = 'renderer/app/x.ts';
    expect(await violations(file, "import type { Settings } from '../../electron/core/contract';\nexport type S = Settings;\n")).toEqual([]);
    expect(await violations(file, "import { callArgs } from '../../electron/core/contract/calls';\nexport const a = callArgs;\n")).toHaveLength(1);
    expect(await violations(file, "import { openCore } from '../../electron/core/app/services';\nexport const a = openCore;\n")).toHaveLength(1);
    expect(await violations(file, "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await violations(file, "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
  });

  it('allows the pure shared value modules: the suspend_data codecs and the closed sets of values', async () => {
    for (const [module, name] of [
      ['sco-state', 'decodeState'],
      ['course-sco-state', 'decodeCourseState'],
      ['enums', 'SCORM_EDITIONS'],
    ]) {
      const code = `import { ${name} } from '../../electron/core/contract/${module}';\nexport const a = ${name};\n`;
      expect(await violations('renderer/sco/x.ts', code), module).toEqual([]);
    }
  });
});
