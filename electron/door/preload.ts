// Sandboxed preload: it may require only 'electron', so the channel names are written out here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const IPC_CALL = 'export-desk:call';
const IPC_PROGRESS = 'export-desk:progress';
const IPC_FOCUS = 'export-desk:focus';

/** Exactly the Transport of the typed client; never raw ipcRenderer. */
contextBridge.exposeInMainWorld('exportDesk', {
  call: (operation: string, input: unknown, callId: string) => ipcRenderer.invoke(IPC_CALL, operation, input, callId),
  onProgress: (listener: (event: unknown) => void) => {
    const forward = (_event: IpcRendererEvent, progress: unknown) => listener(progress);
    ipcRenderer.on(IPC_PROGRESS, forward);
    return () => {
      ipcRenderer.removeListener(IPC_PROGRESS, forward);
    };
  },
  /** window.focus() cannot raise a minimised Electron window: the main process does it. */
  focusWindow: () => ipcRenderer.send(IPC_FOCUS),
});
