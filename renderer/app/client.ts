import type { AppErrorData, CallArgs, CallName, CallResult, Envelope } from '../../electron/core/contract';
import type { BRIDGE_KEY, LeerpadBridge } from '../../electron/core/contract/bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload (its key is BRIDGE_KEY); absent in the web harness. */
    leerpad?: LeerpadBridge;
  }
}

/** The window property must be the preload's key: renaming one without the other fails here. */
const _bridgeKey: typeof BRIDGE_KEY = 'leerpad' satisfies keyof Window;
void _bridgeKey;

export class CallError extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
    this.name = 'CallError';
  }
}

export const SESSION_LOST = 'leerpad:session-lost';

type Transport = (name: string, args: unknown) => Promise<Envelope<unknown>>;

const ipcTransport: Transport = async (name, args) => (await window.leerpad!.invoke(name, args)) as Envelope<unknown>;

const httpTransport: Transport = async (name, args) => {
  let response: Response;
  try {
    response = await fetch(`./rpc/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'IO', message: 'Leerpad is not reachable.', hint: 'Check that `npm run web` is still running.' },
    };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    // A proxy, a crashed harness or a cut connection can answer something that is not our envelope.
    return {
      ok: false,
      error: { code: 'IO', message: `Leerpad answered ${response.status} without a readable reply.`, hint: 'Try again; if it keeps happening, restart `npm run web`.' },
    };
  }
};

/** IPC inside Electron, HTTP in the web harness: chosen once, at runtime. */
const transport: Transport = typeof window !== 'undefined' && window.leerpad ? ipcTransport : httpTransport;

export async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
  const envelope = await transport(name, args);
  if (!envelope.ok) {
    // Core restarted or the profile was closed elsewhere: the app returns to the profile picker.
    if (envelope.error.code === 'SESSION_REQUIRED') window.dispatchEvent(new Event(SESSION_LOST));
    throw new CallError(envelope.error);
  }
  return envelope.data as CallResult<K>;
}
