import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * SVG is allowed as course media because diagrams and schemas need it, but an SVG document is a
 * program too: opened on its own (a link, "open image in new tab", an LMS that serves it as a page)
 * it runs its scripts in the origin that serves it. These are the ways an SVG can run code or load
 * a page; an SVG that uses none of them is a picture.
 */
export type SvgRule = 'element' | 'handler' | 'url' | 'entity' | 'stylesheet' | 'animation';

export interface SvgProblem {
  rule: SvgRule;
  /** The element, attribute or declaration, as written: `<script>`, `onload`, `xlink:href`. */
  name: string;
  line: number;
}

export type SvgCheck = { ok: true; problems: SvgProblem[] } | { ok: false; reason: string; line?: number };

/**
 * Elements that run script, embed another document or turn into HTML: compared by local name, so
 * `<html:script xmlns:html="http://www.w3.org/1999/xhtml">` is caught as well.
 */
const REFUSED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'frame',
  'frameset',
  'embed',
  'object',
  'applet',
  'handler', // SVG Tiny 1.2 event handler element
  'listener',
  'meta', // <meta http-equiv="refresh"> navigates
  'base',
]);

/** SMIL animation can set an attribute to a value no attribute of the file holds (href="javascript:…"). */
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Enough to show the author what to fix; a file crafted with a million handlers is not walked to its end. */
export const MAX_PROBLEMS = 20;

/** The five entities XML predefines; any other reference needs a DTD, and a DTD can expand into markup. */
const PREDEFINED_ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i;
const ENTITY_REFERENCE = /&[^\s&;]*;/g;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  // Entities are never expanded: a reference is reported, not resolved.
  processEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  ignorePiTags: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1).toLowerCase();

/** Attribute values as the browser sees them: character references decoded, control characters and spaces dropped (`java&#x09;script:`). */
function normalisedValue(value: string): string {
  const decoded = value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[n]!);
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/** javascript: and vbscript: run code; a data: URL that is not an image can be an HTML page. */
function isScriptUrl(value: string): boolean {
  const v = normalisedValue(value);
  return v.startsWith('javascript:') || v.startsWith('vbscript:') || (v.startsWith('data:') && !v.startsWith('data:image/') && !v.startsWith('data:font/'));
}

/** Finds each reported node in the source, in document order, to give the author a line number. */
class Locator {
  private cursor = 0;
  constructor(private readonly text: string) {}

  element(qname: string): number {
    const m = new RegExp(`<${qname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`, 'g');
    m.lastIndex = this.cursor;
    const hit = m.exec(this.text);
    if (hit) this.cursor = hit.index + 1;
    return this.lineAt(hit ? hit.index : this.cursor);
  }

  /** An attribute of the element found last. */
  attribute(name: string): number {
    const at = this.text.indexOf(name, this.cursor);
    return this.lineAt(at === -1 ? this.cursor : at);
  }

  private counted = { offset: 0, line: 1 };

  /** Counts forward from the last answer: the walk asks in document order, so the whole file is read once. */
  lineAt(offset: number): number {
    if (offset < this.counted.offset) this.counted = { offset: 0, line: 1 };
    let { line } = this.counted;
    for (let i = this.text.indexOf('\n', this.counted.offset); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) line++;
    this.counted = { offset, line };
    return line;
  }
}

function parse(text: string): { nodes: OrderedNode[] } | { reason: string; line?: number } {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { reason: valid.err.msg, line: valid.err.line };
  try {
    return { nodes: parser.parse(text) as OrderedNode[] };
  } catch (e) {
    // fast-xml-parser refuses absurd nesting ("Maximum nested tags exceeded") instead of overflowing the stack.
    return { reason: (e as Error).message };
  }
}

export function checkSvg(text: string): SvgCheck {
  const parsed = parse(text);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason, line: parsed.line };
  const locate = new Locator(text);
  const problems: SvgProblem[] = [];

  // The parser drops the DOCTYPE; an internal subset is where entities that expand into <script> are declared.
  const doctype = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (doctype) problems.push({ rule: 'entity', name: '<!DOCTYPE [ ]>', line: locate.lineAt(doctype.index) });

  const root = parsed.nodes.find((n) => !Object.keys(n).some((k) => k.startsWith('?') || k === '#comment' || k === '#text'));
  if (!root || localName(Object.keys(root).find((k) => k !== ':@') ?? '') !== 'svg') {
    return { ok: false, reason: 'the root element is not <svg>' };
  }

  // Iterative walk: the parser allows deep nesting that recursion here would not survive.
  const stack: OrderedNode[] = [...parsed.nodes].reverse();
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const node = stack.pop()!;
    const qname = Object.keys(node).find((k) => k !== ':@')!;
    const children = node[qname];
    if (qname === '#text' || qname === '#cdata' || qname === '#comment') {
      const texts = Array.isArray(children) ? children.map((c: OrderedNode) => String(c['#text'] ?? '')) : [String(children)];
      if (qname === '#text') checkEntities(texts.join(''), '', locate, problems);
      continue;
    }
    if (qname.startsWith('?')) {
      if (qname.toLowerCase() === '?xml-stylesheet') problems.push({ rule: 'stylesheet', name: `<${qname}>`, line: locate.element(qname) });
      continue;
    }
    const line = locate.element(qname);
    const name = localName(qname);
    if (REFUSED_ELEMENTS.has(name)) problems.push({ rule: 'element', name: `<${qname}>`, line });
    const attrs = node[':@'] ?? {};
    if (ANIMATIONS.has(name)) {
      const target = localName(String(attrs.attributeName ?? ''));
      if (target === 'href' || target.startsWith('on')) problems.push({ rule: 'animation', name: `<${qname} attributeName="${attrs.attributeName}">`, line });
    }
    for (const [attr, value] of Object.entries(attrs)) {
      if (localName(attr).startsWith('on')) problems.push({ rule: 'handler', name: attr, line: locate.attribute(attr) });
      else if (isScriptUrl(String(value))) problems.push({ rule: 'url', name: attr, line: locate.attribute(attr) });
      else checkEntities(String(value), attr, locate, problems);
    }
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as OrderedNode);
  }
  return { ok: true, problems: problems.slice(0, MAX_PROBLEMS) };
}

function checkEntities(text: string, attr: string, locate: Locator, problems: SvgProblem[]): void {
  for (const ref of text.match(ENTITY_REFERENCE) ?? []) {
    if (!PREDEFINED_ENTITY.test(ref)) problems.push({ rule: 'entity', name: ref, line: attr ? locate.attribute(attr) : locate.attribute(ref) });
  }
}
