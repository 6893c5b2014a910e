import type { Language, Portfolio, PortfolioRatedItem } from '../contract';
import { portfolioEn } from './texts-en';
import { portfolioNl, type PortfolioTexts } from './texts-nl';

const TEXTS: Record<Language, PortfolioTexts> = { 'nl-BE': portfolioNl, en: portfolioEn };
/** British English writes the day first, as the Dutch does: one date reads the same in both documents. */
const LOCALE: Record<Language, string> = { 'nl-BE': 'nl-BE', en: 'en-GB' };

/** `{{name}}` in a template replaced by its value; a template naming a value not given is Leerpad's bug. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`The portfolio text '${template}' needs {{${name}}}.`);
    return String(params[name]);
  });
}

/**
 * The words of the portfolio document in one language, shared by the PDF's HTML and the Markdown so both say
 * the same. Returned strings are plain text: each format escapes them its own way.
 */
export function portfolioWords(language: Language) {
  const texts = TEXTS[language];
  const dates = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric' });
  const date = (iso: string) => dates.format(new Date(iso));
  /** The variant for a count, as the app's own texts have it: "1 van 1 module", "1 van 2 modules". */
  const counted = (variants: { one: string; other: string }, total: number) => (total === 1 ? variants.one : variants.other);
  const progress = (p: { modulesCompleted: number; modulesTotal: number; percent: number }) =>
    p.modulesTotal === 0 ? texts.progress.noModules : fill(counted(texts.progress.done, p.modulesTotal), { done: p.modulesCompleted, total: p.modulesTotal, percent: p.percent });
  const overall = (p: { modulesCompleted: number; modulesTotal: number; percent: number }) =>
    fill(counted(texts.progress.overall, p.modulesTotal), { done: p.modulesCompleted, total: p.modulesTotal, percent: p.percent });
  return {
    texts,
    fill,
    date,
    progress,
    overall,
    /** "eerst Soms (3 maart 2026), nu Vaak (2 april 2026)", or the one rating with its date. */
    rating(item: PortfolioRatedItem): string {
      const { first, latest } = item;
      if (!latest) return '';
      if (!first || item.ratings < 2) return fill(texts.checklists.once, { latest: item.latestLabel ?? '', date: date(latest.at) });
      return fill(texts.checklists.changed, { first: item.firstLabel ?? '', firstDate: date(first.at), latest: item.latestLabel ?? '', latestDate: date(latest.at) });
    },
    /** "Bij: Onderzoeken, Kinderrechten": the hefbomen (and umbrella) of a kijkwijzer's module, by their titles. */
    levers(p: Portfolio, ids: readonly string[]): string | null {
      const titles = new Map<string, string>([[p.umbrella.id, p.umbrella.title]]);
      for (const t of p.themes) for (const l of t.levers) titles.set(l.id, l.title);
      const named = ids.map((id) => titles.get(id)).filter((t): t is string => t !== undefined);
      return named.length ? fill(texts.checklists.levers, { levers: named.join(', ') }) : null;
    },
    quizVerdict(q: Portfolio['quizzes'][number]): string {
      return { passed: texts.quizzes.passed, 'not-passed': texts.quizzes.notPassed, 'not-taken': texts.quizzes.notTaken }[q.verdict];
    },
    quizCorrect(q: Portfolio['quizzes'][number]): string {
      return q.verdict === 'not-taken' ? '—' : fill(texts.quizzes.correct, { correct: q.questionsCorrect, total: q.questionsTotal });
    },
    quizScore(q: Portfolio['quizzes'][number]): string {
      if (q.scorePercent === null) return texts.quizzes.noScore;
      return q.passPercent === null ? `${q.scorePercent} %` : fill(texts.quizzes.scoreOf, { score: q.scorePercent, pass: q.passPercent });
    },
  };
}

export type PortfolioWords = ReturnType<typeof portfolioWords>;
