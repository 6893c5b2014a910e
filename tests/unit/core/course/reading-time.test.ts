import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../electron/core/course';
import { WORDS_PER_MINUTE } from '../../../../electron/shared/reading-time';
import { tempCourse } from '../../../helpers/core/course/fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

function sectionsOf(body: string) {
  const { course, issues } = loadCourse(tempCourse(body));
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return course!.modules[0]!.sections.map((s) => [s.id, s.words, s.readingMinutes]);
}

describe('reading time per section, computed when the course is compiled', () => {
  it('counts each section on its own and rounds its minutes up', () => {
    // HEADER's first section holds "Wat tekst." (2 words).
    const body = `::section[Lang]{#een-lang}\n\n${words(WORDS_PER_MINUTE * 2 + 10)}\n`;
    expect(sectionsOf(body)).toEqual([
      ['een-start', 2, 1],
      ['een-lang', WORDS_PER_MINUTE * 2 + 10, 3],
    ]);
  });

  it('counts the words of quotes and callouts, as the module word count does', () => {
    const body = ':::quote{by="Iemand"}\nDrie woorden hier.\n:::\n\n:::callout{type="tip"}\nNog twee.\n:::\n';
    const { course } = loadCourse(tempCourse(body));
    const module = course!.modules[0]!;
    expect(module.sections[0]!.words).toBe(2 + 3 + 2);
    expect(module.wordCount).toBe(module.sections.reduce((n, s) => n + s.words, 0));
  });

  it('gives a section without prose (a quiz only) no reading time', () => {
    const quiz = [
      '::section[Toets]{#een-toets}',
      '',
      '::::quiz{#een-quiz title="Toets" pass=50}',
      '',
      ':::truefalse{#een-q1 answer="waar"}',
      'Klopt dit?',
      '',
      '> Waar.',
      ':::',
      '',
      '::::',
      '',
    ].join('\n');
    const sections = sectionsOf(quiz);
    expect(sections[1]).toEqual(['een-toets', 0, 0]);
  });
});
