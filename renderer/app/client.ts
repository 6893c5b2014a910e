import type { AppErrorData, CallArgs, CallName, CallResult, Envelope, UploadKind } from '../../electron/core/contract';
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
    return unreadable(response.status);
  }
};

/** IPC inside Electron, HTTP in the web harness: chosen once, at runtime. */
const transport: Transport = typeof window !== 'undefined' && window.leerpad ? ipcTransport : httpTransport;

const unreadable = (status: number): Envelope<unknown> => ({
  ok: false,
  error: { code: 'IO', message: `Leerpad answered ${status} without a readable reply.`, hint: 'Try again; if it keeps happening, restart `npm run web`.' },
});

/** The web harness streams the file's bytes to `POST /upload`. */
async function httpUpload(file: File): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch('./upload', { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file });
  } catch {
    return { ok: false, error: { code: 'IO', message: 'Leerpad is not reachable.', hint: 'Check that `npm run web` is still running.' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return unreadable(response.status);
  }
}

/**
 * Hands a chosen file to core for the call that takes it (a package for 'library/import', by default)
 * and answers its upload id: the desktop copies the file by its path (preload), the web harness sends
 * its bytes. Either way the import is one call, which checks what the file holds.
 */
export async function upload(file: File, kind: UploadKind = 'package'): Promise<string> {
  const envelope = (typeof window !== 'undefined' && window.leerpad ? await window.leerpad.stageFile(file, kind) : await httpUpload(file)) as Envelope<{ uploadId: string }>;
  if (!envelope.ok) throw new CallError(envelope.error);
  return envelope.data.uploadId;
}

export async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
  const envelope = await transport(name, args);
  if (!envelope.ok) {
    // Core restarted or the profile was closed elsewhere: the app returns to the profile picker.
    if (envelope.error.code === 'SESSION_REQUIRED') window.dispatchEvent(new Event(SESSION_LOST));
    throw new CallError(envelope.error);
  }
  return envelope.data as CallResult<K>;
}
