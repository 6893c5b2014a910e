// @vitest-environment happy-dom
// The Export screen's findings in the UI language: the texts come from the one catalogue
// (electron/shared/messages/preflight); tests/unit/core/scorm/preflight-texts.test.ts checks them
// against real findings.
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { ExportSummary } from '../../../../renderer/app/screens/export/ExportSummary';

describe('ExportSummary', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('nl-BE');
  });

  const result = (findings: ExportResult['findings']): ExportResult => ({
    written: true,
    fileName: 'kleine-kinderen-grote-kansen-scorm12.zip',
    bytes: 2_500_000,
    path: null,
    downloadUrl: './exports/kleine-kinderen-grote-kansen-scorm12.zip',
    findings,
    packaging: 'course-sco',
    guide: null,
  });
  const truncated: ExportResult['findings'][number] = {
    severity: 'info',
    rule: 'interactions.reflection-truncated',
    item: 'r-x',
    message: "In SCORM 1.2 the LMS's interaction record of reflection 'r-x' (max=1200) keeps only the first 255 characters; the full text stays in suspend_data.",
    fix: 'Nothing to do if that is acceptable; export SCORM 2004 to keep whole reflections in the interaction reports.',
    params: { reflection: 'r-x', max: 1200, kept: 255 },
  };
  const future: ExportResult['findings'][number] = { severity: 'warning', rule: 'future.rule', message: 'Something new is off.', fix: 'Fix it.' };

  it('shows a finding in Dutch', () => {
    render(createElement(ExportSummary, { result: result([truncated]) }));
    const item = screen.getByText(/alleen de eerste 255 tekens/).closest('li')!;
    expect(item.textContent).toBe(
      "Info r-x In SCORM 1.2 bewaart het LMS van reflectie 'r-x' (max. 1200 tekens) alleen de eerste 255 tekens als antwoord; de volledige tekst blijft in de voortgang van de student." +
        'Oplossing: Niets te doen als dat volstaat; exporteer SCORM 2004 om volledige reflecties in de rapporten te zien.',
    );
    expect(screen.queryByText(/suspend_data/)).toBeNull();
  });

  it("falls back to the finding's own text for a rule without a translation", () => {
    render(createElement(ExportSummary, { result: result([truncated, future]) }));
    expect(screen.getByText(/Something new is off/).closest('li')!.textContent).toBe('Let op  Something new is off.Oplossing: Fix it.');
  });

  it('shows the findings in English when the UI is English', async () => {
    await i18next.changeLanguage('en');
    render(createElement(ExportSummary, { result: result([truncated]) }));
    expect(screen.getByText(/keeps only the first 255 characters/).closest('li')!.textContent).toContain(
      "In SCORM 1.2 the LMS keeps only the first 255 characters of reflection 'r-x' (max. 1200 characters) as its answer; the full text stays in the student's progress.",
    );
  });
});
