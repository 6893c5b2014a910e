import type { Framework, Portfolio } from '../../../../electron/core/contract';

export const framework: Framework = {
  themes: [
    {
      id: 'interacties',
      title: 'Interacties',
      description: '',
      levers: [
        { id: 'onderzoeken', title: 'Onderzoeken', description: '' },
        { id: 'expressie', title: 'Expressie', description: '' },
      ],
    },
  ],
  umbrella: { id: 'kinderrechten', title: 'Kinderrechten', description: '' },
};

const lever = (id: string, title: string, done: number, total: number) => ({ id, title, modulesCompleted: done, modulesTotal: total, percent: total ? Math.round((done / total) * 100) : 0 });

/** A portfolio as core builds it, with `text` as the learner's reflection in the first module. */
export function samplePortfolio(text: string): Portfolio {
  return {
    learnerName: 'Noor <b>',
    courseId: 'mini',
    courseTitle: 'Mini',
    generatedAt: '2026-05-04T10:00:00.000Z',
    reflections: [
      { reflectionId: 'r-start', moduleId: 'start', moduleTitle: 'Start', prompt: 'Wat zag je?', text, updatedAt: '2026-05-03T10:00:00.000Z', written: true, versions: [] },
      {
        reflectionId: 'r-onderzoeken',
        moduleId: 'onderzoeken',
        moduleTitle: 'Onderzoeken',
        prompt: 'Wat ontdekte een kind?',
        text: 'Kort.',
        updatedAt: '2026-05-03T11:00:00.000Z',
        written: false,
        versions: [{ text: 'Op de laptop: *anders*.', writtenAt: '2026-04-01T08:00:00.000Z' }],
      },
    ],
    checklists: [
      {
        moduleId: 'onderzoeken',
        moduleTitle: 'Onderzoeken',
        checklistId: 'k',
        title: 'Kijkwijzer onderzoeken',
        levers: ['onderzoeken'],
        scale: ['Nog niet', 'Soms', 'Vaak', 'Altijd'],
        items: [
          { itemId: 'a', text: 'Er ligt materiaal klaar.', first: { rating: 0, at: '2026-03-02T09:00:00Z' }, latest: { rating: 2, at: '2026-04-20T09:00:00Z' }, firstLabel: 'Nog niet', latestLabel: 'Vaak', ratings: 2, note: 'klei | zand' },
        ],
      },
    ],
    quizzes: [{ moduleId: 'onderzoeken', moduleTitle: 'Onderzoeken', scorePercent: 80, passPercent: 75, passed: true, verdict: 'passed', questionsCorrect: 4, questionsTotal: 5, attempts: 2 }],
    themes: [{ ...lever('interacties', 'Interacties', 1, 2), levers: [lever('onderzoeken', 'Onderzoeken', 1, 1), lever('expressie', 'Expressie', 0, 1)] }],
    umbrella: lever('kinderrechten', 'Kinderrechten', 1, 2),
    overall: { modulesCompleted: 1, modulesTotal: 2, percent: 50, timeSeconds: 600 },
  };
}
