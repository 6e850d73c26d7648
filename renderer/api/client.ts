import { createClient, type Transport } from '../../shared/contract/client';
import { createHttpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. focusWindow raises the window (a clicked reminder). */
    exportDesk?: Transport & { focusWindow?: () => void };
  }
}

/** The renderer's only way to the core: IPC inside Electron, HTTP in browser mode. */
export const client = createClient(window.exportDesk ?? createHttpTransport());
