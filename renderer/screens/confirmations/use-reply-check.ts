import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../../../shared/i18n/translate';
import type { ReplyCheck } from '../../../shared/contract/requests';
import { client } from '../../api/client';
import { filePayload } from '../../api/files';

export type ReplyCheckState =
  | { status: 'idle' }
  | { status: 'checking'; done: number; total: number }
  | { status: 'done'; result: ReplyCheck }
  | { status: 'failed'; message: Bilingual }
  | { status: 'stopped' };

/**
 * The reply scan's VIN check (requests.checkReply): started when a scan is chosen, stoppable, and
 * superseded by a newer scan. Advisory: whatever happens here, the reply can be saved.
 */
export function useReplyCheck() {
  const [state, setState] = useState<ReplyCheckState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const generation = useRef(0);

  const reset = useCallback(() => {
    generation.current += 1;
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'idle' });
  }, []);

  const stop = useCallback(() => controller.current?.abort(), []);

  const start = useCallback(async (requestId: number, scan: File, vins: string[]) => {
    controller.current?.abort();
    const mine = ++generation.current;
    if (vins.length === 0) return setState({ status: 'idle' });
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'checking', done: 0, total: 0 });
    const file = await filePayload(scan);
    if (mine !== generation.current) return;
    const result = await client.call('requests.checkReply', { requestId, file, vins }, { signal: abort.signal, onProgress: (event) => mine === generation.current && setState({ status: 'checking', done: event.done, total: event.total }) });
    if (mine !== generation.current) return; // a newer scan, or the form was reset
    controller.current = null;
    if (result.ok) setState({ status: 'done', result: result.value });
    else if (result.error.code === 'CANCELLED') setState({ status: 'stopped' });
    else setState({ status: 'failed', message: result.error.message });
  }, []);

  // Leaving the drawer stops the reading.
  useEffect(() => () => controller.current?.abort(), []);

  return { state, start, stop, reset };
}
