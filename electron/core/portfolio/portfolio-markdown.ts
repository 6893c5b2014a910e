import type { Language, Portfolio } from '../contract';
import { escapeMarkdown as md } from './escape';
import { groupByModule } from './portfolio-outline';
import { portfolioWords } from './portfolio-words';

/** A table cell: escaped, and on one line (a cell cannot hold a line break). */
const cell = (text: string) => md(text.replace(/\s*\r?\n\s*/g, ' '));

/**
 * The same portfolio as the PDF, as Markdown the learner can edit further. Every value that is not the
 * document's own words is escaped (escape.ts), so a reflection never turns into headings, links or HTML.
 */
export function portfolioMarkdown(p: Portfolio, language: Language): string {
  const w = portfolioWords(language);
  const t = w.texts;
  const out: string[] = [
    `# ${md(t.title)}`,
    '',
    md(w.fill(t.byline, { name: p.learnerName, course: p.courseTitle })),
    '',
    md(w.fill(t.madeOn, { date: w.date(p.generatedAt) })),
    '',
    `## ${md(t.progress.heading)}`,
    '',
    md(w.overall(p.overall)),
    '',
    `| ${cell(t.progress.part)} | ${cell(t.progress.column)} |`,
    '| --- | --- |',
    `| ${cell(w.fill(t.progress.umbrella, { title: p.umbrella.title }))} | ${cell(w.progress(p.umbrella))} |`,
  ];
  for (const theme of p.themes) {
    out.push(`| **${cell(`${t.progress.theme}: ${theme.title}`)}** | ${cell(w.progress(theme))} |`);
    for (const l of theme.levers) out.push(`| ${cell(`${t.progress.lever}: ${l.title}`)} | ${cell(w.progress(l))} |`);
  }
  out.push('', `## ${md(t.reflections.heading)}`, '');
  if (!p.reflections.length) out.push(md(t.reflections.none), '');
  for (const g of groupByModule(p.reflections)) {
    out.push(`### ${md(w.fill(t.module, { title: g.moduleTitle }))}`, '');
    for (const r of g.items) {
      out.push(`#### ${cell(r.prompt)}`, '');
      if (r.text.trim() !== '') {
        if (r.updatedAt) out.push(`_${md(w.fill(t.reflections.updated, { date: w.date(r.updatedAt) }))}_`, '');
        out.push(md(r.text), '');
        if (!r.written) out.push(`_${md(t.reflections.short)}_`, '');
      } else out.push(`_${md(t.reflections.emptyNow)}_`, '');
      for (const v of r.versions) out.push(`_${md(w.fill(t.reflections.version, { date: w.date(v.writtenAt) }))}_`, '', md(v.text), '');
    }
  }
  out.push(`## ${md(t.checklists.heading)}`, '');
  if (!p.checklists.length) out.push(md(t.checklists.none), '');
  for (const c of p.checklists) {
    const notes = c.items.some((i) => i.note !== null);
    out.push(`### ${cell(c.title)}`, '', md([w.fill(t.module, { title: c.moduleTitle }), w.levers(p, c.levers)].filter(Boolean).join(' · ')), '');
    out.push(`| ${cell(t.checklists.statement)} | ${cell(t.checklists.rating)} |${notes ? ` ${cell(t.checklists.note)} |` : ''}`, `| --- | --- |${notes ? ' --- |' : ''}`);
    for (const i of c.items) out.push(`| ${cell(i.text)} | ${cell(w.rating(i))} |${notes ? ` ${cell(i.note ?? '')} |` : ''}`);
    out.push('');
  }
  out.push(`## ${md(t.quizzes.heading)}`, '');
  if (!p.quizzes.length) out.push(md(t.quizzes.none), '');
  else {
    const q = t.quizzes;
    out.push(`| ${[q.module, q.score, q.result, q.questions, q.attempts].map(cell).join(' | ')} |`, '| --- | --- | --- | --- | --- |');
    for (const x of p.quizzes) {
      out.push(`| ${[x.moduleTitle, w.quizScore(x), w.quizVerdict(x), w.quizCorrect(x), String(x.attempts)].map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
