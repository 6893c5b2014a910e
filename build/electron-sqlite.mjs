#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI in a folder of its own (node_modules/.cache), beside the
 * Node build in node_modules that the CLI, the web harness and the tests use. `npm start` runs this
 * first; the Electron main process loads the binary through better-sqlite3's `nativeBinding` option.
 * Needs internet the first time (Electron headers or a prebuilt binary); later starts reuse it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
export const target = path.join(root, 'node_modules', '.cache', 'leerpad-electron-sqlite', `${electronVersion}-${process.platform}-${process.arch}`);
export const binary = path.join(target, 'build', 'Release', 'better_sqlite3.node');

function build() {
  if (fs.existsSync(binary)) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    fs.cpSync(path.join(source, entry), path.join(target, entry), { recursive: true });
  }
  // The project's .npmrc points node-gyp at Node's own headers (nodedir=/usr); for Electron's ABI
  // those are the wrong headers, so the setting must not reach this build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(k)));
  const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  try {
    execFileSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform], { cwd: target, env, stdio: 'inherit' });
  } catch {
    console.log(`No prebuilt better-sqlite3 for Electron ${electronVersion}; compiling it (a minute or two)…`);
    execFileSync(bin('node-gyp'), ['rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], { cwd: target, env, stdio: 'inherit' });
  }
  if (!fs.existsSync(binary)) throw new Error(`better-sqlite3 for Electron was not built: ${binary} is missing`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    build();
    console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, binary)}`);
  } catch (e) {
    console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${e.message}`);
    console.error('This needs internet once. The web harness works without it: npm run web');
    process.exit(1);
  }
}
