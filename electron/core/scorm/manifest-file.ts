/** The manifest's name at a package's root: SCORM (CAM 2.3.1, both editions) fixes it, in lower case. */
export const MANIFEST_FILE = 'imsmanifest.xml';
