import { vi } from 'vitest';

/**
 * Answers the renderer's HTTP calls in happy-dom from a small in-memory state, so component
 * tests exercise the real client and envelope handling. End-to-end tests use the real core.
 */
export function installFakeCore() {
  const state = {
    learners: [] as { id: string; name: string; hasPin: boolean; createdAt: string; lastActiveAt: null }[],
    settings: { language: 'nl-BE', lastLearnerId: null as string | null },
    calls: [] as { name: string; args: Record<string, unknown> }[],
  };
  const reply = (data: unknown, status = 200) =>
    new Response(JSON.stringify(status === 200 ? { ok: true, data } : { ok: false, error: data }), { status });
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const name = String(url).replace(/^.*\/rpc\//, '');
    const args = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    state.calls.push({ name, args });
    switch (name) {
      case 'settings/get':
        return reply(state.settings);
      case 'settings/set':
        Object.assign(state.settings, args);
        return reply(state.settings);
      case 'learner/list':
        return reply(state.learners);
      case 'learner/create': {
        if (state.learners.some((l) => l.name.toLowerCase() === String(args.name).toLowerCase())) {
          return reply({ code: 'CONFLICT', message: 'exists', params: { name: args.name } }, 409);
        }
        const l = { id: `id-${state.learners.length + 1}`, name: String(args.name), hasPin: false, createdAt: '2026-11-26T10:00:00Z', lastActiveAt: null };
        state.learners.push(l);
        return reply(l);
      }
      case 'learner/open': {
        const l = state.learners.find((x) => x.id === args.id);
        return l ? reply({ session: `session-for-${l.id}-xxxxxxxx`, learner: l }) : reply({ code: 'NOT_FOUND', message: 'no' }, 404);
      }
      case 'learner/close':
        return reply({ closed: true });
      case 'course/list':
        return reply([]);
      default:
        return reply({ code: 'UNKNOWN_CALL', message: `no ${name}` }, 404);
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return state;
}
