/**
 * The one object the Electron preload exposes to the app's page, as `window[BRIDGE_KEY]`, and the
 * one IPC channel behind it. Written once here: the preload `satisfies` the type, the main process
 * listens on the channel, the renderer's client declares `window.leerpad` with this type.
 */
export interface LeerpadBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
}

export const BRIDGE_KEY = 'leerpad';
export const INVOKE_CHANNEL = 'leerpad:invoke';
