// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initScoI18n } from '../../../../../renderer/sco/i18n';
import { LmsNotice } from '../../../../../renderer/sco/layout/LmsNotice';
import type { LmsHealth } from '../../../../../renderer/sco/state/store';

afterEach(() => {
  cleanup();
  initScoI18n('nl-BE');
});

const refused: LmsHealth = { connected: false, standalone: false, refused: true, failing: false, tooLong: false };

describe('the notice when the LMS refused the connection', () => {
  it('tells the learner in Dutch what happened, what to do and where the answers are', () => {
    initScoI18n('nl-BE');
    render(<LmsNotice health={refused} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Het leerplatform weigerde de verbinding. Sluit de activiteit en open ze opnieuw; je antwoorden van deze sessie blijven in deze browser bewaard.',
    );
  });

  it('says the same in English', () => {
    initScoI18n('en');
    render(<LmsNotice health={refused} />);
    expect(screen.getByRole('status').textContent).toBe(
      'The learning platform refused the connection. Close the activity and open it again; your answers from this session are kept in this browser.',
    );
  });

  it('is not the message for a page without any LMS', () => {
    initScoI18n('nl-BE');
    render(<LmsNotice health={{ ...refused, refused: false, standalone: true }} />);
    expect(screen.getByRole('status').textContent).toBe('Geen leerplatform gevonden: je antwoorden worden alleen in deze browser bewaard.');
  });
});
