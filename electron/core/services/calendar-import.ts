import { fail, type FieldProblem } from '../../../shared/contract/errors';
import { SetCalendarDaySchema, type SetCalendarDay } from '../../../shared/contract/calendar';
import { toFieldProblems } from '../../../shared/contract/field-problems';
import { cellText, parseDateCell, type CellValue } from '../../../shared/import/cell-values';
import { LOCALES, type Locale } from '../../../shared/i18n/messages';
import { bilingual, translate } from '../../../shared/i18n/translate';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';

/** Header texts a dealer may use, lower-cased. */
const HEADERS = {
  date: ['date', '日期'],
  kind: ['kind', 'type', '类型'],
  name: ['name', '名称', '节日'],
} as const;

/** Kinds as written in a sheet; anything else goes to the schema as typed and is refused there. */
const KIND_WORDS: Record<string, 'holiday' | 'workday'> = { holiday: 'holiday', 放假: 'holiday', 休: 'holiday', workday: 'workday', 上班: 'workday', 调休上班: 'workday', 班: 'workday' };

function atRow(row: number, problem: FieldProblem): FieldProblem {
  const message = Object.fromEntries(LOCALES.map((locale: Locale) => [locale, translate(locale, 'calendar.importRow', { row, problem: problem.message[locale] })])) as FieldProblem['message'];
  return { ...problem, field: `${row}.${problem.field}`, message };
}

/**
 * The days of a .csv or .xlsx with a header row (date, kind, name; or 日期, 类型, 名称), each checked
 * like `calendar.set`; one bad row refuses the whole file, with every problem listed.
 */
export async function readCalendarFile(file: { fileName: string; contentBase64: string }): Promise<SetCalendarDay[]> {
  const name = file.fileName.split(/[\\/]/).pop() ?? file.fileName;
  const table = await readSpreadsheet({ name, bytes: Buffer.from(file.contentBase64, 'base64') });
  const headers = table.headers.map((header) => header.trim().toLowerCase());
  const column = (field: keyof typeof HEADERS) => headers.findIndex((header) => (HEADERS[field] as readonly string[]).includes(header));
  const [date, kind, holiday] = [column('date'), column('kind'), column('name')];
  if (date < 0 || kind < 0) fail('SPREADSHEET_MISSING_COLUMNS', { file: name, columns: { key: 'calendar.importColumns' } });

  const days: SetCalendarDay[] = [];
  const problems: FieldProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.rows) {
    const cell = (index: number): CellValue => (index >= 0 ? (row.cells[index] ?? null) : null);
    const parsedDate = parseDateCell(cell(date));
    const kindText = cellText(cell(kind)) ?? '';
    const parsed = SetCalendarDaySchema.safeParse({
      date: parsedDate.ok ? (parsedDate.value ?? '') : (cellText(cell(date)) ?? ''),
      kind: KIND_WORDS[kindText.toLowerCase()] ?? kindText,
      name: cellText(cell(holiday)),
    });
    if (!parsed.success) {
      problems.push(...toFieldProblems(parsed.error.issues).map((problem) => atRow(row.rowNumber, problem)));
      continue;
    }
    const first = firstRowOf.get(parsed.data.date);
    if (first !== undefined) {
      problems.push(atRow(row.rowNumber, { field: 'date', code: 'calendar.importDuplicate', message: bilingual('calendar.importDuplicate', { date: parsed.data.date, first }) }));
      continue;
    }
    firstRowOf.set(parsed.data.date, row.rowNumber);
    days.push(parsed.data);
  }
  if (problems.length > 0) fail('IMPORT_HAS_ERRORS', { count: new Set(problems.map((p) => p.field.split('.')[0])).size }, problems.slice(0, 100));
  return days;
}
