import type { Result } from './errors';
import type { InputOf, OperationName, OutputOf, ProgressEvent } from './operations';

/** How a door carries one call; the Electron preload and the HTTP client each provide one. */
export interface Transport {
  call(operation: OperationName, input: unknown, callId: string): Promise<Result<unknown>>;
  /** Subscribe to progress events of all calls; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

/** The part of AbortSignal the client uses (shared/ has neither DOM nor Node types). */
export interface CancelSignal {
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface CallOptions {
  onProgress?: (event: ProgressEvent) => void;
  signal?: CancelSignal;
}

export interface Client {
  call<N extends OperationName>(operation: N, input: InputOf<N>, options?: CallOptions): Promise<Result<OutputOf<N>>>;
}

let callCounter = 0;
function newCallId(): string {
  callCounter += 1;
  return `${Date.now().toString(36)}-${callCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The typed client of the contract: the only way the renderer reaches the core. */
export function createClient(transport: Transport): Client {
  return {
    async call(operation, input, options) {
      const callId = newCallId();
      const unsubscribe = options?.onProgress
        ? transport.onProgress((event) => {
            if (event.callId === callId) options.onProgress?.(event);
          })
        : undefined;
      const abort = () => void transport.call('jobs.cancel', { callId }, newCallId());
      options?.signal?.addEventListener('abort', abort, { once: true });
      try {
        return (await transport.call(operation, input, callId)) as Result<OutputOf<typeof operation>>;
      } finally {
        unsubscribe?.();
        options?.signal?.removeEventListener('abort', abort);
      }
    },
  };
}
