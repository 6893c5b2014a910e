import { XMLBuilder } from 'fast-xml-parser';

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
