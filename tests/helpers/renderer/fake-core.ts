import { vi } from 'vitest';

type FakeLearner = { id: string; name: string; hasPin: boolean; createdAt: string; lastActiveAt: null; pin?: string };

/**
 * Answers the renderer's HTTP calls in happy-dom from a small in-memory state, so component
 * tests exercise the real client and envelope handling. End-to-end tests use the real core.
 */
export function installFakeCore() {
  const state = {
    learners: [] as FakeLearner[],
    settings: { language: 'nl-BE', lastLearnerId: null as string | null, idleMinutes: 20 },
    teacherPin: null as string | null,
    /** Seconds core reports for `learner/session` with peek (activity inside the module frame). */
    idleSeconds: null as number | null,
    calls: [] as { name: string; args: Record<string, unknown> }[],
  };
  const reply = (data: unknown, status = 200) =>
    new Response(JSON.stringify(status === 200 ? { ok: true, data } : { ok: false, error: data }), { status });
  const summary = ({ pin: _pin, ...l }: FakeLearner) => l;
  const sessionFor = (l: FakeLearner) => ({ session: `session-for-${l.id}-xxxxxxxx`, learner: summary(l) });
  const teacherStatus = () => ({ hasPin: state.teacherPin !== null, idleMinutes: state.settings.idleMinutes, idleLimits: { min: 1, max: 120 } });
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const name = String(url).replace(/^.*\/rpc\//, '');
    const args = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    state.calls.push({ name, args });
    const byId = state.learners.find((x) => x.id === args.id);
    switch (name) {
      case 'settings/get':
        return reply(state.settings);
      case 'settings/set':
        Object.assign(state.settings, args);
        return reply(state.settings);
      case 'learner/list':
        return reply(state.learners.map(summary));
      case 'learner/create': {
        if (state.learners.some((l) => l.name.toLowerCase() === String(args.name).toLowerCase())) {
          return reply({ code: 'CONFLICT', message: 'exists', params: { reason: 'name-taken', name: args.name } }, 409);
        }
        const pin = args.pin as string | undefined;
        const l = { id: `id-${state.learners.length + 1}`, name: String(args.name), hasPin: !!pin, createdAt: '2026-11-26T10:00:00Z', lastActiveAt: null, pin };
        state.learners.push(l);
        return reply(sessionFor(l));
      }
      case 'learner/open':
        if (!byId) return reply({ code: 'NOT_FOUND', message: 'no' }, 404);
        if (byId.pin && args.pin !== byId.pin) return reply({ code: 'PIN_WRONG', message: 'wrong' }, 401);
        return reply(sessionFor(byId));
      case 'learner/session': {
        const l = state.learners.find((x) => args.session === `session-for-${x.id}-xxxxxxxx`);
        if (!l) return reply({ code: 'SESSION_REQUIRED', message: 'closed' }, 401);
        return reply({ learner: summary(l), idleSeconds: args.peek ? (state.idleSeconds ?? state.settings.idleMinutes * 60) : 0, idleMinutes: state.settings.idleMinutes });
      }
      case 'learner/close':
        return reply({ closed: true });
      case 'learner/set-pin': {
        const l = state.learners.find((x) => args.session === `session-for-${x.id}-xxxxxxxx`)!;
        if (l.pin && args.currentPin !== l.pin) return reply({ code: 'PIN_WRONG', message: 'wrong' }, 401);
        Object.assign(l, { pin: args.pin ?? undefined, hasPin: !!args.pin });
        return reply(summary(l));
      }
      case 'teacher/status':
        return reply(teacherStatus());
      case 'teacher/unlock':
        return args.pin === state.teacherPin ? reply({ teacher: 'teacher-token-xxxxxxxxxx', expiresInSeconds: 600 }) : reply({ code: 'PIN_WRONG', message: 'wrong' }, 401);
      case 'learner/rename':
        if (!byId) return reply({ code: 'NOT_FOUND', message: 'no' }, 404);
        if (args.teacher !== 'teacher-token-xxxxxxxxxx' && args.session !== `session-for-${byId.id}-xxxxxxxx`) {
          return reply({ code: 'TEACHER_REQUIRED', message: 'lecturer mode' }, 401);
        }
        byId.name = String(args.name);
        return reply(summary(byId));
      case 'teacher/lock':
        return reply({ locked: true });
      case 'course/list':
        return reply([]);
      default:
        return reply({ code: 'UNKNOWN_CALL', message: `no ${name}` }, 404);
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return state;
}
