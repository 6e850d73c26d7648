import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { appError, type Result } from '../../shared/contract/errors';
import type { Core } from '../core/core';
import { IPC_CALL, IPC_PROGRESS } from './ipc-channels';
import { isTrustedSender } from './security-policy';

/** The one IPC handler: a checked sender, then the same dispatcher every door uses. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, core: Pick<Core, 'dispatch' | 'events'>, windows: () => WebContents[]): void {
  ipcMain.handle(IPC_CALL, async (event: IpcMainInvokeEvent, operation: unknown, input: unknown, callId: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) return { ok: false, error: appError('UNAUTHORIZED') };
    if (typeof operation !== 'string') return { ok: false, error: appError('UNKNOWN_OPERATION', { operation: '' }) };
    return core.dispatch(operation, input, typeof callId === 'string' && callId.length <= 100 ? callId : undefined);
  });
  core.events.on('progress', (progress) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(IPC_PROGRESS, progress);
  });
}
