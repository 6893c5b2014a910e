import { beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../../../helpers/core/scorm/packages';
import { buildScenarioPackages, check, manifest, P } from '../../../helpers/core/scorm/preflight-scenario-kit';

// Packages Leerpad did not make often let SCOs share a folder; issue 12, item 5.
describe('preflight on a package whose resources share a folder', () => {
  beforeAll(() => buildScenarioPackages());

  // Not a dependency of the SCO: only "listed by ANY resource" keeps the file from being unlisted.
  const OTHER_RESOURCE =
    '<resource identifier="RES-ander" type="webcontent" adlcp:scormtype="asset" href="welkom/gedeeld.js"><file href="welkom/gedeeld.js"/></resource>';
  const withSharedFile = (listedElsewhere: boolean) =>
    mutate(
      listedElsewhere
        ? manifest(P.good12, (t) => t.replace('</resources>', `${OTHER_RESOURCE}</resources>`))
        : P.good12,
      (files) => files.set('welkom/gedeeld.js', Buffer.from('x')),
    );

  it('does not call a file unlisted when another resource lists it', async () => {
    const findings = await check(withSharedFile(true));
    expect(findings.filter((f) => f.rule === 'files.unlisted')).toEqual([]);
  });

  it('still calls a file unlisted when no resource lists it', async () => {
    const findings = await check(withSharedFile(false));
    expect(findings.filter((f) => f.rule === 'files.unlisted').map((f) => f.item)).toEqual(['welkom/gedeeld.js']);
  });
});
