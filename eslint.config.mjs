import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const coreBoundary = {
  patterns: [
    { group: ['/electron', '/electron/*'], message: 'electron/core is plain Node: Electron APIs belong in electron/main.' },
    { group: ['**/renderer/**', '**/renderer'], message: 'electron/core must not import renderer code.' },
  ],
};

const rendererBoundary = {
  patterns: [
    {
      group: ['**/electron/core/**', '!**/electron/core/contract', '!**/electron/core/contract/**'],
      message: 'The renderer talks to core only through the contract (electron/core/contract).',
    },
    {
      // The pure value modules both sides share: the suspend_data codecs, the closed sets of values and the message catalogue.
      regex: '(^|/)electron/core/contract(/(?!sco-state$|course-sco-state$|enums$|messages$)[^/]+)?$',
      allowTypeImports: true,
      message: 'Import the contract type-only (`import type`): the renderer bundle must not carry core code.',
    },
    { group: ['/electron', '/electron/*', 'node:*'], message: 'The renderer runs in a sandbox without Node or Electron APIs.' },
  ],
};

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
    files: ['electron/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', coreBoundary] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', rendererBoundary],
    },
  },
);
