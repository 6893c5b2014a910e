import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, INVOKE_CHANNEL, type LeerpadBridge } from '../core/contract/bridge';

// One typed entry point; never the raw ipcRenderer (its `on`/`send` would reach every channel).
contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  invoke: (name, args) => ipcRenderer.invoke(INVOKE_CHANNEL, name, args),
} satisfies LeerpadBridge);
