import { contextBridge, ipcRenderer } from 'electron';

// One typed entry point; never the raw ipcRenderer (its `on`/`send` would reach every channel).
contextBridge.exposeInMainWorld('leerpad', {
  invoke: (name: string, args: unknown): Promise<unknown> => ipcRenderer.invoke('leerpad:invoke', name, args),
});
