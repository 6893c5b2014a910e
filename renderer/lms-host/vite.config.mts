import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The LMS host page, built on its own: it is served on the content origin (never the app's), so it
 * shares no chunk with the app, and scorm-again lives in this bundle only.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/lms-host'),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'index.html'),
      output: {
        entryFileNames: 'lms-host.js',
        assetFileNames: 'lms-host[extname]',
        codeSplitting: false,
      },
    },
  },
});
