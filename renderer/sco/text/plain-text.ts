/**
 * Plain text of compiled HTML, for interaction descriptions and downloads. An inert <template>
 * parses without running scripts or loading images.
 */
export function plainText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A <legend> or <label> may only hold phrasing content: the compiler's paragraphs become
 * block-displayed spans so a question prompt can be a legend.
 */
export function phrasingHtml(html: string): string {
  return html.replace(/<p>/g, '<span class="p">').replace(/<\/p>/g, '</span>');
}
