import type { CallName } from '../contract';
import { AppError } from '../errors';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type PackageCall = Extract<CallName, `library/${string}` | `package/${string}`>;

function notYet(call: string): never {
  throw new AppError({ code: 'INTERNAL', message: `${call} is not built yet.`, hint: 'Playing third-party SCORM packages is being built (issue 12).' });
}

/** Third-party SCORM packages (issue 12): the library, import and playback. */
export function createPackageHandlers(core: Core): Pick<Handlers, PackageCall> {
  void core;
  return {
    'library/packages': () => [],
    'library/import': () => notYet('library/import'),
    'library/remove': () => notYet('library/remove'),
    'package/outline': () => notYet('package/outline'),
    'package/launch': () => notYet('package/launch'),
  };
}
