import { describe, expect, it } from 'vitest';
import { allItems, defaultOrganizationOf, parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';

const NS12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"';
const NS2004 = 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"';

function manifest(ns: string, organizations: string, resources = '', attrs = ''): string {
  return `<?xml version="1.0"?><manifest identifier="M" ${ns} ${attrs}><organizations ${organizations}</organizations><resources>${resources}</resources></manifest>`;
}

const onlyItem = (xml: string) => allItems(parseManifest(xml).organizations.flatMap((o) => o.items))[0]!;

describe('manifest model: what an item asks of the LMS', () => {
  it('reads the launch parameters of an item and leaves them out when there are none', () => {
    const xml = manifest(NS12, 'default="O"><organization identifier="O"><title>T</title><item identifier="I1" identifierref="R" parameters="?page=3"><title>A</title></item><item identifier="I2" identifierref="R"><title>B</title></item></organization>');
    const [withParams, without] = allItems(parseManifest(xml).organizations[0]!.items);
    expect(withParams!.parameters).toBe('?page=3');
    expect(without!.parameters).toBeUndefined();
  });

  it('takes an item as visible unless isvisible says false', () => {
    const xml = manifest(NS12, '><organization identifier="O"><item identifier="A"><title>A</title></item><item identifier="B" isvisible="false"><title>B</title></item><item identifier="C" isvisible="true"><title>C</title></item></organization>');
    expect(allItems(parseManifest(xml).organizations[0]!.items).map((i) => i.isvisible)).toEqual([true, false, true]);
  });

  it('reads the 1.2 launch data, time limit and mastery score, lower-case as 1.2 writes them', () => {
    const item = onlyItem(manifest(NS12, '><organization identifier="O"><item identifier="I" identifierref="R"><title>A</title><adlcp:datafromlms>level=2</adlcp:datafromlms><adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed><adlcp:timelimitaction>exit,message</adlcp:timelimitaction><adlcp:masteryscore> 80 </adlcp:masteryscore></item></organization>'));
    expect(item).toMatchObject({ dataFromLMS: 'level=2', maxTimeAllowed: '00:30:00', timeLimitAction: 'exit,message', masteryscore: '80' });
  });

  it('reads the 2004 dataFromLMS and timeLimitAction in camel case', () => {
    const item = onlyItem(manifest(NS2004, '><organization identifier="O"><item identifier="I" identifierref="R"><title>A</title><adlcp:dataFromLMS>start=intro</adlcp:dataFromLMS><adlcp:timeLimitAction>continue,no message</adlcp:timeLimitAction></item></organization>'));
    expect(item).toMatchObject({ dataFromLMS: 'start=intro', timeLimitAction: 'continue,no message' });
    expect(item.maxTimeAllowed).toBeUndefined();
  });

  it('reads the completion threshold as the 3rd edition writes it (element text)', () => {
    const item = onlyItem(manifest(NS2004, '><organization identifier="O"><item identifier="I" identifierref="R"><title>A</title><adlcp:completionThreshold>0.75</adlcp:completionThreshold></item></organization>'));
    expect(item.completionThreshold).toBe('0.75');
    expect(item.completedByMeasure).toBeUndefined();
  });

  it('reads the completion threshold as the 4th edition writes it (minProgressMeasure, completedByMeasure), 1.0 when only the flag is given', () => {
    const xml = manifest(NS2004, '><organization identifier="O"><item identifier="A" identifierref="R"><title>A</title><adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.6"/></item><item identifier="B" identifierref="R"><title>B</title><adlcp:completionThreshold completedByMeasure="true"/></item><item identifier="C" identifierref="R"><title>C</title></item></organization>');
    const [a, b, c] = allItems(parseManifest(xml).organizations[0]!.items);
    expect([a!.completionThreshold, a!.completedByMeasure]).toEqual(['0.6', true]);
    expect([b!.completionThreshold, b!.completedByMeasure]).toEqual(['1.0', true]);
    expect(c!.completionThreshold).toBeUndefined();
  });

  it('keeps the primary objective of the item sequencing', () => {
    const item = onlyItem(manifest(`${NS2004} xmlns:imsss="http://www.imsglobal.org/xsd/imsss"`, '><organization identifier="O"><item identifier="I" identifierref="R"><title>A</title><imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="P" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing></item></organization>'));
    expect(item.primaryObjective).toEqual({ satisfiedByMeasure: true, minNormalizedMeasure: '0.8' });
  });
});

describe('manifest model: the organization an LMS plays', () => {
  it('is the one organizations@default names', () => {
    const m = parseManifest(manifest(NS12, 'default="B"><organization identifier="A"><title>First</title></organization><organization identifier="B"><title>Second</title></organization>'));
    expect(defaultOrganizationOf(m)?.title).toBe('Second');
  });

  it('is the first when default names no organization or is missing', () => {
    const orgs = '<organization identifier="A"><title>First</title></organization><organization identifier="B"><title>Second</title></organization>';
    expect(defaultOrganizationOf(parseManifest(manifest(NS12, `default="NOPE">${orgs}`)))?.identifier).toBe('A');
    expect(defaultOrganizationOf(parseManifest(manifest(NS12, `>${orgs}`)))?.identifier).toBe('A');
  });

  it('is none for an empty <organizations/>', () => {
    const m = parseManifest(`<manifest identifier="M" ${NS12}><organizations/><resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/></resources></manifest>`);
    expect(m.organizations).toEqual([]);
    expect(defaultOrganizationOf(m)).toBeUndefined();
  });
});
