import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseUntrustedXml, XmlRefusal, xmlHazard } from '../../../../electron/core/scorm/xml';

const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;

describe('xmlHazard', () => {
  it('finds nothing in an ordinary manifest, with a declaration, comments, CDATA and a DOCTYPE without entities', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE manifest SYSTEM "ims.dtd">',
      '<!-- <!ENTITY in a comment> -->',
      '<manifest a="x > y" b=\'/>\'><title><![CDATA[<a><a><a>]]></title><empty/></manifest>',
    ].join('\n');
    expect(xmlHazard(xml)).toBeNull();
  });

  it('refuses an entity declaration, external or internal, with its line', () => {
    expect(xmlHazard('<?xml version="1.0"?>\n<!DOCTYPE m [\n<!ENTITY x SYSTEM "file:///etc/passwd">]><m>&x;</m>')).toEqual({ problem: 'entity', line: 3 });
    expect(xmlHazard('<!DOCTYPE m [<!ENTITY a "aaaa">]><m>&a;</m>')).toEqual({ problem: 'entity', line: 1 });
  });

  it('counts nesting without recursion: the limit passes, one more is refused, 20 000 is refused', () => {
    expect(xmlHazard(nested(MAX_XML_DEPTH))).toBeNull();
    expect(xmlHazard(nested(MAX_XML_DEPTH + 1))).toEqual({ problem: 'depth', line: 1, limit: MAX_XML_DEPTH });
    expect(xmlHazard(nested(20_000))?.problem).toBe('depth');
    expect(xmlHazard(`<m>${'<item/>'.repeat(20_000)}</m>`)).toBeNull();
  });

  it('gives up quietly on unterminated markup (the well-formedness check reports it)', () => {
    expect(xmlHazard('<m><!-- never closed')).toBeNull();
    expect(xmlHazard('<m attr="never closed>')).toBeNull();
  });
});

describe('parseUntrustedXml', () => {
  it('decodes the five predefined entities only', () => {
    expect(parseUntrustedXml('<m><t>a &amp; b &lt;c&gt; &#233; &x;</t></m>', 'x.xml', {})).toEqual({ m: { t: 'a & b <c> &#233; &x;' } });
  });

  it('throws an XmlRefusal naming the file, the line and the limit', () => {
    const refusal = (() => {
      try {
        parseUntrustedXml(`<m>\n${nested(500)}</m>`, 'imsmanifest.xml', {});
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(XmlRefusal);
    expect(refusal).toMatchObject({ code: 'PACKAGE_INVALID', file: 'imsmanifest.xml', line: 2, params: { problem: 'depth', limit: MAX_XML_DEPTH } });
    expect((refusal as XmlRefusal).message).toBe('imsmanifest.xml nests elements more than 100 levels deep (line 2); a SCORM manifest needs far fewer.');
  });
});
