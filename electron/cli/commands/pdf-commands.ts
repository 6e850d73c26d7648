import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { vehicleIdsByVin, type CliContext } from '../cli-context';

/** Write a file whole or not at all. */
function writeWhole(file: string, contentBase64: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.partial`;
  fs.writeFileSync(temporary, Buffer.from(contentBase64, 'base64'));
  fs.renameSync(temporary, file);
}

/** `export-desk pdf …`: the application documents. */
export function registerPdfCommands(program: Command, cli: CliContext): void {
  const pdf = program.command('pdf').description('application documents as PDF / 生成申报文件');

  async function batchId(command: Command, reference: string): Promise<number | undefined> {
    return (await cli.call(command, 'batches.get', { reference }))?.id;
  }

  function done(command: Command, files: Array<{ file: string; documentId: number }>): void {
    if (cli.globals(command).json) return cli.printJson(files);
    for (const entry of files) cli.io.stdout(`${entry.file}\n`);
  }

  pdf
    .command('appendix')
    .description('出口许可证申请附件: the licence application appendix')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--batch <reference>', 'the vehicles of this batch')
    .option('--vin <vin...>', 'these vehicles')
    .action(async (options: { out: string; batch?: string; vin?: string[] }, command: Command) => {
      if (!options.batch === !options.vin) return cli.usageError('give --batch or --vin / 请指定 --batch 或 --vin');
      const target = options.batch ? { batchId: await batchId(command, options.batch) } : { vehicleIds: await vehicleIdsByVin(cli, command, options.vin!) };
      if (Object.values(target)[0] === undefined) return;
      const made = await cli.call(command, 'documents.appendix', target as { batchId: number });
      if (!made) return;
      writeWhole(options.out, made.contentBase64);
      done(command, [{ file: path.resolve(options.out), documentId: made.documentId }]);
    });

  pdf
    .command('requests')
    .description('售后维修服务确认函申请: one PDF per manufacturer, with its confirmation form')
    .requiredOption('--out-dir <folder>', 'where to write the PDFs')
    .option('--batch <reference>', 'the batch’s requests (made first if there are none)')
    .option('--vin <vin...>', 'requests for these vehicles (made first if there are none)')
    .action(async (options: { outDir: string; batch?: string; vin?: string[] }, command: Command) => {
      if (!options.batch === !options.vin) return cli.usageError('give --batch or --vin / 请指定 --batch 或 --vin');
      let requestIds: number[];
      if (options.batch) {
        const id = await batchId(command, options.batch);
        if (id === undefined) return;
        let requests = await cli.call(command, 'requests.list', { batchId: id });
        if (!requests) return;
        if (requests.filter((r) => r.status !== 'cancelled').length === 0) requests = await cli.call(command, 'requests.create', { batchId: id });
        if (!requests) return;
        requestIds = requests.filter((r) => r.status !== 'cancelled').map((r) => r.id);
      } else {
        const ids = await vehicleIdsByVin(cli, command, options.vin!);
        if (!ids) return;
        const all = await cli.call(command, 'requests.list', {});
        if (!all) return;
        const existing = all.filter((r) => r.status !== 'cancelled' && r.vehicles.some((v) => ids.includes(v.id)));
        const missing = ids.filter((id) => !existing.some((r) => r.vehicles.some((v) => v.id === id)));
        const created = missing.length > 0 ? await cli.call(command, 'requests.create', { vehicleIds: missing }) : [];
        if (!created) return;
        requestIds = [...existing, ...created].map((r) => r.id);
      }
      const made = await cli.call(command, 'documents.requests', { requestIds });
      if (!made) return;
      done(
        command,
        made.map((file) => {
          const target = path.resolve(options.outDir, file.fileName);
          writeWhole(target, file.contentBase64);
          return { file: target, documentId: file.documentId };
        }),
      );
    });

  pdf
    .command('packet')
    .description('申请材料: contents, appendix, confirmations, certificate scans, modification proofs')
    .requiredOption('--batch <reference>', 'the batch')
    .requiredOption('--out <file>', 'where to write the PDF')
    .action(async (options: { batch: string; out: string }, command: Command) => {
      const id = await batchId(command, options.batch);
      if (id === undefined) return;
      const made = await cli.call(command, 'documents.packet', { batchId: id });
      if (!made) return;
      writeWhole(options.out, made.contentBase64);
      done(command, [{ file: path.resolve(options.out), documentId: made.documentId }]);
    });

  pdf
    .command('proof')
    .description('改装真实性证明: proof of authenticity of modification for a modified vehicle')
    .requiredOption('--vin <vin>', 'the modified vehicle')
    .requiredOption('--out <file>', 'where to write the PDF')
    .action(async (options: { vin: string; out: string }, command: Command) => {
      const [id] = (await vehicleIdsByVin(cli, command, [options.vin])) ?? [];
      if (id === undefined) return;
      const made = await cli.call(command, 'documents.modificationProof', { vehicleId: id });
      if (!made) return;
      writeWhole(options.out, made.contentBase64);
      done(command, [{ file: path.resolve(options.out), documentId: made.documentId }]);
    });
}
