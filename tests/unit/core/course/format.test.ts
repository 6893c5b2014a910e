import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../electron/core/course';

describe('formatIssue', () => {
  it('prints file:line:column, severity, message and hint on one line', () => {
    expect(
      formatIssue({
        severity: 'error',
        code: 'quiz.no-correct-answer',
        file: 'modules/05-onderzoeken.md',
        line: 41,
        column: 3,
        message: "quiz 'q-onderzoeken' has no correct answer",
        hint: 'mark one option with [x]',
      }),
    ).toBe("modules/05-onderzoeken.md:41:3 error quiz 'q-onderzoeken' has no correct answer — mark one option with [x]");
  });

  it('leaves out the parts an issue does not have', () => {
    expect(
      formatIssue({ severity: 'warning', code: 'module.unlisted', file: 'modules/09-extra.md', message: 'not listed' }),
    ).toBe('modules/09-extra.md warning not listed');
  });
});
