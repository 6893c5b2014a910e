import { describe, expect, it } from 'vitest';
import { checkSvg, MAX_PROBLEMS } from '../../../../electron/core/course/svg-check';

const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>\n${inner}\n</svg>\n`;
const problems = (text: string) => {
  const result = checkSvg(text);
  if (!result.ok) throw new Error(result.reason);
  return result.problems.map((p) => [p.rule, p.name, p.line]);
};

describe('checking an SVG image for code', () => {
  it('passes a plain drawing with a title, text, gradients, links to #ids and an https link', () => {
    const drawing = svg(
      '<title>Kader</title>\n<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>\n<rect fill="url(#g)" width="10" height="10"/>\n<use xlink:href="#g"/>\n<a href="https://example.org"><text>5 &lt; 6 &amp; 7</text></a>',
    );
    expect(problems(drawing)).toEqual([]);
  });

  it('passes the XML declaration, comments and an external DOCTYPE that drawing programs write', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Inkscape -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('<rect width="1" height="1"/>')}`;
    expect(problems(text)).toEqual([]);
  });

  it('refuses <script> and <foreignObject>, also in another namespace prefix, with their lines', () => {
    const text = svg('<rect/>\n<script>alert(1)</script>\n<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"/></foreignObject>\n<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script>');
    expect(problems(text)).toEqual([
      ['element', '<script>', 3],
      ['element', '<foreignObject>', 4],
      ['element', '<h:script>', 5],
    ]);
  });

  it('refuses event-handler attributes on any element, whatever their case', () => {
    expect(problems(svg('<rect width="1"\n  onClick="alert(1)"/>', ' onload="alert(1)"'))).toEqual([
      ['handler', 'onload', 1],
      ['handler', 'onClick', 3],
    ]);
  });

  it('refuses javascript: and data:text/html addresses, also hidden with character references and spaces', () => {
    const text = svg('<a xlink:href=" java&#x09;script:alert(1)"><rect/></a>\n<a href="data:text/html,&lt;script&gt;">x</a>\n<image href="data:image/png;base64,AAAA"/>');
    expect(problems(text)).toEqual([
      ['url', 'xlink:href', 2],
      ['url', 'href', 3],
    ]);
  });

  it('refuses animations that set an address or an event handler', () => {
    const text = svg('<a><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="onbegin" values="x"/><animate attributeName="x" to="5"/></a>');
    expect(problems(text).map(([rule, name]) => [rule, name])).toEqual([
      ['animation', '<set attributeName="href">'],
      ['url', 'to'],
      ['animation', '<animate attributeName="onbegin">'],
    ]);
  });

  it('refuses entity declarations and references, which a browser would expand into markup', () => {
    const text = `<!DOCTYPE svg [\n<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">\n]>\n${svg('<text>&x;</text>')}`;
    expect(problems(text).map(([rule]) => rule)).toEqual(['entity', 'entity']);
  });

  it('refuses an XSLT style sheet, which turns the file into a page', () => {
    expect(problems(`<?xml-stylesheet type="text/xsl" href="page.xsl"?>\n${svg('<rect/>')}`)).toEqual([['stylesheet', '<?xml-stylesheet>', 1]]);
  });

  it('says what is wrong with a file that is not well-formed SVG, with the line', () => {
    expect(checkSvg('<svg>\n<g>\n</svg>')).toMatchObject({ ok: false, line: 3 });
    expect(checkSvg('<html><body/></html>')).toEqual({ ok: false, reason: 'the root element is not <svg>' });
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = `<svg>${'<g>'.repeat(50_000)}${'</g>'.repeat(50_000)}</svg>`;
    expect(checkSvg(deep)).toMatchObject({ ok: false, reason: expect.stringMatching(/nested/i) });
  });
});

describe('a crafted SVG', () => {
  it('reports at most MAX_PROBLEMS problems of a file crafted with thousands, each with its line', () => {
    const many = svg(Array.from({ length: 20_000 }, () => '<rect onclick="x"/>').join('\n'));
    const result = checkSvg(many);
    expect(result.ok && result.problems.map((p) => p.line)).toEqual(Array.from({ length: MAX_PROBLEMS }, (_, i) => i + 2));
  });
});
