import type { MessageParams } from './errors';

/** The compiled form of a course: what the validator produces and the SCO runtime renders. */

export interface FrameworkNode {
  id: string;
  title: string;
  description: string;
}

export interface FrameworkTheme extends FrameworkNode {
  levers: FrameworkNode[];
}

export interface Framework {
  themes: FrameworkTheme[];
  umbrella: FrameworkNode;
}

export interface Author {
  name: string;
  role?: string;
}

export interface CourseMeta {
  id: string;
  version: string;
  language: string;
  title: string;
  subtitle?: string;
  description: string;
  authors: Author[];
  credits?: string;
  licence: string;
  minutes: number;
  framework: Framework;
}

export interface CourseDocument extends CourseMeta {
  modules: ModuleDocument[];
}

export interface ModuleDocument {
  id: string;
  /** Path relative to the course folder, e.g. `modules/05-onderzoeken.md`. */
  file: string;
  title: string;
  /** Lever ids (or the umbrella id) this module serves; each becomes a SCORM objective. */
  levers: string[];
  minutes: number;
  goals: string[];
  /** Words of prose in the sections (quiz, reflection and checklist text not counted). */
  wordCount: number;
  sections: Section[];
  /** Relative paths (from the course folder) of every media file the module uses. */
  media: string[];
}

export interface Section {
  id: string;
  title: string;
  /** Words of prose, quotes and callouts in this section (as `wordCount`, per section). */
  words: number;
  /** Estimated reading time from `words` (electron/shared/reading-time.ts); 0 when there is nothing to read. */
  readingMinutes: number;
  blocks: Block[];
}

/** HTML compiled from the author's Markdown; raw HTML in the source is never passed through. */
export type Html = string;

export type Block =
  | { kind: 'prose'; html: Html }
  | { kind: 'quote'; html: Html; by: string; role?: string }
  | { kind: 'callout'; variant: 'info' | 'tip' | 'belangrijk'; title?: string; html: Html }
  | { kind: 'image'; src: string; alt: string; caption?: string }
  | { kind: 'video'; src: string; title: string; transcriptHtml: Html }
  | QuizBlock
  | ReflectionBlock
  | ChecklistBlock
  | ScenarioBlock;

export interface QuizBlock {
  kind: 'quiz';
  id: string;
  title: string;
  /** Pass mark in percent (0–100). */
  pass: number;
  retry: boolean;
  questions: Question[];
}

interface QuestionBase {
  id: string;
  promptHtml: Html;
  /** Explanation shown after answering, whatever the answer. */
  explanationHtml?: Html;
}

export interface ChoiceOption {
  /** Positional id: a, b, c … (SCORM `choice` responses use it). */
  id: string;
  html: Html;
  /** Plain text of the option, for interaction descriptions and reports. */
  text: string;
  correct: boolean;
  feedbackHtml?: Html;
}

export type Question =
  | (QuestionBase & { type: 'single' | 'multiple'; options: ChoiceOption[] })
  | (QuestionBase & { type: 'truefalse'; answer: boolean })
  | (QuestionBase & { type: 'matching'; pairs: { id: string; left: string; right: string }[] })
  | (QuestionBase & { type: 'ordering'; items: { id: string; text: string }[] });

export type QuestionType = Question['type'];

export interface ReflectionBlock {
  kind: 'reflection';
  id: string;
  promptHtml: Html;
  /** Plain text of the prompt: goes into the SCORM interaction description and exports. */
  promptText: string;
  guidingQuestions: string[];
  minLength: number;
  maxLength: number;
}

export interface ChecklistBlock {
  kind: 'checklist';
  id: string;
  title: string;
  introHtml?: Html;
  scale: string[];
  items: { id: string; text: string }[];
  allowNote: boolean;
  /** Maximum length of a note per statement. */
  noteMaxLength: number;
}

export interface ScenarioChoice {
  /** Positional id, continuing over the steps (a–d in step 1, e–h in step 2): one SCORM `choice` response names the path. */
  id: string;
  html: Html;
  /** Plain text of the choice, for interaction descriptions and reports. */
  text: string;
  /** Only in a scored scenario: the choice the author marked best (`- [x]`). */
  best: boolean;
  /** What happens after this choice and why. */
  consequenceHtml: Html;
}

export interface ScenarioStep {
  situationHtml: Html;
  choices: ScenarioChoice[];
}

/** A case to decide: a situation, 2–4 choices with their consequence, optionally a second step shown after the first choice. */
export interface ScenarioBlock {
  kind: 'scenario';
  id: string;
  /** Scored: each step has one best choice and the scenario is reported as a SCORM `choice` interaction. */
  scored: boolean;
  /** Plain text of the first situation: goes into the interaction description and exports. */
  situationText: string;
  steps: ScenarioStep[];
}

/** One problem found in a course's files. */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `quiz.no-correct-answer`; the UI translates by it. */
  code: string;
  /** Path relative to the course folder. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** What to write instead. */
  hint?: string;
  params?: MessageParams;
}

export interface CourseSummary {
  id: string;
  /** Folder name under the courses root. */
  dir: string;
  title: string;
  subtitle?: string;
  description: string;
  language: string;
  version: string;
  minutes: number;
  moduleCount: number;
  /** `invalid` courses are listed with their errors and cannot be opened. */
  status: 'ok' | 'invalid';
  issues: ValidationIssue[];
}

/** A course without its content: what the course screen lists. */
export interface CourseOutline extends CourseMeta {
  modules: {
    id: string;
    title: string;
    levers: string[];
    minutes: number;
    goals: string[];
    sections: { id: string; title: string }[];
    questions: number;
    reflections: number;
    checklists: number;
  }[];
}
