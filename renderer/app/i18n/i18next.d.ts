import type { resources } from './index';

// Checks every t('…') key of the app against its Dutch resources (the source language; en.ts
// mirrors their shape), so a key typo fails tsc instead of showing the raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['nl-BE'];
    returnNull: false;
  }
}
