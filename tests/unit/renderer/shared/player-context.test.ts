import { describe, expect, it } from 'vitest';
import { playerQuery, readPlayerContext } from '../../../../renderer/shared/player-context';
import { chromeLanguageFrom } from '../../../../renderer/sco/i18n';

describe("the SCO's launch query from the app's player", () => {
  it('tells the SCO it plays in the app, its language and the next module\'s title, titles with any characters intact', () => {
    const query = playerQuery('en', 'Hefboom 2: verbinden & delen? #1');
    expect(readPlayerContext(query)).toEqual({ inApp: true, next: 'Hefboom 2: verbinden & delen? #1', startQuiz: false });
    expect(chromeLanguageFrom(query)).toBe('en');
  });

  it('names no next module after the last one, and keeps the Dutch chrome by default', () => {
    const query = playerQuery('nl-BE', null);
    expect(readPlayerContext(query)).toEqual({ inApp: true, next: null, startQuiz: false });
    expect(chromeLanguageFrom(query)).toBe('nl-BE');
  });

  it('reads an LMS launch (no query, or a query of its own) as not in the app, with no next module', () => {
    expect(readPlayerContext('')).toEqual({ inApp: false, next: null, startQuiz: false });
    expect(readPlayerContext('?next=Module%202&player=moodle&start=quiz')).toEqual({ inApp: false, next: null, startQuiz: false });
  });

  it('ignores a next title that is blank or longer than any module title', () => {
    expect(readPlayerContext('?player=leerpad&next=%20%20').next).toBeNull();
    expect(readPlayerContext(`?player=leerpad&next=${'x'.repeat(301)}`).next).toBeNull();
  });

  it('asks to open at the quiz only for the course page\'s "Toets opnieuw", and only in the app', () => {
    expect(readPlayerContext(playerQuery('nl-BE', 'Module 2', true))).toEqual({ inApp: true, next: 'Module 2', startQuiz: true });
    expect(readPlayerContext('?start=quiz').startQuiz).toBe(false);
    expect(readPlayerContext('?player=leerpad&start=elsewhere').startQuiz).toBe(false);
  });
});
