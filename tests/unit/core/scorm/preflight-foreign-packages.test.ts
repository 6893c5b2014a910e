import { describe, expect, it } from 'vitest';
import { checkBothWays, checkSample, errorsIn, FOREIGN, rulesIn, SAMPLE_ZIPS } from '../../../helpers/core/scorm/preflight-foreign-fixtures';

// Valid packages Moodle installs and plays give no error (issue 12, item 5, acceptance).
describe('preflight on real packages of other makers', () => {
  it.each(SAMPLE_ZIPS)('finds no error in %s, for Moodle too', async (name) => {
    for (const lms of ['generic', 'moodle'] as const) expect(errorsIn(await checkSample(name, { lms }))).toEqual([]);
  });

  it('notes, without calling it an error, that the single SCO is the top-level item', async () => {
    const findings = await checkSample(SAMPLE_ZIPS[0]!);
    expect(findings.find((f) => f.rule === 'organization.root-launchable')).toMatchObject({ severity: 'info', item: 'item_1' });
  });
});

describe('preflight on hand-made packages of other makers, as a folder and as a zip', () => {
  it('finds no error in a multi-SCO 1.2 package whose SCOs share a folder, and no unlisted or stray file', async () => {
    for (const findings of Object.values(await checkBothWays(FOREIGN.multiSco12, { lms: 'moodle' }))) {
      expect(errorsIn(findings)).toEqual([]);
      expect(rulesIn(findings)).not.toContain('files.unlisted');
      // metadata.xml is named by adlcp:location: used, not stray.
      expect(rulesIn(findings)).not.toContain('files.stray');
      expect(findings.find((f) => f.rule === 'lms.moodle-multi-sco-12')?.params).toMatchObject({ scos: 3 });
      // One note for the package, not one per SCO.
      expect(findings.filter((f) => f.rule === 'sco.not-leerpad').map((f) => [f.severity, f.params?.scos])).toEqual([['info', 3]]);
    }
  });

  it('applies xml:base of <resources> and <resource> to every href, and takes a URL for no missing file', async () => {
    for (const findings of Object.values(await checkBothWays(FOREIGN.xmlBase))) {
      expect(errorsIn(findings)).toEqual([]);
      expect(rulesIn(findings).filter((r) => r.startsWith('files.'))).toEqual([]);
    }
  });

  it('plays the first organization when <organizations> names no default, and says so as a note', async () => {
    for (const findings of Object.values(await checkBothWays(FOREIGN.noDefault))) {
      expect(errorsIn(findings)).toEqual([]);
      expect(findings.find((f) => f.rule === 'organization.default')).toMatchObject({ severity: 'info', params: { problem: 'first-missing', organization: 'nl' } });
    }
  });

  it('launches the SCO resource of an empty <organizations/> instead of reporting no SCO', async () => {
    for (const findings of Object.values(await checkBothWays(FOREIGN.emptyOrganizations))) {
      expect(errorsIn(findings)).toEqual([]);
      expect(rulesIn(findings)).not.toContain('organization.no-sco');
      expect(findings.find((f) => f.rule === 'organization.default')).toMatchObject({ severity: 'info', params: { problem: 'resource', resource: 'sco' } });
    }
  });

  it('checks a manifest without namespaces as the 2004 its schemaversion names', async () => {
    for (const findings of Object.values(await checkBothWays(FOREIGN.noNamespace2004, { lms: 'moodle' }))) {
      expect(errorsIn(findings)).toEqual([]);
      // Only said of a 2004 package; a 1.2 check would instead have no Moodle 2004 note.
      expect(rulesIn(findings)).toContain('lms.moodle-scorm2004');
      expect(findings.find((f) => f.rule === 'xsd.unchecked')).toMatchObject({ severity: 'info' });
    }
  });
});
