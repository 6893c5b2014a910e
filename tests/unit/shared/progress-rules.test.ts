import { describe, expect, it } from 'vitest';
import { moduleStatus, moduleStatusOf, reflectionCharactersNeeded, reflectionLength, reflectionWritten } from '../../../electron/shared/progress-rules';

describe('when a reflection counts as written', () => {
  it('counts from the block minimum: 2 characters of a 50-character minimum do not count', () => {
    expect(reflectionWritten('ok', 50)).toBe(false);
    expect(reflectionCharactersNeeded('ok', 50)).toBe(48);
    expect(reflectionWritten('x'.repeat(50), 50)).toBe(true);
    expect(reflectionCharactersNeeded('x'.repeat(50), 50)).toBe(0);
  });

  it('does not count spaces and blank lines around the text, and counts an emoji as one character', () => {
    expect(reflectionLength('  \n  ')).toBe(0);
    expect(reflectionWritten(`${' '.repeat(60)}kort`, 50)).toBe(false);
    expect(reflectionLength('😀😀')).toBe(2);
  });

  it('needs at least one character even where the block asks for no minimum', () => {
    expect(reflectionWritten('', 0)).toBe(false);
    expect(reflectionWritten(undefined, 0)).toBe(false);
    expect(reflectionWritten('a', 0)).toBe(true);
  });
});

describe('what a module status tells the learner', () => {
  it('calls a completed module whose quiz is not passed "quiz not passed", not finished', () => {
    expect(moduleStatus({ started: true, completed: true, hasQuiz: true, passed: false })).toBe('quiz-not-passed');
    expect(moduleStatusOf('completed', 'failed', true)).toBe('quiz-not-passed');
  });

  it('calls a module finished when it is completed and its quiz passed, or completed without a quiz', () => {
    expect(moduleStatusOf('completed', 'passed', true)).toBe('finished');
    expect(moduleStatusOf('completed', 'unknown', false)).toBe('finished');
  });

  it('keeps a passed quiz with sections still unread in progress', () => {
    expect(moduleStatusOf('incomplete', 'passed', true)).toBe('in-progress');
    expect(moduleStatusOf('not attempted', 'unknown', true)).toBe('not-started');
  });
});
