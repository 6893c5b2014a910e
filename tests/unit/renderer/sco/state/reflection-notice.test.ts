import { describe, expect, it } from 'vitest';
import { reflectionNoticeKey } from '../../../../../renderer/sco/state/reflections';

const connected = { connected: true, standalone: false, refused: false };

describe('what the learner is told about who reads a reflection', () => {
  it('in the app (stored through its local LMS, read by the learner only): the private wording, never "your teacher"', () => {
    expect(reflectionNoticeKey({ reflections: 'lms', audience: 'self' }, connected)).toBe('honest.selfOnly');
  });

  it('in an exported lms package: the teacher can read it', () => {
    expect(reflectionNoticeKey({ reflections: 'lms', audience: 'teacher' }, connected)).toBe('reflection.shared');
    // A package written before the field existed: its storage decides, as the export did.
    expect(reflectionNoticeKey({ reflections: 'lms' }, connected)).toBe('reflection.shared');
  });

  it('in an exported private package: the text stays in this browser', () => {
    expect(reflectionNoticeKey({ reflections: 'private', audience: 'self' }, connected)).toBe('reflection.private');
  });

  it('without an LMS: where the text is kept now, whatever the package says', () => {
    expect(reflectionNoticeKey({ reflections: 'lms', audience: 'teacher' }, { connected: false, standalone: true, refused: false })).toBe('reflection.local');
    expect(reflectionNoticeKey({ reflections: 'lms', audience: 'self' }, { connected: false, standalone: false, refused: false })).toBe('reflection.notSaved');
  });
});
