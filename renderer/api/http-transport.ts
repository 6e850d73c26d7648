import { appError, type Result } from '../../shared/contract/errors';
import type { ProgressEvent } from '../../shared/contract/operations';
import type { Transport } from '../../shared/contract/client';

/** Browser mode: calls go over loopback HTTP; the access cookie was set when the printed URL was opened. */
export function createHttpTransport(): Transport {
  const listeners = new Set<(event: ProgressEvent) => void>();
  let source: EventSource | undefined;

  function ensureEventSource(): void {
    if (source) return;
    source = new EventSource('/api/events');
    source.addEventListener('progress', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as ProgressEvent;
      for (const listener of listeners) listener(event);
    });
  }

  return {
    async call(operation, input, callId) {
      try {
        const response = await fetch(`/api/call/${operation}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-Call-Id': callId },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: appError('INTERNAL') };
      }
    },
    onProgress(listener) {
      ensureEventSource();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
