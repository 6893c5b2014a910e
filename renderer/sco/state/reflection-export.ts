import type { ScoPackage } from '../../../electron/core/contract/sco';
import { blocksOf, type ScoState } from './codec';
import { t } from '../i18n';
import { plainText } from '../text/plain-text';

export interface ReflectionEntry {
  prompt: string;
  text: string;
}

export interface ChecklistEntry {
  title: string;
  items: { text: string; rating: string | null; note: string }[];
}

export function checklistEntries(pkg: ScoPackage, state: ScoState): ChecklistEntry[] {
  return blocksOf(pkg.module, 'checklist').map((c) => ({
    title: c.title,
    items: c.items.map((item) => {
      const [index, note] = state.k[item.id] ?? [];
      return { text: item.text, rating: index !== undefined ? (c.scale[index] ?? null) : null, note: note ?? '' };
    }),
  }));
}

export function reflectionEntries(pkg: ScoPackage, textOf: (id: string) => string): ReflectionEntry[] {
  return blocksOf(pkg.module, 'reflection').map((r) => ({ prompt: r.promptText || plainText(r.promptHtml), text: textOf(r.id) }));
}

const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/** The learner's own copy: plain Markdown, readable in any editor, with the prompts for context. */
export function reflectionsMarkdown(pkg: ScoPackage, reflections: ReflectionEntry[], checklists: ChecklistEntry[], date: Date): string {
  const lines = [`# ${t('reflection.printTitle')}: ${pkg.module.title}`, '', `${pkg.course.title}. ${t('reflection.fileIntro', { date: date.toLocaleDateString() })}`, ''];
  for (const r of reflections) {
    lines.push(`## ${r.prompt}`, '', r.text.trim() ? r.text.trim() : `_${t('reflection.empty')}_`, '');
  }
  for (const c of checklists) {
    lines.push(`## ${c.title}`, '');
    for (const item of c.items) {
      lines.push(`- ${item.text} — **${item.rating ?? t('checklist.notRated')}**`);
      if (item.note) lines.push('', quoteLines(item.note), '');
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
