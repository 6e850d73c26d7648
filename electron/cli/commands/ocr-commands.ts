import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';

/** `export-desk ocr`: read a registration certificate's scans, offline. */
export function registerOcrCommands(program: Command, cli: CliContext): void {
  program
    .command('ocr')
    .description('read a registration certificate (机动车登记证书) from its scanned pages, offline / 识别登记证书')
    .argument('<images...>', 'one or two page images (JPG, PNG, TIFF, BMP, WEBP) or a scanned PDF')
    .action(async (images: string[], _options, command: Command) => {
      const files: Array<{ fileName: string; contentBase64: string }> = [];
      for (const image of images) {
        try {
          files.push({ fileName: path.basename(image), contentBase64: fs.readFileSync(image).toString('base64') });
        } catch {
          return cli.usageError(`cannot read ${image} / 无法读取文件`);
        }
      }
      const result = await cli.call(command, 'ocr.recognize', { files });
      if (!result) return;
      const lang = cli.globals(command).lang;
      if (result.fileProblems.length > 0 && Object.values(result.fields).every((f) => f.value === null)) cli.io.setExitCode(1);
      if (cli.globals(command).json) {
        const fields = Object.fromEntries(Object.entries(result.fields).map(([name, field]) => [name, { value: field.value, confidence: Math.round(field.confidence * 1000) / 1000 }]));
        const transfers = result.transfers.map((t) => ({ entry: t.entry, owner: t.owner.value, date: t.date.value, authority: t.authority.value, plate: t.plate.value }));
        return cli.printJson({ fields, transfers, ms: Math.round(result.ms), problems: result.problems.map((p) => ({ field: p.field, message: p.message[lang] })), fileProblems: result.fileProblems.map((p) => ({ file: p.file, message: p.message[lang] })) });
      }
      const rows = Object.entries(result.fields).map(([name, field]) => [name, field.value ?? '—', field.confidence.toFixed(2), result.doubtful.includes(name) ? (lang === 'en' ? 'check' : '请核对') : '']);
      cli.io.stdout(`${formatTable(['field', 'value', 'confidence', ''], rows)}\n`);
      for (const transfer of result.transfers) cli.io.stdout(`transfer ${transfer.entry}: ${transfer.date.value ?? '—'}  ${transfer.owner.value ?? ''}\n`);
      for (const problem of result.fileProblems) cli.io.stderr(`${problem.file}: ${problem.message[lang]}\n`);
      cli.io.stdout(`${Math.round(result.ms)} ms\n`);
    });
}
