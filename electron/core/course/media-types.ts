import path from 'node:path';

/**
 * The files a course may carry besides its Markdown: content a browser shows but never runs.
 * Anything else (HTML, JavaScript, CSS, WebAssembly, unknown types) would run in the app's origin,
 * where it could call /rpc/* as the learner (issue 8, section 3).
 */
export type MediaKind = 'image' | 'audio' | 'video' | 'captions' | 'document';

export interface MediaType {
  kind: MediaKind;
  /** How an author knows the type: "PNG image". */
  label: string;
  /** True when the first bytes are this type's signature (its "magic number"). */
  matches(head: Buffer): boolean;
}

const ascii = (head: Buffer, at: number, text: string) => head.subarray(at, at + text.length).toString('latin1') === text;
const bytes = (head: Buffer, at: number, sig: number[]) => sig.every((b, i) => head[at + i] === b);
// ISO base media (MP4, M4A): a box whose type is 'ftyp' comes first, after its 4-byte size.
const isoMedia = (head: Buffer) => ascii(head, 4, 'ftyp');
const riff = (form: string) => (head: Buffer) => ascii(head, 0, 'RIFF') && ascii(head, 8, form);
const withoutBom = (head: Buffer) => (bytes(head, 0, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head);

const TYPES: Record<string, MediaType> = {
  '.png': { kind: 'image', label: 'PNG image', matches: (h) => bytes(h, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  '.jpg': { kind: 'image', label: 'JPEG image', matches: (h) => bytes(h, 0, [0xff, 0xd8, 0xff]) },
  '.jpeg': { kind: 'image', label: 'JPEG image', matches: (h) => bytes(h, 0, [0xff, 0xd8, 0xff]) },
  '.gif': { kind: 'image', label: 'GIF image', matches: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a') },
  '.webp': { kind: 'image', label: 'WebP image', matches: riff('WEBP') },
  // SVG is text; its content is checked element by element (svg-check.ts), not by its first bytes.
  '.svg': { kind: 'image', label: 'SVG image', matches: (h) => /^\s*</.test(withoutBom(h).toString('utf8')) },
  // MPEG audio starts with an ID3 tag or directly with a frame sync (11 set bits).
  '.mp3': { kind: 'audio', label: 'MP3 audio', matches: (h) => ascii(h, 0, 'ID3') || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0) },
  '.ogg': { kind: 'audio', label: 'Ogg audio', matches: (h) => ascii(h, 0, 'OggS') },
  '.m4a': { kind: 'audio', label: 'M4A audio', matches: isoMedia },
  '.wav': { kind: 'audio', label: 'WAV audio', matches: riff('WAVE') },
  '.mp4': { kind: 'video', label: 'MP4 video', matches: isoMedia },
  '.webm': { kind: 'video', label: 'WebM video', matches: (h) => bytes(h, 0, [0x1a, 0x45, 0xdf, 0xa3]) },
  // WebVTT 4.1: an optional BOM, "WEBVTT", then a space, tab or line end.
  '.vtt': { kind: 'captions', label: 'WebVTT captions', matches: (h) => /^WEBVTT(?:[ \t\r\n]|$)/.test(withoutBom(h).toString('utf8')) },
  '.pdf': { kind: 'document', label: 'PDF document', matches: (h) => ascii(h, 0, '%PDF-') },
};

/** Bytes enough for every signature above. */
export const HEAD_BYTES = 16;

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

export const extensionsOf = (...kinds: MediaKind[]) => ALLOWED_EXTENSIONS.filter((ext) => kinds.includes(TYPES[ext]!.kind));

export function mediaTypeOf(file: string): MediaType | undefined {
  return TYPES[path.posix.extname(file).toLowerCase()];
}

/**
 * Why a type is refused, which picks the advice: a web page can become a PDF, code has no place
 * in a course, anything else should be converted to an allowed type.
 */
export type RefusedKind = 'page' | 'code' | 'other';

const PAGES = new Set(['.html', '.htm', '.xhtml', '.shtml', '.xht', '.php', '.asp', '.aspx', '.jsp', '.mht', '.mhtml']);
const CODE = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.css', '.wasm', '.swf', '.jar', '.exe', '.bat', '.cmd', '.sh', '.ps1', '.vbs', '.xsl', '.xslt', '.hta']);

export function refusedKindOf(file: string): RefusedKind {
  const ext = path.posix.extname(file).toLowerCase();
  return PAGES.has(ext) ? 'page' : CODE.has(ext) ? 'code' : 'other';
}

/** Markup where binary media belongs: what a browser that sniffs would render as a page or SVG with script. */
export function looksLikeMarkup(head: Buffer): boolean {
  return /^\s*</.test(withoutBom(head).toString('latin1'));
}
