import type { Framework, Language, Portfolio, PortfolioChecklist, PortfolioReflection } from '../contract';
import { escapeHtml as h } from './escape';
import { frameworkSvg } from './framework-svg';
import { PRINT_CSS } from './print-style';
import { groupByModule, reflectionAnchor, checklistAnchor, SECTION_ANCHORS } from './portfolio-outline';
import { portfolioWords, type PortfolioWords } from './portfolio-words';

/** Nothing may load or run: styles inline, images only as data, no scripts (the printers block the network too). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function reflectionHtml(r: PortfolioReflection, w: PortfolioWords): string {
  const t = w.texts.reflections;
  const parts = [`<article class="reflection" id="${h(reflectionAnchor(r))}">`, `<h4>${h(r.prompt)}</h4>`];
  if (r.text.trim() !== '') {
    if (r.updatedAt) parts.push(`<p class="meta">${h(w.fill(t.updated, { date: w.date(r.updatedAt) }))}</p>`);
    parts.push(`<div class="own">${h(r.text)}</div>`);
    if (!r.written) parts.push(`<p class="meta">${h(t.short)}</p>`);
  } else parts.push(`<p class="meta">${h(t.emptyNow)}</p>`);
  for (const v of r.versions) {
    parts.push(`<div class="version"><p class="meta">${h(w.fill(t.version, { date: w.date(v.writtenAt) }))}</p><div class="own">${h(v.text)}</div></div>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

function checklistHtml(p: Portfolio, c: PortfolioChecklist, w: PortfolioWords): string {
  const t = w.texts.checklists;
  const withNotes = c.items.some((i) => i.note !== null);
  const head = `<tr><th scope="col">${h(t.statement)}</th><th scope="col">${h(t.rating)}</th>${withNotes ? `<th scope="col">${h(t.note)}</th>` : ''}</tr>`;
  const rows = c.items.map((i) => `<tr><td>${h(i.text)}</td><td>${h(w.rating(i))}</td>${withNotes ? `<td class="own-note">${h(i.note ?? '')}</td>` : ''}</tr>`);
  return [
    `<div class="checklist" id="${h(checklistAnchor(c))}">`,
    `<h3>${h(c.title)}</h3>`,
    `<p class="meta">${h([w.fill(w.texts.module, { title: c.moduleTitle }), w.levers(p, c.levers)].filter(Boolean).join(' · '))}</p>`,
    `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`,
    '</div>',
  ].join('\n');
}

function progressHtml(p: Portfolio, framework: Framework, w: PortfolioWords): string {
  const t = w.texts.progress;
  const row = (label: string, progress: Parameters<PortfolioWords['progress']>[0], cls = '') => `<tr${cls ? ` class="${cls}"` : ''}><td>${label}</td><td>${h(w.progress(progress))}</td></tr>`;
  const rows = [
    row(h(w.fill(t.umbrella, { title: p.umbrella.title })), p.umbrella),
    ...p.themes.flatMap((theme) => [
      row(`<strong>${h(t.theme)}: ${h(theme.title)}</strong>`, theme, 'theme'),
      ...theme.levers.map((l) => row(`&#8195;${h(t.lever)}: ${h(l.title)}`, l, 'lever')),
    ]),
  ];
  return [
    `<section class="part" id="${SECTION_ANCHORS.progress}">`,
    `<h2>${h(t.heading)}</h2>`,
    `<figure>${frameworkSvg(framework, p, w)}<figcaption>${h(t.mapCaption)}</figcaption></figure>`,
    `<p>${h(w.overall(p.overall))}</p>`,
    `<table><thead><tr><th scope="col">${h(t.part)}</th><th scope="col">${h(t.column)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function quizzesHtml(p: Portfolio, w: PortfolioWords): string {
  const t = w.texts.quizzes;
  const body = p.quizzes.length
    ? `<table><thead><tr>${[t.module, t.score, t.result, t.questions, t.attempts].map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${p.quizzes
        .map(
          (q) =>
            `<tr><td>${h(q.moduleTitle)}</td><td>${h(w.quizScore(q))}</td><td>${h(w.quizVerdict(q))}</td><td>${h(w.quizCorrect(q))}</td><td>${q.attempts}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${h(t.none)}</p>`;
  return `<section class="part" id="${SECTION_ANCHORS.quizzes}">\n<h2>${h(t.heading)}</h2>\n${body}\n</section>`;
}

function contentsHtml(p: Portfolio, w: PortfolioWords): string {
  const t = w.texts;
  const link = (anchor: string, label: string) => `<a href="#${h(anchor)}">${h(label)}</a>`;
  const sub = (items: string[]) => (items.length ? `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>` : '');
  return [
    `<nav aria-labelledby="contents"><h2 id="contents">${h(t.contents)}</h2><ol>`,
    `<li>${link(SECTION_ANCHORS.progress, t.progress.heading)}</li>`,
    `<li>${link(SECTION_ANCHORS.reflections, t.reflections.heading)}${sub(p.reflections.map((r) => link(reflectionAnchor(r), `${r.moduleTitle}: ${r.prompt}`)))}</li>`,
    `<li>${link(SECTION_ANCHORS.checklists, t.checklists.heading)}${sub(p.checklists.map((c) => link(checklistAnchor(c), `${c.moduleTitle}: ${c.title}`)))}</li>`,
    `<li>${link(SECTION_ANCHORS.quizzes, t.quizzes.heading)}</li>`,
    '</ol></nav>',
  ].join('\n');
}

/**
 * The portfolio as one self-contained HTML document for the PDF printers: every value escaped (the learner's
 * text is hostile input), nothing remote, one print stylesheet. `framework` is the course's, for the diagram.
 */
export function portfolioHtml(p: Portfolio, framework: Framework, language: Language): string {
  const w = portfolioWords(language);
  const t = w.texts;
  const reflections = p.reflections.length
    ? groupByModule(p.reflections)
        .map((g) => `<h3>${h(w.fill(t.module, { title: g.moduleTitle }))}</h3>\n${g.items.map((r) => reflectionHtml(r, w)).join('\n')}`)
        .join('\n')
    : `<p>${h(t.reflections.none)}</p>`;
  const checklists = p.checklists.length ? p.checklists.map((c) => checklistHtml(p, c, w)).join('\n') : `<p>${h(t.checklists.none)}</p>`;
  return `<!doctype html>
<html lang="${h(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${h(`${t.title} — ${p.learnerName}`)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<header class="cover">
<h1>${h(t.title)}</h1>
<p class="meta">${h(w.fill(t.byline, { name: p.learnerName, course: p.courseTitle }))}</p>
<p class="meta">${h(w.fill(t.madeOn, { date: w.date(p.generatedAt) }))}</p>
</header>
${contentsHtml(p, w)}
${progressHtml(p, framework, w)}
<section class="part" id="${SECTION_ANCHORS.reflections}">
<h2>${h(t.reflections.heading)}</h2>
${reflections}
</section>
<section class="part" id="${SECTION_ANCHORS.checklists}">
<h2>${h(t.checklists.heading)}</h2>
${checklists}
</section>
${quizzesHtml(p, w)}
</body>
</html>
`;
}
