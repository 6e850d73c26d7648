import type { Command } from 'commander';
import type { Result } from '../../shared/contract/errors';
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
  /** Calls the core and hands back the result, failure included, without printing it (advisory steps). */
  attempt<N extends OperationName>(command: Command, operation: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  printJson(value: unknown): void;
  usageError(text: string): void;
}

/** The ids of vehicles named by VIN on the command line; undefined (after printing the error) if one is unknown. */
export async function vehicleIdsByVin(cli: CliContext, command: Command, vins: string[]): Promise<number[] | undefined> {
  const ids: number[] = [];
  for (const vin of vins) {
    const vehicle = await cli.call(command, 'vehicles.get', { vin });
    if (!vehicle) return undefined;
    ids.push(vehicle.id);
  }
  return ids;
}
