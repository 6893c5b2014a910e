import { describe, expect, it } from 'vitest';
import { editionOf, parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';

const NS12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';

const withResources = (resources: string, manifestAttrs = '', resourcesAttrs = '') =>
  parseManifest(`<manifest identifier="M" ${NS12} ${manifestAttrs}><organizations/><resources ${resourcesAttrs}>${resources}</resources></manifest>`);

describe('manifest model: xml:base', () => {
  it('resolves hrefs and file hrefs through the bases of manifest, resources and resource, keeping the href as written', () => {
    const m = withResources('<resource identifier="R" type="webcontent" href="index.html?x=1" xml:base="sco1"><file href="index.html"/><file href="../shared/app.js"/></resource>', 'xml:base="content/"', 'xml:base="course/"');
    const [r] = m.resources;
    expect(r).toMatchObject({ href: 'content/course/sco1/index.html?x=1', rawHref: 'index.html?x=1', base: 'content/course/sco1/' });
    expect(r!.files).toEqual(['content/course/sco1/index.html', 'content/course/shared/app.js']);
  });

  it('leaves hrefs exactly as written when there is no base, and URLs as URLs', () => {
    const m = withResources('<resource identifier="A" type="webcontent" href="./a b.html"/><resource identifier="B" type="webcontent" href="https://example.org/x.html" xml:base="local/"/>');
    expect(m.resources.map((r) => r.href)).toEqual(['./a b.html', 'https://example.org/x.html']);
    expect(m.resources[0]!.rawHref).toBeUndefined();
  });

  it('resolves against a base that is a URL', () => {
    const m = withResources('<resource identifier="A" type="webcontent" href="page.html"/>', '', 'xml:base="https://cdn.example.org/course/"');
    expect(m.resources[0]!.href).toBe('https://cdn.example.org/course/page.html');
  });
});

describe('manifest model: metadata kept in files of their own', () => {
  it('lists every adlcp:location (manifest, item, resource, file) package-relative, and not LOM locations', () => {
    const m = parseManifest(`<manifest identifier="M" ${NS12}>
      <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion><adlcp:location>metadata.xml</adlcp:location></metadata>
      <organizations><organization identifier="O"><title>T</title><item identifier="I" identifierref="R"><title>A</title><metadata><adlcp:location>item-md.xml</adlcp:location></metadata></item></organization></organizations>
      <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html" xml:base="sco/"><metadata><adlcp:location>res-md.xml</adlcp:location></metadata>
        <file href="index.html"><metadata><adlcp:location>file-md.xml</adlcp:location><lom><technical><location>http://elsewhere</location></technical></lom></metadata></file></resource></resources></manifest>`);
    expect(m.metadataLocations).toEqual(['metadata.xml', 'item-md.xml', 'sco/res-md.xml', 'sco/file-md.xml']);
    expect(m.resources[0]!.metadataLocations).toEqual(['sco/res-md.xml', 'sco/file-md.xml']);
    expect(m.organizations[0]!.items[0]!.metadataLocations).toEqual(['item-md.xml']);
  });
});

describe('manifest model: the edition a package was written for', () => {
  const ns = (entries: Record<string, string>) => new Map(Object.entries(entries));
  it.each([
    ['1.2', '1.2'],
    ['CAM 1.3', '2004 2nd'],
    ['2004', '2004 2nd'],
    ['2004 3rd Edition', '2004 3rd'],
    ['2004 4th Edition', '2004 4th'],
  ] as const)('schemaversion %s is SCORM %s, also without any namespace declared', (schemaversion, edition) => {
    expect(editionOf({ schemaversion, namespaces: new Map() })).toBe(edition);
  });

  it('reads the edition from the namespaces when schemaversion is missing', () => {
    expect(editionOf({ namespaces: ns({ adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3' }) })).toBe('2004 3rd');
    expect(editionOf({ namespaces: ns({ adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2' }) })).toBe('1.2');
    expect(editionOf({ namespaces: new Map() })).toBe('1.2');
  });

  it('reads schemaversion from a manifest that declares no namespaces', () => {
    const m = parseManifest('<manifest identifier="M"><metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata><organizations/><resources/></manifest>');
    expect(editionOf(m)).toBe('2004 4th');
  });
});
