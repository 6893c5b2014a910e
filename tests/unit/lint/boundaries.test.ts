import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });
const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'leerpad/layers'];

/** What ESLint says about the import boundaries of `code` as if it were the file at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => BOUNDARY_RULES.includes(m.ruleId ?? '')).map((m) => m.message);
}

describe('architecture boundaries (lint)', () => {
  it('keeps Electron and renderer code out of electron/core', async () => {
    expect(await violations('electron/core/course/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await violations('electron/core/course/x.ts', "import { App } from '../../../renderer/app/App';\nexport const a = App;\n")).toHaveLength(1);
    expect(await violations('electron/core/course/x.ts', "import { AppError } from '../errors';\nexport const a = AppError;\n")).toEqual([]);
  });

  it('refuses an import against the layers: the domain never reaches up into the app, the transport or the CLI', async () => {
    const [message] = await violations('electron/core/scorm/x.ts', "import { openCore } from '../app/services';\nexport const a = openCore;\n");
    expect(message).toContain('electron/core/scorm may not import electron/core/app');
    expect(await violations('electron/core/app/x.ts', "import { runCli } from '../cli/run';\nexport const a = runCli;\n")).toHaveLength(1);
    expect(await violations('electron/core/course/x.ts', "import { runExport } from '../scorm/pipeline';\nexport const a = runExport;\n")).toHaveLength(1);
    expect(await violations('electron/core/contract/x.ts', "import { AppError } from '../errors';\nexport const a = AppError;\n")).toHaveLength(1);
    expect(await violations('electron/main/x.ts', "import { runCli } from '../core/cli/run';\nexport const a = runCli;\n")).toHaveLength(1);
  });

  it('lets each layer import the ones below it', async () => {
    expect(await violations('electron/core/scorm/x.ts', "import { createCatalog } from '../course/catalog';\nexport const a = createCatalog;\n")).toEqual([]);
    expect(await violations('electron/core/transport/x.ts', "import { openCore } from '../app/services';\nexport const a = openCore;\n")).toEqual([]);
    expect(await violations('electron/main/x.ts', "import { openCore } from '../core/app/services';\nexport const a = openCore;\n")).toEqual([]);
  });

  it('asks for a new folder to be placed in a room before anything in it is accepted', async () => {
    const [message] = await violations('electron/core/newroom/x.ts', 'export const a = 1;\n');
    expect(message).toContain('lies in no room of build/lint/rooms.mjs');
  });

  it('lets the renderer import the contract type-only, and no other core code', async () => {
    const file = 'renderer/app/x.ts';
    expect(await violations(file, "import type { Settings } from '../../electron/core/contract';\nexport type S = Settings;\n")).toEqual([]);
    const [typeOnly] = await violations(file, "import { callArgs } from '../../electron/core/contract/calls';\nexport const a = callArgs;\n");
    expect(typeOnly).toContain('Import it type-only');
    expect(await violations(file, "import { openCore } from '../../electron/core/app/services';\nexport const a = openCore;\n")).toHaveLength(1);
    expect(await violations(file, "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await violations(file, "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
  });

  it('keeps the SCO bundle and the app bundle apart: both share only renderer/shared', async () => {
    expect(await violations('renderer/sco/x.ts', "import { App } from '../app/App';\nexport const a = App;\n")).toHaveLength(1);
    expect(await violations('renderer/sco/x.ts', "import { BRIDGE } from '../shared/lms-bridge';\nexport const a = BRIDGE;\n")).toEqual([]);
  });

  it('lets both sides import the pure shared values, which themselves import no Node and no core code', async () => {
    for (const [module, name] of [
      ['sco-state', 'decodeState'],
      ['course-sco-state', 'decodeCourseState'],
      ['enums', 'SCORM_EDITIONS'],
      ['messages', 'courseMessages'],
      ['status-ranks', 'COMPLETION_RANK'],
    ]) {
      const code = `import { ${name} } from '../../electron/shared/${module}';\nexport const a = ${name};\n`;
      expect(await violations('renderer/sco/x.ts', code), module).toEqual([]);
      expect(await violations('electron/core/progress/x.ts', code.replace('../../electron/shared', '../../shared')), module).toEqual([]);
    }
    expect(await violations('electron/shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await violations('electron/shared/x.ts', "import { AppError } from '../core/errors';\nexport const a = AppError;\n")).toHaveLength(1);
  });
});
