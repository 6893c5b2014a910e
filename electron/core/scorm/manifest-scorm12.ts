import { manifestId, organizationId, rootItemId } from './identifiers';
import { resourceNodes, type ManifestPlan } from './manifest-plan';
import { NS, schemaLocation } from './schema-sets';
import { decimal, renderXml, xmlText, type XmlNode } from './xml';

/** IMS LOM 1.2.1 as SCORM 1.2 embeds it (CAM 1.2, 2.3): langstrings carry xml:lang. */
function lom12(plan: ManifestPlan): XmlNode {
  const lang = plan.course.language;
  const langstring = (text: string) => ({ 'imsmd:langstring': { '@_xml:lang': lang, '#text': xmlText(text) } });
  return {
    'imsmd:general': {
      'imsmd:title': langstring(plan.course.title),
      'imsmd:language': lang,
      'imsmd:description': langstring(plan.course.description),
    },
    'imsmd:lifecycle': { 'imsmd:version': langstring(plan.course.version) },
  };
}

/**
 * imsmanifest.xml for SCORM 1.2. The prefixes are not cosmetic: Moodle's parser matches prefixed
 * names literally ("ADLCP:SCORMTYPE", "ADLCP:MASTERYSCORE"), so adlcp must be spelled adlcp.
 */
export function renderManifestScorm12(plan: ManifestPlan): string {
  const { course } = plan;
  const items: XmlNode[] = plan.scos.map((sco) => ({
    '@_identifier': sco.itemId,
    '@_identifierref': sco.resourceId,
    '@_isvisible': 'true',
    title: xmlText(sco.title),
    // Only where a scored quiz exists: with Moodle's "mastery score overrides status" the LMS
    // recomputes passed/failed from the score at LMSFinish, which would fail content without a quiz
    // (and a course SCO halfway through: planCourseScoManifest gives it none).
    'adlcp:masteryscore': sco.masteryPercent === undefined ? undefined : decimal(sco.masteryPercent),
  }));
  const resources = resourceNodes(plan, '@_adlcp:scormtype');

  return renderXml({
    manifest: {
      '@_identifier': manifestId(course.id),
      '@_version': course.version,
      '@_xmlns': NS.imscp12,
      '@_xmlns:adlcp': NS.adlcp12,
      '@_xmlns:imsmd': NS.imsmd12,
      '@_xmlns:xsi': NS.xsi,
      '@_xsi:schemaLocation': schemaLocation('scorm12'),
      metadata: { schema: 'ADL SCORM', schemaversion: '1.2', 'imsmd:lom': lom12(plan) },
      organizations: {
        '@_default': organizationId(course.id),
        organization: {
          '@_identifier': organizationId(course.id),
          title: xmlText(course.title),
          // One non-launchable root: several top-level items break Moodle's next/previous between SCOs.
          item: { '@_identifier': rootItemId(course.id), '@_isvisible': 'true', title: xmlText(course.title), item: items },
        },
      },
      resources: { resource: resources },
    },
  });
}
