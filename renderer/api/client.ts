import { createClient, type Transport } from '../../shared/contract/client';
import { createHttpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    exportDesk?: Transport;
  }
}

/** The renderer's only way to the core: IPC inside Electron, HTTP in browser mode. */
export const client = createClient(window.exportDesk ?? createHttpTransport());
