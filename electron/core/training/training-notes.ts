import type { CourseDocument, Question, Training } from '../contract';
import { escapeHtml, escapeMarkdown } from '../portfolio/escape';
import { htmlText } from '../scorm/preflight/plain-text';
import { blocksOf } from '../../shared/sco-state';
import { tallyOptionIds } from './training-content';
import { metaLine, printPage } from './training-documents';
import { TRAINING_WORDS as W } from './training-words';

interface NotesItem {
  heading: string;
  prompt: string;
  note: string;
}

interface QuizItem {
  question: string;
  options: { label: string; count: number; correct: boolean }[];
}

interface NotesModule {
  title: string;
  items: NotesItem[];
  quiz: QuizItem[];
  /** How the room chose in each counted scenario (its best choices marked as such). */
  choices: QuizItem[];
}

function optionsOf(question: Question): { id: string; label: string; correct: boolean }[] {
  if (question.type === 'single' || question.type === 'multiple') return question.options.map((o) => ({ id: o.id, label: `${o.id}) ${o.text}`, correct: o.correct }));
  if (question.type === 'truefalse') return tallyOptionIds(question).map((id) => ({ id, label: W.optionWords[id]!, correct: (id === 'true') === question.answer }));
  return tallyOptionIds(question).map((id) => ({ id, label: W.optionWords[id]!, correct: id === 'correct' }));
}

/**
 * What the team takes home, module by module: each discussion question or case with the group's note (only
 * those with a note), and the group quiz's tallies (only questions the trainer counted).
 */
export function notesModel(t: Training, course: CourseDocument | null): NotesModule[] {
  // A module taken off the session after notes were typed keeps its notes in the export: they are the team's text.
  const noted = t.notes.filter((n) => !t.modules.some((m) => m.id === n.moduleId)).map((n) => n.moduleId);
  const modules = [...t.modules, ...[...new Set(noted)].map((id) => ({ id, title: course?.modules.find((x) => x.id === id)?.title ?? id }))];
  return modules.map((m) => {
    const doc = course?.modules.find((x) => x.id === m.id);
    const notes = new Map(t.notes.filter((n) => n.moduleId === m.id && n.text.trim() !== '').map((n) => [n.promptId, n.text]));
    const items: NotesItem[] = [];
    if (doc) {
      for (const r of blocksOf(doc, 'reflection')) {
        const note = notes.get(r.id);
        if (note !== undefined) items.push({ heading: W.discussion, prompt: r.promptText, note });
        notes.delete(r.id);
      }
      for (const s of blocksOf(doc, 'scenario')) {
        const note = notes.get(s.id);
        if (note !== undefined) items.push({ heading: W.scenario, prompt: s.situationText, note });
        notes.delete(s.id);
      }
    }
    // A note whose prompt the course no longer has is still the team's text: kept, under its id.
    for (const [promptId, note] of notes) items.push({ heading: W.discussion, prompt: promptId, note });

    const counted = t.tallies.filter((x) => x.moduleId === m.id);
    const quiz: QuizItem[] = doc
      ? blocksOf(doc, 'quiz').flatMap((q) =>
          q.questions
            .filter((question) => counted.some((c) => c.questionId === question.id))
            .map((question) => ({
              question: htmlText(question.promptHtml),
              options: optionsOf(question).map((o) => ({
                label: o.label,
                correct: o.correct,
                count: counted.find((c) => c.questionId === question.id && c.optionId === o.id)?.count ?? 0,
              })),
            })),
        )
      : [];
    const choices: QuizItem[] = doc
      ? blocksOf(doc, 'scenario')
          .filter((s) => counted.some((c) => c.questionId === s.id))
          .map((s) => ({
            question: s.situationText,
            options: s.steps.flatMap((step) =>
              step.choices.map((choice) => ({
                label: `${choice.id}) ${choice.text}`,
                correct: choice.best,
                count: counted.find((c) => c.questionId === s.id && c.optionId === choice.id)?.count ?? 0,
              })),
            ),
          }))
      : [];
    return { title: m.title, items, quiz, choices };
  });
}

const isBare = (m: NotesModule) => m.items.length === 0 && m.quiz.length === 0 && m.choices.length === 0;
const isEmpty = (modules: NotesModule[]) => modules.every(isBare);

/** The counted questions (or scenarios) under their heading, each option with its count and its mark. */
function countsMarkdown(heading: string, items: QuizItem[], mark: string): string[] {
  if (items.length === 0) return [];
  const out = [`### ${heading}`, ''];
  for (const q of items) {
    out.push(`**${escapeMarkdown(q.question)}**`, '');
    for (const o of q.options) out.push(`- ${escapeMarkdown(o.label)}: ${W.answered(o.count)}${o.correct ? ` (${mark})` : ''}`);
    out.push('');
  }
  return out;
}

function countsHtml(heading: string, items: QuizItem[], mark: string): string[] {
  if (items.length === 0) return [];
  return [
    `<h3>${heading}</h3>`,
    ...items.map((q) => {
      const options = q.options.map((o) => `<li>${escapeHtml(o.label)}: ${W.answered(o.count)}${o.correct ? ` (${mark})` : ''}</li>`).join('');
      return `<p><strong>${escapeHtml(q.question)}</strong></p><ul>${options}</ul>`;
    }),
  ];
}

export function notesMarkdown(t: Training, course: CourseDocument | null): string {
  const modules = notesModel(t, course);
  const out = [`# ${W.notesTitle}: ${escapeMarkdown(t.title)}`, '', escapeMarkdown(metaLine(t)), ''];
  if (isEmpty(modules)) out.push(W.noNotes, '');
  for (const m of modules) {
    if (isBare(m)) continue;
    out.push(`## ${escapeMarkdown(m.title)}`, '');
    for (const item of m.items) out.push(`### ${item.heading}: ${escapeMarkdown(item.prompt)}`, '', escapeMarkdown(item.note), '');
    out.push(...countsMarkdown(W.scenarioChoices, m.choices, W.bestChoice), ...countsMarkdown(W.groupQuiz, m.quiz, W.correctAnswer));
  }
  return out.join('\n');
}

export function notesHtml(t: Training, course: CourseDocument | null): string {
  const modules = notesModel(t, course);
  const parts = [`<h1>${W.notesTitle}</h1>`, `<p class="meta"><strong>${escapeHtml(t.title)}</strong></p>`, `<p class="meta">${escapeHtml(metaLine(t))}</p>`];
  if (isEmpty(modules)) parts.push(`<p>${W.noNotes}</p>`);
  for (const m of modules) {
    if (isBare(m)) continue;
    parts.push(`<h2>${escapeHtml(m.title)}</h2>`);
    for (const item of m.items) parts.push(`<h3>${item.heading}: ${escapeHtml(item.prompt)}</h3>`, `<p class="note">${escapeHtml(item.note)}</p>`);
    parts.push(...countsHtml(W.scenarioChoices, m.choices, W.bestChoice), ...countsHtml(W.groupQuiz, m.quiz, W.correctAnswer));
  }
  return printPage(`${W.notesTitle} – ${t.title}`, parts.join('\n'));
}
