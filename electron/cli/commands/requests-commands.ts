import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { REQUEST_CHANNELS, REQUEST_STATUSES, type ConfirmationRequest } from '../../../shared/contract/requests';
import { translate } from '../../../shared/i18n/translate';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';
import { formatReplyCheck, missingVinsError } from './reply-check-output';

const OUTCOMES = { confirmed: 'confirmed', partial: 'partly-confirmed', refused: 'refused' } as const;

/** `export-desk requests …`: after-sales confirmation requests to manufacturers, and their replies. */
export function registerRequestsCommands(program: Command, cli: CliContext): void {
  const requests = program.command('requests').description('after-sales confirmation requests to manufacturers / 售后维修服务确认函申请');

  function show(command: Command, list: ConfirmationRequest[]): void {
    if (cli.globals(command).json) return cli.printJson(list);
    const lang = cli.globals(command).lang;
    const rows = list.map((r) => [
      `#${r.id}`,
      r.manufacturer,
      translate(lang, `request.status.${r.status}`) + (r.overdue ? (lang === 'en' ? ' (OVERDUE)' : '（逾期）') : ''),
      String(r.vehicles.length),
      r.sentOn ?? '',
      r.workingDaysWaiting === null ? '' : String(r.workingDaysWaiting),
      r.dueOn ?? '',
      r.batchReference ?? '',
    ]);
    cli.io.stdout(`${formatTable(['id', 'manufacturer', 'status', 'vehicles', 'sent', 'working days', 'due', 'batch'], rows)}\n`);
  }

  requests
    .command('list')
    .description('list requests / 列出确认函申请')
    .addOption(new Option('--status <status...>', 'only these statuses').choices([...REQUEST_STATUSES]))
    .option('--overdue', 'only requests past their reply deadline (working days)')
    .action(async (options: { status?: (typeof REQUEST_STATUSES)[number][]; overdue?: boolean }, command: Command) => {
      const list = await cli.call(command, 'requests.list', { ...(options.status ? { status: options.status } : {}), ...(options.overdue ? { overdue: true } : {}) });
      if (list) show(command, list);
    });

  requests
    .command('create')
    .description('one request per manufacturer, for a batch or for chosen vehicles / 生成确认函申请')
    .option('--batch <reference>', 'the vehicles of this batch that need a confirmation')
    .option('--vin <vin...>', 'these vehicles')
    .action(async (options: { batch?: string; vin?: string[] }, command: Command) => {
      if (!options.batch === !options.vin) return cli.usageError('give --batch or --vin / 请指定 --batch 或 --vin');
      let input: { batchId: number } | { vehicleIds: number[] };
      if (options.batch) {
        const batch = await cli.call(command, 'batches.get', { reference: options.batch });
        if (!batch) return;
        input = { batchId: batch.id };
      } else {
        const ids: number[] = [];
        for (const vin of options.vin!) {
          const vehicle = await cli.call(command, 'vehicles.get', { vin });
          if (!vehicle) return;
          ids.push(vehicle.id);
        }
        input = { vehicleIds: ids };
      }
      const created = await cli.call(command, 'requests.create', input);
      if (created) show(command, created);
    });

  requests
    .command('send')
    .description('record that a request was sent / 登记已发出')
    .argument('<id>', 'request id, e.g. 3 or #3')
    .addOption(new Option('--channel <channel>', 'how it was sent').choices([...REQUEST_CHANNELS]).makeOptionMandatory())
    .option('--date <date>', 'sent on (default: today)')
    .option('--contact <contact>', 'to whom')
    .option('--tracking <number>', 'courier or post tracking number')
    .action(async (id: string, options: { channel: (typeof REQUEST_CHANNELS)[number]; date?: string; contact?: string; tracking?: string }, command: Command) => {
      const requestId = Number(id.replace(/^#/, ''));
      if (!Number.isInteger(requestId) || requestId <= 0) return cli.usageError('the request id is a number / 申请编号应为数字');
      const sent = await cli.call(command, 'requests.send', { id: requestId, channel: options.channel, ...(options.date ? { sentOn: options.date } : {}), ...(options.contact ? { contact: options.contact } : {}), ...(options.tracking ? { trackingNumber: options.tracking } : {}) });
      if (sent) show(command, [sent]);
    });

  requests
    .command('reply')
    .description('record the manufacturer’s reply with its stamped scan / 登记厂商回函')
    .argument('<id>', 'request id')
    .requiredOption('--file <scan>', 'the stamped confirmation (image or PDF)')
    .addOption(new Option('--outcome <outcome>', 'what the reply says').choices(Object.keys(OUTCOMES)).makeOptionMandatory())
    .option('--vin <vin...>', 'the vehicles the reply confirms; each is looked for in the scan (OCR) first')
    .option('--date <date>', 'reply date (default: today)')
    .option('--force', 'save even when a VIN is not found in the scan (a poor scan) / 扫描件中未找到 VIN 时仍然保存')
    .action(async (id: string, options: { file: string; outcome: keyof typeof OUTCOMES; vin?: string[]; date?: string; force?: boolean }, command: Command) => {
      const args = requestAndScan(id, options.file);
      if (!args) return;
      const { requestId, file } = args;
      const request = await cli.call(command, 'requests.get', { id: requestId });
      if (!request) return;
      const wanted = new Set((options.vin ?? []).map((v) => v.toUpperCase()));
      const unknown = [...wanted].filter((vin) => !request.vehicles.some((v) => v.vin === vin));
      if (unknown.length > 0) return cli.usageError(`not in request #${requestId}: ${unknown.join(', ')} / 不在该申请中`);
      // The VINs it confirms are looked for in the scan first; advisory: a scan OCR cannot read is still saved.
      if (wanted.size > 0 && !(await scanNamesVins(command, requestId, file, [...wanted], options.force === true))) return;
      const replied = await cli.call(command, 'requests.reply', {
        id: requestId,
        outcome: OUTCOMES[options.outcome],
        file,
        coveredVehicleIds: request.vehicles.filter((v) => wanted.has(v.vin)).map((v) => v.id),
        ...(options.date ? { replyOn: options.date } : {}),
      });
      if (replied) show(command, [replied]);
    });

  /** The request id and the scan a reply command names; undefined after a usage error (exit 2). */
  function requestAndScan(id: string, scanPath: string): { requestId: number; file: { fileName: string; contentBase64: string } } | undefined {
    const requestId = Number(id.replace(/^#/, ''));
    if (!Number.isInteger(requestId) || requestId <= 0) return void cli.usageError('the request id is a number / 申请编号应为数字');
    try {
      return { requestId, file: { fileName: path.basename(scanPath), contentBase64: fs.readFileSync(scanPath).toString('base64') } };
    } catch {
      return void cli.usageError(`cannot read ${scanPath} / 无法读取文件`);
    }
  }

  /** Prints the check; false (exit 1, nothing saved) when a VIN is missing and --force is not given. */
  async function scanNamesVins(command: Command, requestId: number, file: { fileName: string; contentBase64: string }, vins: string[], force: boolean): Promise<boolean> {
    const { json, lang } = cli.globals(command);
    const checked = await cli.attempt(command, 'requests.checkReply', { requestId, file, vins });
    if (!checked.ok) {
      cli.io.stderr(`${translate(lang, 'replyCheck.cli.unchecked', { reason: checked.error.message[lang] })}\n`);
      return true;
    }
    if (!json) cli.io.stdout(formatReplyCheck(checked.value, lang));
    const refusal = missingVinsError(checked.value);
    if (!refusal || force) return true;
    cli.io.setExitCode(1);
    if (json) cli.printJson({ error: refusal, check: checked.value });
    else cli.io.stderr(`${refusal.message[lang]}\n`);
    return false;
  }

  requests
    .command('check-reply')
    .description('look for the request’s VINs in a reply scan (OCR), without saving anything / 核对回函中的 VIN')
    .argument('<id>', 'request id')
    .requiredOption('--file <scan>', 'the stamped confirmation (image or PDF)')
    .option('--vin <vin...>', 'only these VINs (default: every vehicle of the request)')
    .action(async (id: string, options: { file: string; vin?: string[] }, command: Command) => {
      const args = requestAndScan(id, options.file);
      if (!args) return;
      const check = await cli.call(command, 'requests.checkReply', { ...args, ...(options.vin ? { vins: options.vin } : {}) });
      if (!check) return;
      // Exit 1 when a VIN is missing, so a script can stop there.
      if (check.vins.some((v) => !v.found)) cli.io.setExitCode(1);
      const { json, lang } = cli.globals(command);
      if (json) cli.printJson(check);
      else cli.io.stdout(formatReplyCheck(check, lang));
    });

  requests
    .command('cancel')
    .description('cancel a request / 取消申请')
    .argument('<id>', 'request id')
    .option('--reason <text>', 'why')
    .action(async (id: string, options: { reason?: string }, command: Command) => {
      const requestId = Number(id.replace(/^#/, ''));
      if (!Number.isInteger(requestId) || requestId <= 0) return cli.usageError('the request id is a number / 申请编号应为数字');
      const cancelled = await cli.call(command, 'requests.cancel', { id: requestId, ...(options.reason ? { reason: options.reason } : {}) });
      if (cancelled) show(command, [cancelled]);
    });
}
