import type { CourseDocument, ModuleDocument } from '../../electron/core/contract';

/** A compiled course built in code, for core tests that must not depend on the Markdown compiler. */
export function makeModule(id: string, levers: string[], opts: { quiz?: boolean; sections?: number } = {}): ModuleDocument {
  const sections = Array.from({ length: opts.sections ?? 3 }, (_, i) => ({
    id: `${id}-s${i + 1}`,
    title: `Sectie ${i + 1}`,
    words: 2,
    readingMinutes: 1,
    blocks: [{ kind: 'prose' as const, html: `<p>Tekst ${i + 1}</p>` }],
  }));
  sections[0]!.blocks.push({
    kind: 'reflection',
    id: `r-${id}`,
    promptHtml: '<p>Wat zie je in je klas?</p>',
    promptText: 'Wat zie je in je klas?',
    guidingQuestions: [],
    minLength: 0,
    maxLength: 1200,
  } as never);
  sections[1]!.blocks.push({
    kind: 'checklist',
    id: `k-${id}`,
    title: 'Kijkwijzer',
    scale: ['Nog niet', 'Soms', 'Vaak', 'Altijd'],
    items: [
      { id: `k-${id}-a`, text: 'Ik stel open vragen.' },
      { id: `k-${id}-b`, text: 'Er ligt materiaal klaar.' },
    ],
    allowNote: true,
    noteMaxLength: 200,
  } as never);
  if (opts.quiz !== false) {
    sections[sections.length - 1]!.blocks.push({
      kind: 'quiz',
      id: `q-${id}`,
      title: 'Test jezelf',
      pass: 75,
      retry: true,
      questions: [
        {
          id: `q-${id}-1`,
          type: 'single',
          promptHtml: '<p>Vraag 1</p>',
          options: [
            { id: 'a', html: 'A', text: 'A', correct: true },
            { id: 'b', html: 'B', text: 'B', correct: false },
          ],
        },
        { id: `q-${id}-2`, type: 'truefalse', promptHtml: '<p>Vraag 2</p>', answer: true },
      ],
    } as never);
  }
  return { id, file: `modules/${id}.md`, title: `Module ${id}`, levers, minutes: 20, goals: ['Je kan iets.'], wordCount: 700, sections, media: [] };
}

export function makeCourse(): CourseDocument {
  return {
    id: 'testcursus',
    version: '1.0.0',
    language: 'nl-BE',
    title: 'Testcursus',
    description: 'Een cursus om te testen.',
    authors: [{ name: 'Test' }],
    licence: 'CC BY 4.0',
    minutes: 60,
    framework: {
      themes: [
        {
          id: 'thema',
          title: 'Thema',
          description: 'x',
          levers: [
            { id: 'hefboom-a', title: 'Hefboom A', description: 'x' },
            { id: 'hefboom-b', title: 'Hefboom B', description: 'x' },
          ],
        },
      ],
      umbrella: { id: 'kader', title: 'Kader', description: 'x' },
    },
    modules: [makeModule('m1', ['hefboom-a']), makeModule('m2', ['hefboom-a', 'hefboom-b']), makeModule('m3', ['kader'], { quiz: false })],
  };
}

/** A 2004 CMI tree as scorm-again renders it on commit. */
export function cmi2004(values: {
  completion?: string;
  success?: string;
  scaled?: number;
  location?: string;
  suspend?: string;
  session?: string;
  interactions?: { id: string; type: string; learner_response: string; result: string }[];
  objectives?: { id: string; completion_status: string; success_status: string }[];
}) {
  return {
    cmi: {
      completion_status: values.completion ?? 'incomplete',
      success_status: values.success ?? 'unknown',
      score: { scaled: values.scaled === undefined ? '' : String(values.scaled), raw: '', min: '0', max: '100' },
      location: values.location ?? '',
      suspend_data: values.suspend ?? '',
      session_time: values.session ?? 'PT0S',
      exit: 'suspend',
      interactions: Object.fromEntries((values.interactions ?? []).map((i, n) => [String(n), i])),
      objectives: Object.fromEntries((values.objectives ?? []).map((o, n) => [String(n), { ...o, score: { scaled: '' } }])),
    },
  };
}
