import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CALENDAR_DAY_KINDS, type CalendarDay } from '../../../shared/contract/calendar';
import { isoWeekday } from '../../../shared/domain/calendar-date';
import type { MessageKey } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/translate';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900) throw new InvalidArgumentError('expected a year such as 2027 / 应为年份，如 2027');
  return year;
}

/** `export-desk holidays …`: the public holidays and adjusted working days (调休) that overdue is counted over. */
export function registerHolidaysCommands(program: Command, cli: CliContext): void {
  const holidays = program.command('holidays').description('public holidays and adjusted working days, for overdue requests / 节假日与调休');

  function show(command: Command, days: CalendarDay[]): void {
    if (cli.globals(command).json) return cli.printJson(days);
    const lang = cli.globals(command).lang;
    if (days.length === 0) return cli.io.stdout(`${translate(lang, 'calendar.none')}\n`);
    const headers = (['calendar.date', 'calendar.weekday', 'calendar.kind', 'calendar.name'] as const).map((key) => translate(lang, key));
    const rows = days.map((day) => [day.date, translate(lang, `calendar.weekday.${isoWeekday(day.date)}` as MessageKey), translate(lang, `calendar.kind.${day.kind}`), day.name ?? '']);
    cli.io.stdout(`${formatTable(headers, rows)}\n`);
  }

  holidays
    .command('list')
    .description('list holidays and adjusted working days / 列出节假日与调休')
    .option('--year <year>', 'only this year', parseYear)
    .action(async (options: { year?: number }, command: Command) => {
      const days = await cli.call(command, 'calendar.list', options.year ? { year: options.year } : {});
      if (days) show(command, days);
    });

  holidays
    .command('set')
    .description('add or change a day: a holiday (any day) or an adjusted working day (Saturday or Sunday only) / 添加或修改放假日、调休上班日')
    .argument('<date>', 'YYYY-MM-DD')
    .addOption(new Option('--kind <kind>', 'holiday = day off (放假); workday = a weekend day worked (调休上班)').choices([...CALENDAR_DAY_KINDS]).makeOptionMandatory())
    .option('--name <name>', 'the holiday it belongs to, e.g. 春节')
    .action(async (date: string, options: { kind: (typeof CALENDAR_DAY_KINDS)[number]; name?: string }, command: Command) => {
      const day = await cli.call(command, 'calendar.set', { date, kind: options.kind, ...(options.name !== undefined ? { name: options.name } : {}) });
      if (day) show(command, [day]);
    });

  holidays
    .command('remove')
    .description('remove a day: it counts as an ordinary weekday or weekend day again / 删除一天')
    .argument('<date>', 'YYYY-MM-DD')
    .action(async (date: string, _options, command: Command) => {
      const result = await cli.call(command, 'calendar.remove', { date });
      if (!result) return;
      if (cli.globals(command).json) return cli.printJson({ date, ...result });
      cli.io.stdout(`${translate(cli.globals(command).lang, result.removed ? 'calendar.removed' : 'calendar.notThere', { date: date.trim() })}\n`);
    });

  holidays
    .command('import')
    .description('load days from a .csv or .xlsx with columns date,kind,name; nothing is written if any row is bad / 从表格导入')
    .argument('<file>', 'e.g. a CSV with the header date,kind,name and rows like 2027-01-01,holiday,元旦')
    .action(async (file: string, _options, command: Command) => {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        return cli.usageError(`cannot read ${file} / 无法读取文件`);
      }
      const report = await cli.call(command, 'calendar.import', { fileName: path.basename(file), contentBase64: bytes.toString('base64') });
      if (!report) return;
      if (cli.globals(command).json) return cli.printJson(report);
      const lang = cli.globals(command).lang;
      cli.io.stdout(`${translate(lang, 'calendar.imported', { file: report.fileName, count: report.imported, years: report.years.join(lang === 'en' ? ', ' : '、') })}\n`);
    });
}
