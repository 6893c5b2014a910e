/**
 * Learner text is hostile input to the documents it goes into (a reflection may hold `<script>` or `</style>`):
 * every value is escaped for the place it lands in, never trusted to be plain.
 */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text and for attribute values in double or single quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * For Markdown (CommonMark with GFM): the characters that start inline syntax anywhere (emphasis, code, links,
 * HTML, entities, tables, strikethrough) get a backslash, and so does the first character of a line when it
 * could open a block (heading, list, quote, setext underline, ordered list "1." or "1)"). Line breaks stay,
 * as hard breaks, so the learner's lines and paragraphs survive; the text reads as typed in any viewer.
 * A bare URL the learner typed may still show as a link in a GFM viewer (no escape stops that): its text is the URL.
 */
export function escapeMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        // Leading spaces would make an indented code block; non-breaking spaces keep the indent without it.
        .replace(/^[ \t]+/, (s) => '\u00a0'.repeat(s.length)),
    )
    .map((line, i, all) => (i < all.length - 1 && line.trim() !== '' && all[i + 1]!.trim() !== '' ? `${line}\\` : line))
    .join('\n');
}
