import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_KEY, INVOKE_CHANNEL, STAGE_FILE_CHANNEL, type LeerpadBridge } from '../core/contract/bridge';

// One typed entry point; never the raw ipcRenderer (its `on`/`send` would reach every channel).
contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  invoke: (name, args) => ipcRenderer.invoke(INVOKE_CHANNEL, name, args),
  // The page never learns the path (sandboxed renderers have no File.path since Electron 32).
  stageFile: (file, kind) => ipcRenderer.invoke(STAGE_FILE_CHANNEL, webUtils.getPathForFile(file), kind),
} satisfies LeerpadBridge);
