import type { Database } from 'better-sqlite3';
import { fail, type FieldProblem } from '../../../shared/contract/errors';
import { toFieldProblems } from '../../../shared/contract/field-problems';
import type { ImportPreview, ImportReport, ImportRow } from '../../../shared/contract/import-export';
import { NewVehicleSchema, type NewVehicle } from '../../../shared/contract/vehicles';
import { checkVehicleConsistency } from '../../../shared/domain/vehicle-consistency';
import { rowToVehicleInput } from '../../../shared/import/row-to-vehicle';
import { matchHeaders, VEHICLE_COLUMNS, type ImportFieldName } from '../../../shared/import/vehicle-columns';
import type { MessageKey } from '../../../shared/i18n/messages';
import { bilingual } from '../../../shared/i18n/translate';
import { liveVinsAmong } from '../db/vehicles-repo';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import type { VehicleService } from './vehicles-service';

export interface FilePayload {
  fileName: string;
  contentBase64: string;
}

type Progress = (done: number, total: number, label?: string) => void;

const REQUIRED_COLUMNS: readonly ImportFieldName[] = ['vin', 'brand', 'model'];
/** Valid rows shown in a preview after all the rows with problems. */
const PREVIEW_VALID_ROWS = 200;

interface Analysis {
  preview: ImportPreview;
  valid: NewVehicle[];
  blankRows: number;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/**
 * Spreadsheet import: read, match headers, validate every row exactly as a form would
 * (contract schema, consistency rules, duplicates in the file and in stock), then all or nothing.
 */
export function createImportService(db: Database, vehicles: VehicleService, today: () => string) {
  async function analyse(file: FilePayload, progress: Progress): Promise<Analysis> {
    const name = baseName(file.fileName);
    const table = await readSpreadsheet({ name, bytes: Buffer.from(file.contentBase64, 'base64') });
    const match = matchHeaders(table.headers);
    if (match.columns.every((field) => field === null)) fail('SPREADSHEET_NO_HEADER_MATCH', { file: name, found: table.headers.filter(Boolean).slice(0, 8).join('、') || '—' });
    const missing = REQUIRED_COLUMNS.filter((field) => !match.columns.includes(field));
    if (missing.length > 0) {
      fail('SPREADSHEET_MISSING_COLUMNS', { file: name, columns: missing.map((f) => VEHICLE_COLUMNS.find((c) => c.field === f)!.zh).join('、') });
    }
    const headerOf = (field: string): string | null => {
      const index = match.columns.indexOf(field as ImportFieldName);
      return index >= 0 ? (table.headers[index] ?? null) : null;
    };

    const rows: ImportRow[] = [];
    const candidates: Array<{ row: ImportRow; vehicle: NewVehicle }> = [];
    const firstRowOfVin = new Map<string, number>();
    let blankRows = 0;
    const now = today();

    table.rows.forEach((sheetRow, index) => {
      if (index % 1000 === 0) progress(index, table.rows.length);
      const converted = rowToVehicleInput(sheetRow.cells, match.columns);
      if (converted.blank) {
        blankRows += 1;
        return;
      }
      const problems: FieldProblem[] = converted.problems.map((p) => ({ field: p.field, code: p.code, message: bilingual(p.code as MessageKey, p.params) }));
      const parsed = NewVehicleSchema.safeParse(converted.input);
      const text = (field: string) => {
        const value = converted.input[field];
        return typeof value === 'string' && value !== '' ? value : null;
      };
      const row: ImportRow = { rowNumber: sheetRow.rowNumber, vin: parsed.success ? parsed.data.vin : text('vin'), brand: text('brand'), model: text('model'), problems: [] };
      // A cell the converter already refused is not reported a second time by the schema.
      const refused = new Set(problems.map((p) => p.field));
      if (!parsed.success) problems.push(...toFieldProblems(parsed.error.issues).filter((p) => !refused.has(p.field)));
      else {
        problems.push(...checkVehicleConsistency(parsed.data, now));
        const earlier = firstRowOfVin.get(parsed.data.vin);
        if (earlier !== undefined) problems.push({ field: 'vin', code: 'import.duplicateInFile', message: bilingual('import.duplicateInFile', { row: earlier }) });
        else firstRowOfVin.set(parsed.data.vin, sheetRow.rowNumber);
      }
      row.problems = problems.map((p) => ({ ...p, column: headerOf(p.field) }));
      rows.push(row);
      if (parsed.success && problems.length === 0) candidates.push({ row, vehicle: parsed.data });
    });

    // Duplicates against the inventory, in one query for the whole file.
    const inStock = liveVinsAmong(db, candidates.map((c) => c.vehicle.vin));
    const valid: NewVehicle[] = [];
    for (const candidate of candidates) {
      if (inStock.has(candidate.vehicle.vin)) {
        candidate.row.problems.push({ field: 'vin', code: 'import.duplicateInStock', column: headerOf('vin'), message: bilingual('import.duplicateInStock', { vin: candidate.vehicle.vin }) });
      } else valid.push(candidate.vehicle);
    }
    progress(table.rows.length, table.rows.length);

    const withProblems = rows.filter((row) => row.problems.length > 0);
    const preview: ImportPreview = {
      fileName: name,
      sheetName: table.sheetName ?? null,
      encoding: table.encoding ?? null,
      columns: table.headers.map((header, i) => ({ header, field: match.columns[i] ?? null })),
      unmatchedHeaders: match.unmatched,
      dataRows: rows.length,
      validRows: valid.length,
      invalidRows: withProblems.length,
      rows: [...withProblems, ...rows.filter((row) => row.problems.length === 0).slice(0, PREVIEW_VALID_ROWS)],
      warnings: table.warnings.map((w) => ({ rowNumber: w.rowNumber ?? null, message: bilingual(w.code as MessageKey, w.params) })),
    };
    return { preview, valid, blankRows };
  }

  return {
    async preview(file: FilePayload, progress: Progress): Promise<ImportPreview> {
      return (await analyse(file, progress)).preview;
    },

    /** Imports every row, or none when any row has a problem. */
    async commit(file: FilePayload, progress: Progress): Promise<ImportReport> {
      const { preview, valid, blankRows } = await analyse(file, progress);
      if (preview.invalidRows > 0) {
        const fields = preview.rows
          .filter((row) => row.problems.length > 0)
          .slice(0, 100)
          .flatMap((row) => row.problems.map((p) => ({ field: `${row.rowNumber}.${p.field}`, code: p.code, message: p.message })));
        fail('IMPORT_HAS_ERRORS', { count: preview.invalidRows }, fields);
      }
      if (valid.length === 0) fail('SPREADSHEET_EMPTY', { file: preview.fileName });
      await vehicles.addMany(valid, 'import', (done) => progress(done, valid.length));
      return { fileName: preview.fileName, imported: valid.length, skippedBlankRows: blankRows };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
