import type { Training } from '../contract';
import type { Table } from '../reports/cell';
import { escapeHtml } from '../portfolio/escape';
import { hoursText, longDate, TRAINING_WORDS as W } from './training-words';

/**
 * The print documents of a training: attendance list and certificates as HTML for the PDF printer port,
 * the attendance list also as a table for the CSV writer. Every name and title is the trainer's typing,
 * so hostile: everything goes through escapeHtml.
 */

const PRINT_CSS = `
html { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1 { font-size: 22pt; margin: 0 0 6pt; }
h2 { font-size: 15pt; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.meta { margin: 0; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 10pt 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 0.75pt solid #999; padding: 5pt 6pt 5pt 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.sign { width: 35%; }
.certificate { break-after: page; padding-top: 40pt; text-align: center; }
.certificate:last-child { break-after: auto; }
.certificate h1 { font-size: 28pt; margin-bottom: 28pt; }
.certificate .who { font-size: 20pt; font-weight: 700; margin: 12pt 0; }
.certificate .what { font-size: 16pt; font-weight: 700; margin: 8pt 0; }
.certificate table { width: auto; margin: 18pt auto; }
.certificate td.hours { text-align: right; padding-left: 18pt; }
.certificate tr.total td { font-weight: 700; border-bottom: none; }
.certificate .small { font-size: 9pt; color: #444; margin-top: 36pt; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3pt solid #2f5d8a; padding: 2pt 0 2pt 8pt; margin: 0 0 8pt; }
`;

/** One self-contained HTML page (no script, nothing loaded) in Dutch, with the print stylesheet. */
export function printPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl-BE"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head>
<body>${body}</body></html>`;
}

export function metaLine(t: Training): string {
  return `${longDate(t.date)} · ${t.place} · ${W.trainer.toLowerCase()}: ${t.trainer}`;
}

/** The attendance list for the CSV writer: one row per participant, in the order of the list. */
export function attendanceTable(t: Training): Table {
  return {
    header: [W.session, W.date, W.place, W.trainer, W.name, W.profile, W.present],
    rows: t.participants.map((p) => [t.title, t.date, t.place, t.trainer, p.name, p.learnerName ?? '', p.present ? W.yes : W.no]),
  };
}

/** The attendance list on paper, with an empty column to sign in. */
export function attendanceHtml(t: Training): string {
  const rows = t.participants
    .map((p, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(p.name)}</td><td>${p.present ? W.yes : W.no}</td><td class="sign"></td></tr>`)
    .join('');
  const body = `<h1>${W.attendanceTitle}</h1>
<p class="meta"><strong>${escapeHtml(t.title)}</strong></p>
<p class="meta">${escapeHtml(metaLine(t))}</p>
<p class="meta">${W.attendanceCount(t.participantsPresent, t.participantsTotal)}</p>
<table><thead><tr><th>${W.number}</th><th>${W.name}</th><th>${W.present}</th><th>${W.signature}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return printPage(`${W.attendanceTitle} – ${t.title}`, body);
}

/** One participant's certificate: name, session, date, place, trainer, and each module with its hours. */
export function certificateHtml(t: Training, participantName: string): string {
  const total = t.modules.reduce((n, m) => n + m.minutes, 0);
  const rows = t.modules.map((m) => `<tr><td>${escapeHtml(m.title)}</td><td class="hours">${hoursText(m.minutes)}</td></tr>`).join('');
  const body = `<section class="certificate">
<h1>${W.certificateTitle}</h1>
<p>${W.certificateLead}</p>
<p class="who">${escapeHtml(participantName)}</p>
<p>${W.certificateBody}</p>
<p class="what">${escapeHtml(t.title)}</p>
<p class="meta">${escapeHtml(W.certificateCourse(t.courseTitle))}</p>
<p class="meta">${W.date}: ${longDate(t.date)} · ${W.place}: ${escapeHtml(t.place)} · ${W.trainer}: ${escapeHtml(t.trainer)}</p>
<h2>${W.modules}</h2>
<table><tbody>${rows}<tr class="total"><td>${W.total}</td><td class="hours">${hoursText(total)}</td></tr></tbody></table>
<p class="small">${W.certificateFooter}</p>
</section>`;
  return printPage(`${W.certificateTitle} – ${participantName}`, body);
}
