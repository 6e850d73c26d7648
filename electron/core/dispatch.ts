import { randomUUID } from 'node:crypto';
import { AppFailure, appError, type Result } from '../../shared/contract/errors';
import { toFieldProblems } from '../../shared/contract/field-problems';
import { contract, isOperationName, type OperationName, type OutputOf, type ParsedInputOf, type ProgressEvent } from '../../shared/contract/operations';
import type { RunningCalls } from './jobs';
import type { Logger } from './log';

export interface CallContext {
  callId: string;
  signal: AbortSignal;
  progress(done: number, total: number, label?: string): void;
}

export type Handler<N extends OperationName> = (input: ParsedInputOf<N>, context: CallContext) => Promise<OutputOf<N>>;
export type Handlers = { [N in OperationName]: Handler<N> };

export interface Dispatcher {
  /** Validate, run and answer one call. Never throws; never returns a stack trace. */
  dispatch(operation: string, input: unknown, callId?: string): Promise<Result<unknown>>;
}

export function createDispatcher(handlers: Handlers, running: RunningCalls, onProgress: (event: ProgressEvent) => void, log: Logger): Dispatcher {
  return {
    async dispatch(operation, rawInput, callId = randomUUID()) {
      if (!isOperationName(operation)) return { ok: false, error: appError('UNKNOWN_OPERATION', { operation: String(operation).slice(0, 100) }) };
      const spec = contract[operation];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: appError('INVALID_INPUT', undefined, toFieldProblems(parsed.error.issues)) };
      const controller = running.start(callId);
      const context: CallContext = {
        callId,
        signal: controller.signal,
        progress: (done, total, label) => onProgress({ callId, done, total, ...(label ? { label } : {}) }),
      };
      try {
        const handler = handlers[operation] as Handler<OperationName>;
        const value = await handler(parsed.data as never, context);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          log.error('output does not match the contract', { operation, issues: checked.error.issues.slice(0, 5) });
          return { ok: false, error: appError('INTERNAL') };
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        if (error instanceof AppFailure) return { ok: false, error: error.error };
        if (controller.signal.aborted) return { ok: false, error: appError('CANCELLED') };
        log.error('operation failed', { operation, error });
        return { ok: false, error: appError('INTERNAL') };
      } finally {
        running.finish(callId);
      }
    },
  };
}
