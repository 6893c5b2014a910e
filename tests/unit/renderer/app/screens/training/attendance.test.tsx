// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Training } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { Attendance } from '../../../../../../renderer/app/screens/training/Attendance';

const base: Training = {
  id: 't1',
  title: 'Studiedag',
  date: '2026-12-04',
  place: 'Gent',
  trainer: 'Els',
  courseId: 'kkgk',
  courseTitle: 'KKGK',
  moduleIds: ['m5'],
  modules: [{ id: 'm5', title: 'Hefboom 1', minutes: 25 }],
  status: 'open',
  participantsTotal: 2,
  participantsPresent: 0,
  participants: [
    { id: 'p1', name: 'Noor Peeters', learnerId: 'l1', learnerName: 'Noor', present: false },
    { id: 'p2', name: 'Bram Claes', learnerId: null, learnerName: null, present: false },
  ],
  notes: [],
  tallies: [],
  createdAt: '',
  closedAt: null,
};

/** Core holding each answer until the test lets it go, applying the ticks in the order they arrive. */
function heldCore(fail = false) {
  let state = base;
  const held: (() => void)[] = [];
  const sent: { participantId: string; present: boolean }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init?: RequestInit) => {
      const args = JSON.parse(String(init?.body)) as { participantId: string; present: boolean };
      sent.push({ participantId: args.participantId, present: args.present });
      return new Promise<Response>((resolve) =>
        held.push(() => {
          if (fail) return resolve(new Response(JSON.stringify({ ok: false, error: { code: 'IO', message: 'Leerpad is not reachable.' } }), { status: 500 }));
          state = { ...state, participants: state.participants.map((p) => (p.id === args.participantId ? { ...p, present: args.present } : p)) };
          resolve(new Response(JSON.stringify({ ok: true, data: state })));
        }),
      );
    }),
  );
  return { held, sent, release: async () => act(async () => void held.shift()?.()) };
}

function Screen() {
  const [training, setTraining] = useState(base);
  return <Attendance training={training} teacher={undefined} onChanged={setTraining} />;
}

const box = (name: string) => screen.getByRole('checkbox', { name: `${name} was aanwezig` }) as HTMLInputElement;

describe('attendance', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows a tick at once and keeps it once core has it', async () => {
    const core = heldCore();
    render(<Screen />);
    fireEvent.click(box('Noor Peeters'));
    expect(box('Noor Peeters').checked).toBe(true);
    expect(screen.getByText('1 van 2 deelnemers aanwezig.')).toBeTruthy();
    await core.release();
    expect(box('Noor Peeters').checked).toBe(true);
    expect(core.sent).toEqual([{ participantId: 'p1', present: true }]);
  });

  it('sends a quick second click after the first, so core ends with what the screen shows', async () => {
    const core = heldCore();
    render(<Screen />);
    fireEvent.click(box('Bram Claes'));
    fireEvent.click(box('Bram Claes'));
    expect(box('Bram Claes').checked).toBe(false);
    expect(core.sent).toHaveLength(1);
    await core.release();
    await waitFor(() => expect(core.sent).toEqual([{ participantId: 'p2', present: true }, { participantId: 'p2', present: false }]));
    await core.release();
    expect(box('Bram Claes').checked).toBe(false);
  });

  it('takes the tick back and says why when it was not saved', async () => {
    const core = heldCore(true);
    render(<Screen />);
    fireEvent.click(box('Noor Peeters'));
    await core.release();
    expect(box('Noor Peeters').checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('Een bestand kon niet gelezen of geschreven worden.');
  });
});
