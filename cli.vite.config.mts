import fs from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Loaded from node_modules, not bundled: better-sqlite3 is native, xmllint-wasm finds its .wasm file
 * next to its own code, yauzl is CommonJS that requires Node's modules. Everything else (zod alone is
 * 225 files, the unified family hundreds more) is bundled: resolving files is most of a cold start.
 */
// playwright-core: loaded only to print a PDF (pdf/chromium-printer.ts), from node_modules like the native ones.
const externalDeps = ['better-sqlite3', 'xmllint-wasm', 'yauzl', 'playwright-core'];
const isExternal = (id: string) =>
  id.startsWith('node:') || builtinModules.includes(id) || externalDeps.some((d) => id === d || id.startsWith(`${d}/`));

const outDir = resolve(import.meta.dirname, 'out/cli');

/** `package.json` names out/cli/leerpad.mjs as the `leerpad` bin: it must run as `./out/cli/leerpad.mjs` too. */
const executable: Plugin = {
  name: 'leerpad-cli-executable',
  writeBundle() {
    fs.chmodSync(resolve(outDir, 'leerpad.mjs'), 0o755);
  },
};

/**
 * The CLI as one ESM entry for Node 20 (`npm run leerpad`, the `leerpad` bin): no TypeScript to
 * transpile on every start. Each command's code is a chunk of its own beside the entry, imported
 * only when that command runs.
 */
export default defineConfig({
  plugins: [executable],
  build: {
    ssr: resolve(import.meta.dirname, 'electron/core/cli/main.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: isExternal,
      output: {
        format: 'es',
        entryFileNames: 'leerpad.mjs',
        // Chunks beside the entry: core code written for CJS finds out/sco as `${__dirname}/../../out/sco`.
        chunkFileNames: '[name]-[hash].mjs',
        banner: (chunk) =>
          [
            ...(chunk.isEntry ? ['#!/usr/bin/env node'] : []),
            // Core is written for the CJS main process; these are what its __dirname and __filename mean there.
            'const __filename = import.meta.filename, __dirname = import.meta.dirname;',
          ].join('\n'),
      },
    },
  },
  ssr: { noExternal: true },
});
