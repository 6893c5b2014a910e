import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// The unified/remark family is ESM-only: bundle it into the CJS main process instead of
// relying on require(esm). Native and wasm packages stay external (loaded from node_modules).
const bundledEsmDeps = [
  'unified',
  'remark-parse',
  'remark-directive',
  'remark-frontmatter',
  'remark-gfm',
  'mdast-util-to-hast',
  'hast-util-to-html',
  'unist-util-visit',
];

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: bundledEsmDeps },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer/app'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/app/index.html') } },
    },
  },
});
