/**
 * The one print stylesheet of the portfolio PDF (both engines print with it). Body type 11pt, headings larger;
 * page size and margins come from the printer options (pdf/pdf-printer.ts), which leave room for the footer.
 * System fonts only: the document loads nothing.
 */
export const PRINT_CSS = `
html { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1 { font-size: 22pt; margin: 0 0 4pt; }
h2 { font-size: 16pt; margin: 18pt 0 8pt; border-bottom: 1pt solid #999; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
h4 { font-size: 11pt; margin: 10pt 0 2pt; break-after: avoid; }
p, li, td, th { font-size: 11pt; }
.meta { color: #333; margin: 0; }
.cover { margin-bottom: 14pt; }
nav ol { padding-left: 16pt; margin: 4pt 0; }
nav a { color: #111; text-decoration: none; }
section.part { break-before: page; }
.prompt { margin: 2pt 0 6pt; color: #222; font-style: italic; }
.own { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3pt solid #2f5d8a; padding: 2pt 0 2pt 8pt; margin: 0 0 6pt; }
.version .own { border-left-color: #999; }
.own-note { white-space: pre-wrap; overflow-wrap: anywhere; }
.reflection, .checklist { break-inside: auto; margin-bottom: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }
th, td { text-align: left; vertical-align: top; border-bottom: 0.75pt solid #bbb; padding: 3pt 6pt 3pt 0; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
figure { margin: 6pt 0 10pt; break-inside: avoid; }
figcaption { font-size: 11pt; color: #333; margin-top: 4pt; }
.map { width: 100%; height: auto; }
.map-umbrella { fill: #eef3f9; stroke: #2f5d8a; stroke-width: 2; }
.map-theme { fill: #f6f6f6; stroke: #888; }
.map-lever { fill: #fff; stroke: #888; }
.map-title { font-weight: 700; fill: #111; }
.map-detail { fill: #333; }
.map-track { fill: #fff; stroke: #666; stroke-width: 1; }
.map-fill { fill: url(#hatch); }
.map-fill-done { fill: #2f5d8a; }
`;
