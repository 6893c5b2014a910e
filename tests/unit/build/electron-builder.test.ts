import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

/** electron-builder's own loader and JSON-schema check, without packaging anything. */
async function loadConfig() {
  const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
    getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
    validateConfiguration(config: object, logger: object): Promise<void>;
  };
  const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => object };
  const config = await getConfig(root, path.join(root, 'build/electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as Record<string, unknown> & {
    linux: { target: string[] };
    win: { target: string[] };
    mac: { target: string[] };
    asarUnpack: string[];
    extraResources: { from: string; to: string }[];
  };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(loadConfig()).resolves.toBeTruthy();
  });

  it('names the app and targets every desktop platform', async () => {
    const c = await loadConfig();
    expect(c.productName).toBe('Leerpad');
    expect(c.appId).toBe('be.leerpad.app');
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.win.target).toEqual(['nsis']);
    expect(c.mac.target).toEqual(['dmg']);
  });

  it('unpacks the native SQLite module, ships courses and schemas, and never rebuilds natives itself', async () => {
    const c = await loadConfig();
    expect(c.npmRebuild).toBe(false);
    expect(c.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(c.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'courses', to: 'courses' }),
        expect.objectContaining({ from: 'build/scorm-schemas', to: 'scorm-schemas' }),
      ]),
    );
  });

  it('rejects an unknown key (the check is real)', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      validateConfiguration(config: object, logger: object): Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => object };
    await expect(validateConfiguration({ productName: 'Leerpad', notAKey: true }, new DebugLogger(false))).rejects.toThrow(/notAKey/);
  });
});
