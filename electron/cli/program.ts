import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { AppFailure, type AppError, type Result } from '../../shared/contract/errors';
import type { Locale } from '../../shared/i18n/messages';
import type { InputOf, OperationName } from '../../shared/contract/operations';
import { VEHICLE_STATUSES, type VehicleList } from '../../shared/contract/vehicles';
import { openCore, type Core } from '../core/core';
import { resolveDatabasePath } from '../core/data-folder';
import { silentLogger } from '../core/log';
import { formatTable } from './text-table';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

interface GlobalOptions {
  db?: string;
  json?: boolean;
  lang: Locale;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function parseWholeNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number / 应为整数');
  return number;
}

function defaultLocale(env: NodeJS.ProcessEnv): Locale {
  const lang = env.EXPORT_DESK_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Run the CLI with the given arguments; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  let core: Core | undefined;

  const program = new Command('export-desk');
  program
    .description('ExportDesk 二手车出口助手 — command line / 命令行')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()
    .addOption(new Option('--db <path>', 'database file (env EXPORT_DESK_DB; default: the data folder)'))
    .addOption(new Option('--json', 'print machine-readable JSON'))
    .addOption(new Option('--lang <locale>', 'language of messages').choices(['zh-CN', 'en']).default(defaultLocale(io.env)));

  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  /** Call one contract operation through the core, as every door does. */
  async function call<N extends OperationName>(command: Command, operation: N, input: InputOf<N>): Promise<unknown | undefined> {
    const options = globals(command);
    try {
      core ??= openCore({ databasePath: resolveDatabasePath(options.db, io.env), door: 'cli', log: silentLogger });
    } catch (error) {
      if (error instanceof AppFailure) return report(options, { ok: false, error: error.error });
      throw error;
    }
    const result = await core.dispatch(operation, input);
    return report(options, result);
  }

  function report(options: GlobalOptions, result: Result<unknown>): unknown | undefined {
    if (result.ok) return result.value;
    exitCode = EXIT_FAILED;
    if (options.json) io.stdout(`${JSON.stringify({ error: result.error }, null, 2)}\n`);
    else io.stderr(describeError(result.error, options.lang));
    return undefined;
  }

  function printJson(value: unknown): void {
    io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  program
    .command('info')
    .description('show the app version and where the data lives / 显示版本和数据位置')
    .action(async (_options, command: Command) => {
      const info = await call(command, 'system.info', {});
      if (info === undefined) return;
      if (globals(command).json) printJson(info);
      else io.stdout(`${Object.entries(info as Record<string, unknown>).map(([key, value]) => `${key}: ${String(value)}`).join('\n')}\n`);
    });

  const vehicle = program.command('vehicle').description('add and look at vehicles / 车辆管理');
  vehicle
    .command('add')
    .description('add a vehicle awaiting export / 添加待出口车辆')
    .requiredOption('--vin <vin>', '车辆识别代号 VIN (17 characters)')
    .requiredOption('--brand <brand>', '车辆品牌, as on the registration certificate')
    .requiredOption('--model <model>', '车辆型号, as on the registration certificate')
    .action(async (options: { vin: string; brand: string; model: string }, command: Command) => {
      const added = await call(command, 'vehicles.add', { vin: options.vin, brand: options.brand, model: options.model });
      if (added === undefined) return;
      if (globals(command).json) printJson(added);
      else io.stdout(`${(added as { vin: string }).vin}\n`);
    });

  program
    .command('list')
    .description('list vehicles / 列出车辆')
    .addOption(new Option('--status <status>', 'only vehicles in this status').choices([...VEHICLE_STATUSES]))
    .option('--search <text>', 'VIN fragment, brand or model')
    .option('--limit <n>', 'at most this many', parseWholeNumber, 100)
    .action(async (options: { status?: (typeof VEHICLE_STATUSES)[number]; search?: string; limit: number }, command: Command) => {
      const list = (await call(command, 'vehicles.list', {
        ...(options.status ? { status: options.status } : {}),
        ...(options.search ? { search: options.search } : {}),
        limit: Math.max(1, Math.min(1000, options.limit)),
      })) as VehicleList | undefined;
      if (list === undefined) return;
      if (globals(command).json) return printJson(list);
      const lang = globals(command).lang;
      const headers = lang === 'en' ? ['VIN', 'Brand', 'Model', 'Status'] : ['车辆识别代号', '品牌', '型号', '状态'];
      io.stdout(`${formatTable(headers, list.items.map((v) => [v.vin, v.brand, v.model, v.status]))}\n${lang === 'en' ? `${list.total} vehicles` : `共 ${list.total} 辆`}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0 in commander; everything else it raises (including the help shown for a
      // bare group such as `export-desk vehicle`) is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr(`${describeError({ code: 'INTERNAL', message: { 'zh-CN': '程序内部错误', en: 'Internal error' } }, 'zh-CN')}`);
    return EXIT_FAILED;
  } finally {
    core?.close();
  }
  return exitCode;
}

function describeError(error: AppError, lang: Locale): string {
  const lines = [error.message[lang]];
  for (const field of error.fields ?? []) lines.push(`  ${field.field}: ${field.message[lang]}`);
  return `${lines.join('\n')}\n`;
}
