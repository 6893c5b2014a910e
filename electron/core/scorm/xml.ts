import { XMLBuilder, XMLParser, type X2jOptions } from 'fast-xml-parser';
import { AppError } from '../errors';

/**
 * Characters XML 1.0 forbids (2.2 Char): a stray control character from a pasted text would make
 * the whole manifest unreadable, and Moodle's parser stops at the first error.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/\s+/g, ' ').trim();
}

/**
 * One builder for both editions: attributes under "@_", entities escaped with the five named
 * references only. Moodle rewrites every "&" not followed by 2–6 word characters and ";" to "&amp;"
 * before parsing (scorm_parse_scorm), so a numeric reference such as "&#39;" would show literally.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Default true would write isvisible="true" as a bare attribute name: not XML.
  suppressBooleanAttributes: false,
  processEntities: true,
});

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | XmlNode | XmlNode[] | undefined;

export function renderXml(root: XmlNode): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
}

/**
 * A percentage as an xs:decimal without exponent or float noise (0.75, not 0.7500000001 or 7.5e-1),
 * for minNormalizedMeasure (imsss measureType) and adlcp:masteryscore.
 */
export function decimal(value: number): string {
  return String(Number(value.toFixed(6)));
}

/**
 * Elements nested deeper than this are refused before any parse: a SCORM manifest needs about 15
 * (LOM metadata, nested items), and parsers and the manifest model recurse per level.
 */
export const MAX_XML_DEPTH = 100;

export type XmlProblem = 'entity' | 'depth';

/** A reason not to parse an XML text at all, found by one linear scan (no recursion). */
export interface XmlHazard {
  problem: XmlProblem;
  line: number;
  limit?: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The index just past `close`, searched from `from`, or the text's length when it never comes. */
function past(text: string, close: string, from: number): number {
  const end = text.indexOf(close, from);
  return end < 0 ? text.length : end + close.length;
}

/** The index of the '>' that ends the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return text.length;
}

/**
 * Entity declarations (external ones read local files or URLs: XXE; internal ones expand
 * exponentially: "billion laughs") and nesting beyond `maxDepth` (a stack overflow in any
 * recursive code). A DOCTYPE without entity declarations is harmless: its DTD is never loaded.
 */
export function xmlHazard(text: string, maxDepth = MAX_XML_DEPTH): XmlHazard | null {
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i)) {
    if (text.startsWith('<!--', i)) i = past(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = past(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) i = past(text, '?>', i + 2);
    else if (text.startsWith('<!ENTITY', i)) return { problem: 'entity', line: lineAt(text, i) };
    // Other declarations (DOCTYPE, ELEMENT, ATTLIST): the scan goes on inside an internal subset.
    else if (text.startsWith('<!', i)) i += 2;
    else if (text[i + 1] === '/') {
      depth--;
      i = tagEnd(text, i) + 1;
    } else {
      const end = tagEnd(text, i);
      if (text[end - 1] !== '/' && ++depth > maxDepth) return { problem: 'depth', line: lineAt(text, i), limit: maxDepth };
      i = end + 1;
    }
  }
  return null;
}

/** An XML text Leerpad will not parse: PACKAGE_INVALID with the problem, line and limit as params. */
export class XmlRefusal extends AppError {
  constructor(
    readonly hazard: XmlHazard,
    file: string,
  ) {
    const message =
      hazard.problem === 'entity'
        ? `${file} declares entities in a DOCTYPE (line ${hazard.line}); Leerpad never expands entities or loads DTDs, so it does not read this file.`
        : `${file} nests elements more than ${hazard.limit} levels deep (line ${hazard.line}); a SCORM manifest needs far fewer.`;
    super({
      code: 'PACKAGE_INVALID',
      message,
      hint:
        hazard.problem === 'entity'
          ? `Remove the DOCTYPE from ${file} (a SCORM manifest needs none), or export the package again with its authoring tool.`
          : `Flatten the nesting in ${file}, or export the package again with its authoring tool.`,
      file,
      line: hazard.line,
      params: { problem: hazard.problem, line: hazard.line, ...(hazard.limit ? { limit: hazard.limit } : {}) },
    });
    this.name = 'XmlRefusal';
  }
}

/**
 * The one way Leerpad parses XML it did not write: the hazard scan first (throws XmlRefusal),
 * then fast-xml-parser with its own nesting limit as a second fence. Only the five predefined
 * entities are decoded (character references stay as written): the scan refused every declared one.
 */
export function parseUntrustedXml(text: string, file: string, options: X2jOptions): unknown {
  const hazard = xmlHazard(text);
  if (hazard) throw new XmlRefusal(hazard, file);
  return new XMLParser({ ...options, maxNestedTags: MAX_XML_DEPTH }).parse(text);
}
