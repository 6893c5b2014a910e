import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The SCO runtime is built on its own, not as a second renderer entry: every SCO tree (in the app
 * and in exported zips) must be standalone, with fixed file names and no chunks shared with the app.
 */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../../out/sco'),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    assetsInlineLimit: 0,
    // Vite injects the CSS of an IIFE bundle into its JS when code splitting CSS; sco-tree ships
    // sco.css as its own file (listed in the manifest, readable without scripts).
    cssCodeSplit: false,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'index.html'),
      output: {
        // A classic script, not a module: module scripts do not run from file:// in some LMS players.
        format: 'iife',
        entryFileNames: 'sco.js',
        chunkFileNames: 'sco-[name].js',
        assetFileNames: 'sco[extname]',
        // One script file: an SCO is listed file by file in the manifest.
        codeSplitting: false,
      },
    },
  },
});
