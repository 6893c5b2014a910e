/**
 * Preflight codes that cover several situations: the param whose value picks the refined text
 * (`message_<value>` / `hint_<value>`); without a matching variant the plain text is used.
 */
export const PREFLIGHT_VARIANT_PARAM: Readonly<Record<string, string>> = {
  'manifest.at-root': 'problem',
  'manifest.schemaversion': 'problem',
  'manifest.prefix': 'bound',
  'organization.default': 'problem',
  'organization.single-root': 'maker',
  'organization.root-launchable': 'maker',
  'organization.no-sco': 'maker',
  'files.file-missing': 'maker',
  'files.dependency-missing': 'maker',
  'files.unlisted': 'maker',
  'files.stray': 'maker',
  'manifest.schema-missing': 'maker',
  'sco.not-leerpad': 'maker',
  'lms.canvas-scorm12': 'maker',
  'lms.moodle-scorm2004': 'maker',
  'lms.moodle-multi-sco-2004': 'maker',
  'lms.moodle-multi-sco-12': 'maker',
  'xsd.invalid': 'problem',
  'identifiers.previous': 'problem',
  'identifiers.changed': 'kind',
  'identifiers.removed': 'kind',
  'interactions.description-long': 'kind',
  'mastery.without-quiz': 'edition',
  'state.suspend-data': 'problem',
  'zip.path': 'problem',
};
