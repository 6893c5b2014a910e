import { manifestId, organizationId, rootItemId } from './identifiers';
import { resourceNodes, type ManifestPlan, type PlannedSco } from './manifest-plan';
import { NS, schemaLocation } from './schema-sets';
import { decimal, renderXml, xmlText, type XmlNode } from './xml';

/** IEEE LOM (the ltsc namespace SCORM 2004 4th Edition CAM 2.2 prescribes): strings carry `language`. */
function lom2004(plan: ManifestPlan): XmlNode {
  const language = plan.course.language;
  const langString = (text: string) => ({ 'lom:string': { '@_language': language, '#text': xmlText(text) } });
  return {
    'lom:general': {
      'lom:title': langString(plan.course.title),
      'lom:language': language,
      'lom:description': langString(plan.course.description),
    },
    'lom:lifeCycle': { 'lom:version': langString(plan.course.version) },
  };
}

/**
 * Objectives only, nothing the LMS must interpret further (no rollup rules, no control modes):
 * Moodle implements little of SN, and defaults are what every LMS agrees on. The primary objective
 * is satisfied by measure only for a scored quiz, at the same threshold the runtime uses (passed
 * iff best score ≥ pass mark; SN 3.10: satisfied iff measure ≥ minNormalizedMeasure). Lever (and,
 * in a course SCO, module) objectives carry their ids so the LMS creates cmi.objectives the
 * runtime then reports on.
 */
function sequencing(sco: PlannedSco): XmlNode | undefined {
  if (sco.masteryPercent === undefined && sco.objectives.length === 0) return undefined;
  const primary: XmlNode =
    sco.masteryPercent === undefined
      ? {}
      : { '@_satisfiedByMeasure': 'true', 'imsss:minNormalizedMeasure': decimal(sco.masteryPercent / 100) };
  return {
    'imsss:objectives': {
      'imsss:primaryObjective': primary,
      'imsss:objective': sco.objectives.map((id) => ({ '@_objectiveID': id })),
    },
  };
}

/** imsmanifest.xml for SCORM 2004 4th Edition. Prefixes as Moodle matches them literally ("ADLCP:SCORMTYPE", "IMSSS:SEQUENCING"). */
export function renderManifestScorm2004(plan: ManifestPlan): string {
  const { course } = plan;
  const items: XmlNode[] = plan.scos.map((sco) => ({
    '@_identifier': sco.itemId,
    '@_identifierref': sco.resourceId,
    '@_isvisible': 'true',
    title: xmlText(sco.title),
    'imsss:sequencing': sequencing(sco),
  }));
  const resources = resourceNodes(plan, '@_adlcp:scormType');

  return renderXml({
    manifest: {
      '@_identifier': manifestId(course.id),
      '@_version': course.version,
      '@_xmlns': NS.imscp,
      '@_xmlns:adlcp': NS.adlcp,
      '@_xmlns:adlseq': NS.adlseq,
      '@_xmlns:adlnav': NS.adlnav,
      '@_xmlns:imsss': NS.imsss,
      '@_xmlns:lom': NS.lom,
      '@_xmlns:xsi': NS.xsi,
      '@_xsi:schemaLocation': schemaLocation('scorm2004'),
      metadata: { schema: 'ADL SCORM', schemaversion: '2004 4th Edition', 'lom:lom': lom2004(plan) },
      organizations: {
        '@_default': organizationId(course.id),
        organization: {
          '@_identifier': organizationId(course.id),
          title: xmlText(course.title),
          // One non-launchable root: several top-level items break Moodle's next/previous between SCOs.
          item: {
            '@_identifier': rootItemId(course.id),
            '@_isvisible': 'true',
            title: xmlText(course.title),
            item: items,
            // flow: LMSs that run 2004 sequencing offer continue/previous between modules (IMS SS 5.1);
            // choice stays on, so learners may still open any module from the menu.
            'imsss:sequencing': { 'imsss:controlMode': { '@_choice': 'true', '@_flow': 'true' } },
          },
        },
      },
      resources: { resource: resources },
    },
  });
}
