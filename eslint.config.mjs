import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import leerpad from './build/lint/plugin.mjs';

const ELECTRON_API = { group: ['/electron', '/electron/*'], message: 'electron/core is plain Node: Electron APIs belong in electron/main.' };
const SANDBOXED = { group: ['/electron', '/electron/*', 'node:*'], message: 'This code runs in the renderer sandbox, without Node or Electron APIs.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/fixtures/**', 'test-results/**', '.sources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Which room may import which: build/lint/rooms.mjs.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { leerpad },
    rules: { 'leerpad/layers': 'error', 'leerpad/no-import-cycles': 'error' },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ELECTRON_API] }] },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SANDBOXED] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SANDBOXED] }],
      'no-restricted-syntax': [
        'error',
        {
          // tsc gives up (TS2589) on this type once the catalogue passes ~700 keys: it works out every key prefix.
          selector: "TSTypeReference[typeName.name='ReturnType'] TSTypeQuery[exprName.name='useTranslation']",
          message: "Type a translate parameter as i18next's TFunction, not ReturnType<typeof useTranslation>['t'].",
        },
      ],
    },
  },
);
