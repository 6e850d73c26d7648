import type { Command } from 'commander';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract/operations';
import type { Locale } from '../../shared/i18n/messages';
import type { CliIo } from './program';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  lang: Locale;
}

/** What a command module needs from the CLI door: calls through the contract and the ways to answer. */
export interface CliContext {
  io: CliIo & { setExitCode(code: number): void };
  globals(command: Command): GlobalOptions;
  /** Calls the core; on failure prints the typed error, sets exit 1 and resolves to undefined. */
  call<N extends OperationName>(command: Command, operation: N, input: InputOf<N>): Promise<OutputOf<N> | undefined>;
  printJson(value: unknown): void;
  usageError(text: string): void;
}
