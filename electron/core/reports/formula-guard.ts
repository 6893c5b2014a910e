/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel and LibreOffice run a cell that starts
 * with one of these as a formula, also when the text came from a learner's name. The full-width forms
 * count too: Excel reads ＝ as =. Tab and CR start a cell some importers trim into one that does.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/** A text that a spreadsheet would take for a formula gets a leading `'`, so it stays the text it was. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
