import type { CallName } from '../contract';
import { AppError } from '../errors';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type TrainingCall = Extract<CallName, `training/${string}`>;

function notYet(): never {
  throw new AppError({ code: 'NOT_FOUND', message: 'Trainer sessions are not available in this build yet.' });
}

/** A trainer's session with a school team (issue 15); the rules live in electron/core/training. */
export function createTrainingHandlers(core: Core): Pick<Handlers, TrainingCall> {
  void core;
  return {
    'training/list': notYet,
    'training/create': notYet,
    'training/get': notYet,
    'training/update': notYet,
    'training/note': notYet,
    'training/tally': notYet,
    'training/attendance': notYet,
    'training/close': notYet,
    'training/delete': notYet,
    'training/module': notYet,
    'training/export-attendance': notYet,
    'training/export-certificates': notYet,
    'training/export-notes': notYet,
  };
}
