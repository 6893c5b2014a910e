// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { TrainingError } from '../../../../../../renderer/app/screens/training/TrainingError';

const refusal = { code: 'NOT_FOUND' as const, message: "The course 'kkgk' has no module 'x'.", hint: 'Choose modules of the course.' };

describe("a core refusal on the trainer's screens", () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => cleanup());

  it("says it in Dutch and keeps core's exact sentence under Technische melding", () => {
    render(<TrainingError error={refusal} />);
    expect(screen.getByRole('alert').textContent).toContain('Dit werd niet gevonden.');
    expect(screen.getByText('Technische melding')).toBeTruthy();
    expect(screen.getByText(`${refusal.message} ${refusal.hint}`).getAttribute('lang')).toBe('en');
  });

  it('shows the message once in English', async () => {
    await i18next.changeLanguage('en');
    render(<TrainingError error={refusal} />);
    expect(screen.queryByText('Technical message')).toBeNull();
  });
});
