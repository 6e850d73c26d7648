import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, appError, type AppError, type Result } from '../../shared/contract/errors';
import type { ExportedFile, ImportPreview, ImportReport } from '../../shared/contract/import-export';
import type { Assessment, Readiness } from '../../shared/compliance';
import { contract, type ProgressEvent } from '../../shared/contract/operations';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/i18n/messages';
import type { InputOf, OperationName } from '../../shared/contract/operations';
import { VEHICLE_STATUSES, type AuditEntryView, type Vehicle, type VehicleList, type VehicleStatus } from '../../shared/contract/vehicles';
import { messages, type MessageKey } from '../../shared/i18n/messages';
import { addVehicleFieldOptions, vehicleFieldsFrom } from './vehicle-options';
import { openCore, type Core } from '../core/core';
import { resolveDatabasePath } from '../core/data-folder';
import { silentLogger } from '../core/log';
import type { CliContext } from './cli-context';
import { registerBackupCommands } from './commands/backup-commands';
import { registerBatchCommands } from './commands/batch-commands';
import { registerConfigCommands } from './commands/config-commands';
import { registerMaintenanceCommands } from './commands/maintenance-commands';
import { registerManufacturerCommands } from './commands/manufacturer-commands';
import { registerDemoCommands } from './commands/demo-commands';
import { registerHolidaysCommands } from './commands/holidays-commands';
import { registerOcrCommands } from './commands/ocr-commands';
import { registerPdfCommands } from './commands/pdf-commands';
import { registerRequestsCommands } from './commands/requests-commands';
import { formatTable } from './text-table';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** When stderr is a terminal, long jobs draw a progress line there. */
  progressOnStderr?: boolean;
}

/** The CLI door's io plus the exit code commands may set. */
type CliIoWithExit = CliIo & { setExitCode(code: number): void };

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

  /** Call one contract operation through the core, as every door does. `quiet`: hand a failure back instead of reporting it. */
  async function call<N extends OperationName>(command: Command, operation: N, input: InputOf<N>, quiet = false): Promise<unknown | undefined> {
    const options = globals(command);
    try {
      core ??= openCore({ databasePath: resolveDatabasePath(options.db, io.env), door: 'cli', log: silentLogger });
    } catch (error) {
      if (error instanceof AppFailure) return quiet ? { ok: false, error: error.error } : report(options, { ok: false, error: error.error });
      throw error;
    }
    const showProgress = (event: ProgressEvent) => io.stderr(`\r${event.done}/${event.total}   `);
    if (io.progressOnStderr && contract[operation].long) core.events.on('progress', showProgress);
    try {
      const result = await core.dispatch(operation, input);
      if (io.progressOnStderr && contract[operation].long) io.stderr('\r\x1b[K');
      return quiet ? result : report(options, result);
    } finally {
      core.events.off('progress', showProgress);
    }
  }

  /** A file named on the command line, as the contract's file payload; a clear error when it cannot be read. */
  function readFilePayload(command: Command, file: string): { fileName: string; contentBase64: string } | undefined {
    try {
      return { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found / 文件不存在' : (error as Error).message;
      report(globals(command), { ok: false, error: appError('FILE_UNREADABLE', { file: path.basename(file), reason }) });
      return undefined;
    }
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

  const context: CliContext = {
    io: { ...io, setExitCode: (code: number) => (exitCode = Math.max(exitCode, code)) } as CliIoWithExit,
    globals,
    call: (command, operation, input) => call(command, operation, input) as never,
    attempt: (command, operation, input) => call(command, operation, input, true) as never,
    printJson,
    usageError(text) {
      io.stderr(`${text}\n`);
      exitCode = EXIT_USAGE;
    },
  };

  program
    .command('info')
    .description('show the app version and where the data lives / 显示版本和数据位置')
    .action(async (_options, command: Command) => {
      const info = await call(command, 'system.info', {});
      if (info === undefined) return;
      if (globals(command).json) printJson(info);
      else io.stdout(`${Object.entries(info as Record<string, unknown>).map(([key, value]) => `${key}: ${String(value)}`).join('\n')}\n`);
    });

  /** A vehicle named on the command line: `#12` or `12` is an id, anything else a VIN. */
  async function resolveVehicle(command: Command, reference: string): Promise<Vehicle | undefined> {
    const id = /^#?(\d{1,9})$/.exec(reference)?.[1];
    return (await call(command, 'vehicles.get', id ? { id: Number(id) } : { vin: reference })) as Vehicle | undefined;
  }

  function printVehicle(command: Command, vehicle: Vehicle): void {
    if (globals(command).json) return printJson(vehicle);
    const lang = globals(command).lang;
    const rows = Object.entries(vehicle)
      .filter(([, value]) => value !== null)
      .map(([field, value]) => [messages[lang][`vehicle.${field}` as MessageKey] ?? field, String(value)]);
    io.stdout(`${formatTable(lang === 'en' ? ['Field', 'Value'] : ['字段', '值'], rows)}\n`);
  }

  const vehicle = program.command('vehicle').description('add, show, change and delete vehicles / 车辆管理');
  addVehicleFieldOptions(vehicle.command('add').description('add a vehicle awaiting export / 添加待出口车辆'), { requireIdentity: true }).action(
    async (options: Record<string, unknown>, command: Command) => {
      const added = (await call(command, 'vehicles.add', vehicleFieldsFrom(options) as InputOf<'vehicles.add'>)) as Vehicle | undefined;
      if (added === undefined) return;
      if (globals(command).json) printJson(added);
      else io.stdout(`${added.vin}\n`);
    },
  );
  vehicle
    .command('show')
    .description('show a vehicle and, with --history, its audit trail / 查看车辆及修改记录')
    .argument('<vehicle>', 'VIN or #id')
    .option('--history', 'include the audit trail / 包含修改记录')
    .action(async (reference: string, options: { history?: boolean }, command: Command) => {
      const found = await resolveVehicle(command, reference);
      if (!found) return;
      if (!options.history) return printVehicle(command, found);
      const history = (await call(command, 'vehicles.history', { id: found.id })) as AuditEntryView[] | undefined;
      if (!history) return;
      if (globals(command).json) return printJson({ vehicle: found, history });
      printVehicle(command, found);
      io.stdout(`\n${formatTable(['at', 'action', 'field', 'old', 'new', 'source'], history.map((h) => [h.at, h.action, h.field ?? '', h.oldValue ?? '', h.newValue ?? '', h.source]))}\n`);
    });
  addVehicleFieldOptions(
    vehicle.command('update').description('change fields of a vehicle (--field "" clears one) / 修改车辆信息').argument('<vehicle>', 'VIN or #id'),
    { requireIdentity: false },
  ).action(async (reference: string, options: Record<string, unknown>, command: Command) => {
    const changes = vehicleFieldsFrom(options);
    if (Object.keys(changes).length === 0) {
      io.stderr(`${globals(command).lang === 'en' ? 'Nothing to change: give at least one --field.' : '没有要修改的内容：请至少指定一个字段选项。'}\n`);
      exitCode = EXIT_USAGE;
      return;
    }
    const found = await resolveVehicle(command, reference);
    if (!found) return;
    const updated = (await call(command, 'vehicles.update', { id: found.id, changes } as InputOf<'vehicles.update'>)) as Vehicle | undefined;
    if (updated) printVehicle(command, updated);
  });
  vehicle
    .command('delete')
    .description('delete a vehicle (it can be restored; the audit trail stays) / 删除车辆（可恢复）')
    .argument('<vehicle>', 'VIN or #id')
    .action(async (reference: string, _options, command: Command) => {
      const found = await resolveVehicle(command, reference);
      if (!found) return;
      const deleted = (await call(command, 'vehicles.delete', { id: found.id })) as Vehicle | undefined;
      if (!deleted) return;
      if (globals(command).json) printJson(deleted);
      else io.stdout(`${globals(command).lang === 'en' ? `Deleted ${deleted.vin} (#${deleted.id}); undo with: export-desk vehicle restore ${deleted.id}` : `已删除 ${deleted.vin}（#${deleted.id}）；恢复：export-desk vehicle restore ${deleted.id}`}\n`);
    });
  vehicle
    .command('restore')
    .description('undo the deletion of a vehicle / 恢复已删除的车辆')
    .argument('<id>', 'the #id printed by delete')
    .action(async (reference: string, _options, command: Command) => {
      const id = /^#?(\d{1,9})$/.exec(reference)?.[1];
      if (!id) {
        io.stderr('restore takes the vehicle id (#12) / 请提供车辆编号（如 #12）\n');
        exitCode = EXIT_USAGE;
        return;
      }
      const restored = (await call(command, 'vehicles.restore', { id: Number(id) })) as Vehicle | undefined;
      if (restored) printVehicle(command, restored);
    });

  program
    .command('list')
    .description('list vehicles / 列出车辆')
    .addOption(new Option('--status <status...>', 'only vehicles in these statuses').choices([...VEHICLE_STATUSES]))
    .option('--search <text>', 'VIN fragment, brand, model or plate')
    .option('--limit <n>', 'at most this many', parseWholeNumber, 100)
    .action(async (options: { status?: VehicleStatus[]; search?: string; limit: number }, command: Command) => {
      const list = (await call(command, 'vehicles.list', {
        ...(options.status ? { status: options.status } : {}),
        ...(options.search ? { search: options.search } : {}),
        limit: Math.max(1, Math.min(1000, options.limit)),
      })) as VehicleList | undefined;
      if (list === undefined) return;
      if (globals(command).json) return printJson(list);
      const lang = globals(command).lang;
      const columns = ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'destinationCountry', 'status'] as const;
      const headers = columns.map((field) => (field === 'vin' ? 'VIN' : messages[lang][`vehicle.${field}`]));
      const rows = list.items.map((v) => columns.map((field) => (field === 'status' ? messages[lang][`status.${v.status}`] : (v[field] ?? ''))));
      io.stdout(`${formatTable(headers, rows)}\n${lang === 'en' ? `${list.total} vehicles` : `共 ${list.total} 辆`}\n`);
    });

  program
    .command('assess')
    .description('the 180-day rule for a vehicle: does its licence application need a manufacturer confirmation? / 判断是否需要售后维修服务确认函')
    .option('--registration-date <date>', '注册登记日期 (YYYY-MM-DD)')
    .option('--transfer-date <date>', '待出口转移登记日期 (YYYY-MM-DD)')
    .option('--vin <vin>', 'a stored vehicle, instead of the dates; adds its readiness / 按 VIN 评估库存车辆')
    .option('--apply-date <date>', 'planned application date (default: today) / 计划申报日期')
    .action(async (options: { registrationDate?: string; transferDate?: string; vin?: string; applyDate?: string }, command: Command) => {
      const lang = globals(command).lang;
      if (!options.vin && !options.registrationDate) {
        io.stderr(`${lang === 'en' ? 'Give --registration-date (and --transfer-date), or --vin.' : '请指定 --registration-date（和 --transfer-date），或 --vin。'}\n`);
        exitCode = EXIT_USAGE;
        return;
      }
      const applicationDate = options.applyDate ? { applicationDate: options.applyDate } : {};
      const result = options.vin
        ? ((await call(command, 'compliance.vehicle', { vin: options.vin, ...applicationDate })) as (Readiness & { vehicle: Vehicle }) | undefined)
        : undefined;
      const assessment = options.vin
        ? result?.assessment
        : ((await call(command, 'compliance.assess', { registrationDate: options.registrationDate ?? null, transferDate: options.transferDate ?? null, ...applicationDate })) as Assessment | undefined);
      if (!assessment) return;
      const inLang = (text: { 'zh-CN': string; en: string }) => text[lang];
      const printed = {
        status: assessment.status,
        daysSinceRegistration: assessment.daysSinceRegistration,
        clearsOn: assessment.clearsOn,
        reasons: assessment.reasons.map((r) => ({ code: r.code, message: inLang(r.message) })),
        ...(result ? { vin: result.vehicle.vin, ready: result.ready, readiness: result.blockers.map((b) => ({ code: b.code, message: inLang(b.message), action: inLang(b.action) })) } : {}),
      };
      if (globals(command).json) return printJson(printed);
      const lines = [`${translate(lang, `compliance.status.${assessment.status}`)}`, ...printed.reasons.map((r) => `  ${r.message}`)];
      if (result) {
        lines.push('', translate(lang, result.ready ? 'readiness.ready' : 'readiness.blocked'));
        for (const blocker of printed.readiness ?? []) lines.push(`  ✗ ${blocker.message}`, `    → ${blocker.action}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
    });

  program
    .command('import')
    .description('import vehicles from an .xlsx or .csv file: every row is checked, and nothing is written if any row is bad / 从表格导入车辆')
    .argument('<file>', 'spreadsheet (.xlsx, or .csv in UTF-8 or GBK)')
    .option('--dry-run', 'check only; write nothing / 只检查，不写入')
    .action(async (file: string, options: { dryRun?: boolean }, command: Command) => {
      const payload = readFilePayload(command, file);
      if (!payload) return;
      const lang = globals(command).lang;
      const preview = (await call(command, 'vehicles.importPreview', payload)) as ImportPreview | undefined;
      if (!preview) return;
      if (preview.invalidRows > 0 || options.dryRun) {
        if (preview.invalidRows > 0) exitCode = EXIT_FAILED;
        if (globals(command).json) return printJson(preview);
        io.stdout(`${describePreview(preview, lang)}\n`);
        return;
      }
      const imported = (await call(command, 'vehicles.import', payload)) as ImportReport | undefined;
      if (!imported) return;
      if (globals(command).json) printJson(imported);
      else io.stdout(`${translate(lang, 'import.done', { file: imported.fileName, count: imported.imported })}\n`);
    });

  program
    .command('export')
    .description('export vehicles to .xlsx or .csv (by the file extension) / 导出车辆清单')
    .argument('<file>', 'where to write: name.xlsx or name.csv')
    .addOption(new Option('--status <status...>', 'only vehicles in these statuses').choices([...VEHICLE_STATUSES]))
    .option('--search <text>', 'VIN fragment, brand, model or plate')
    .action(async (file: string, options: { status?: VehicleStatus[]; search?: string }, command: Command) => {
      const format = path.extname(file).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
      const lang = globals(command).lang;
      const exported = (await call(command, 'vehicles.export', {
        format,
        locale: lang,
        query: { ...(options.status ? { status: options.status } : {}), ...(options.search ? { search: options.search } : {}) },
      })) as ExportedFile | undefined;
      if (!exported) return;
      const temporary = `${file}.partial`;
      fs.writeFileSync(temporary, Buffer.from(exported.contentBase64, 'base64'));
      fs.renameSync(temporary, file);
      if (globals(command).json) printJson({ file: path.resolve(file), count: exported.count });
      else io.stdout(`${translate(lang, 'export.done', { file, count: exported.count })}\n`);
    });

  registerConfigCommands(program, context);
  registerBatchCommands(program, context);
  registerRequestsCommands(program, context);
  registerManufacturerCommands(program, context);
  registerHolidaysCommands(program, context);
  registerPdfCommands(program, context);
  registerOcrCommands(program, context);
  registerMaintenanceCommands(program, context);
  registerDemoCommands(program, context);
  registerBackupCommands(program, context, () => {
    core?.close();
    core = undefined;
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

function describePreview(preview: ImportPreview, lang: Locale): string {
  const lines = [translate(lang, 'import.summary', { rows: preview.dataRows, valid: preview.validRows, invalid: preview.invalidRows })];
  if (preview.unmatchedHeaders.length > 0) lines.push(translate(lang, 'import.unmatched', { headers: preview.unmatchedHeaders.join(', ') }));
  const rows = preview.rows.flatMap((row) => row.problems.map((p) => [String(row.rowNumber), p.column ?? p.field, p.message[lang]]));
  if (rows.length > 0) lines.push(formatTable([translate(lang, 'import.row'), translate(lang, 'import.column'), translate(lang, 'import.problem')], rows));
  for (const warning of preview.warnings) lines.push(`${warning.rowNumber ?? ''} ${warning.message[lang]}`.trim());
  return lines.join('\n');
}

function describeError(error: AppError, lang: Locale): string {
  const lines = [error.message[lang]];
  for (const field of error.fields ?? []) lines.push(`  ${field.field}: ${field.message[lang]}`);
  return `${lines.join('\n')}\n`;
}
