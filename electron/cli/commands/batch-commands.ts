import { Command, Option } from 'commander';
import { BATCH_STATUSES, type BatchDetail } from '../../../shared/contract/batches';
import { translate } from '../../../shared/i18n/translate';
import { vehicleIdsByVin, type CliContext } from '../cli-context';
import { formatTable } from '../text-table';

/** `export-desk batch …`: the vehicles of one export-licence application. */
export function registerBatchCommands(program: Command, cli: CliContext): void {
  const batch = program.command('batch').description('application batches: one licence application each / 申报批次');

  async function resolve(command: Command, reference: string): Promise<BatchDetail | undefined> {
    return cli.call(command, 'batches.get', { reference });
  }

  function show(command: Command, detail: BatchDetail): void {
    if (cli.globals(command).json) return cli.printJson(detail);
    const lang = cli.globals(command).lang;
    const header = [
      `${detail.reference}  ${translate(lang, `batch.status.${detail.status}`)}`,
      `${lang === 'en' ? 'planned application' : '计划申报'}: ${detail.plannedApplicationDate ?? '—'}   ${lang === 'en' ? 'destination' : '出口国家'}: ${detail.destinationCountry ?? '—'}${detail.licenceNumber ? `   ${lang === 'en' ? 'licence' : '许可证号'}: ${detail.licenceNumber}` : ''}`,
    ];
    const rows = detail.vehicles.map((v, i) => [String(i + 1), v.vin, v.brand, v.model, v.registrationDate ?? '', v.transferDate ?? '', v.overrideReason ? `⚠ ${v.overrideReason}` : v.ready ? '✓' : '✗']);
    cli.io.stdout(`${header.join('\n')}\n${formatTable(['#', 'VIN', 'brand', 'model', 'registration', 'transfer', 'ready'], rows)}\n`);
  }

  batch
    .command('create')
    .description('start a batch / 新建批次')
    .option('--reference <ref>', 'batch reference (default: P<date>-NN)')
    .option('--apply-date <date>', 'planned application date (YYYY-MM-DD)')
    .option('--destination <country>', 'destination country')
    .option('--notes <text>', 'notes')
    .action(async (options: { reference?: string; applyDate?: string; destination?: string; notes?: string }, command: Command) => {
      const created = await cli.call(command, 'batches.create', { reference: options.reference, plannedApplicationDate: options.applyDate, destinationCountry: options.destination, notes: options.notes });
      if (!created) return;
      if (cli.globals(command).json) cli.printJson(created);
      else cli.io.stdout(`${created.reference}\n`);
    });

  batch
    .command('list')
    .description('list batches / 列出批次')
    .action(async (_options, command: Command) => {
      const batches = await cli.call(command, 'batches.list', {});
      if (!batches) return;
      if (cli.globals(command).json) return cli.printJson(batches);
      const lang = cli.globals(command).lang;
      cli.io.stdout(`${formatTable(['reference', 'status', 'vehicles', 'application'], batches.map((b) => [b.reference, translate(lang, `batch.status.${b.status}`), String(b.vehicleCount), b.plannedApplicationDate ?? '']))}\n`);
    });

  batch
    .command('show')
    .description('show a batch and its vehicles / 查看批次')
    .argument('<reference>')
    .action(async (reference: string, _options, command: Command) => {
      const detail = await resolve(command, reference);
      if (detail) show(command, detail);
    });

  batch
    .command('add')
    .description('add vehicles; only ready ones unless --override gives a reason (audited) / 加入车辆')
    .argument('<reference>')
    .requiredOption('--vin <vin...>', 'one or more VINs')
    .option('--override <reason>', 'add vehicles that are not ready, for this reason')
    .action(async (reference: string, options: { vin: string[]; override?: string }, command: Command) => {
      const detail = await resolve(command, reference);
      const ids = detail && (await vehicleIdsByVin(cli, command, options.vin));
      if (!detail || !ids) return;
      const result = await cli.call(command, 'batches.addVehicles', { batchId: detail.id, vehicleIds: ids, ...(options.override ? { overrideReason: options.override } : {}) });
      if (!result) return;
      if (result.refused.length > 0) cli.io.setExitCode(1);
      if (cli.globals(command).json) return cli.printJson(result);
      const lang = cli.globals(command).lang;
      for (const added of result.added) cli.io.stdout(`+ ${added.vin}${added.overridden ? ' (override)' : ''}\n`);
      for (const refused of result.refused) cli.io.stdout(`✗ ${refused.vin}\n${refused.reasons.map((r) => `    ${r[lang]}`).join('\n')}\n`);
    });

  batch
    .command('remove')
    .description('take vehicles out of a draft batch / 移出车辆')
    .argument('<reference>')
    .requiredOption('--vin <vin...>', 'one or more VINs')
    .action(async (reference: string, options: { vin: string[] }, command: Command) => {
      const detail = await resolve(command, reference);
      const ids = detail && (await vehicleIdsByVin(cli, command, options.vin));
      if (!detail || !ids) return;
      const updated = await cli.call(command, 'batches.removeVehicles', { batchId: detail.id, vehicleIds: ids });
      if (updated) show(command, await resolve(command, reference) ?? detail);
    });

  batch
    .command('status')
    .description('move a batch on: draft → submitted → licensed | refused → draft / 更改批次状态')
    .argument('<reference>')
    .addOption(new Option('--to <status>', 'the new status').choices([...BATCH_STATUSES]).makeOptionMandatory())
    .option('--licence-number <number>', 'the export licence number (when licensed)')
    .action(async (reference: string, options: { to: (typeof BATCH_STATUSES)[number]; licenceNumber?: string }, command: Command) => {
      const detail = await resolve(command, reference);
      if (!detail) return;
      const updated = await cli.call(command, 'batches.update', { id: detail.id, changes: { status: options.to, ...(options.licenceNumber ? { licenceNumber: options.licenceNumber } : {}) } });
      if (updated) show(command, await resolve(command, reference) ?? detail);
    });
}
