import type { Database } from 'better-sqlite3';
import type { ExportedFile } from '../../../shared/contract/import-export';
import { VehicleListQuerySchema, type Vehicle, type VehicleListQuery } from '../../../shared/contract/vehicles';
import { VEHICLE_COLUMNS } from '../../../shared/import/vehicle-columns';
import type { Locale } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/translate';
import { iterateVehicles } from '../db/vehicles-repo';
import { writeCsv, writeXlsx } from '../spreadsheet/write-spreadsheet';

export interface ExportRequest {
  query?: Omit<VehicleListQuery, 'offset' | 'limit'> | undefined;
  ids?: number[] | undefined;
  format: 'xlsx' | 'csv';
  locale: Locale;
}

type Cell = string | number | boolean | null;

/** One exported cell: dates stay text, flags and statuses in the reader's words, so the file imports back. */
function cellOf(vehicle: Vehicle, field: (typeof VEHICLE_COLUMNS)[number]['field'], locale: Locale): Cell {
  const value = vehicle[field];
  if (field === 'status') return translate(locale, `status.${vehicle.status}`);
  if (field === 'isModified') return locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  return value as Cell;
}

const DATE_FIELDS = new Set(['manufactureDate', 'registrationDate', 'transferDate']);

/** The current (filtered) view, or a selection of it, as XLSX or CSV with the import's own headers. */
export async function exportVehicles(db: Database, request: ExportRequest, today: string): Promise<ExportedFile> {
  const query = VehicleListQuerySchema.parse({ ...request.query, ...(request.ids ? { ids: request.ids } : {}), offset: 0, limit: 1000 });
  const rows: Cell[][] = [];
  for (const vehicle of iterateVehicles(db, query)) rows.push(VEHICLE_COLUMNS.map((column) => cellOf(vehicle, column.field, request.locale)));
  const headers = VEHICLE_COLUMNS.map((column) => (request.locale === 'zh-CN' ? column.zh : column.en));
  const base = request.locale === 'zh-CN' ? `车辆清单-${today}` : `vehicles-${today}`;
  const content =
    request.format === 'xlsx'
      ? await writeXlsx(
          VEHICLE_COLUMNS.map((column, i) => ({
            header: headers[i]!,
            kind: DATE_FIELDS.has(column.field) ? ('date' as const) : column.field === 'purchasePrice' || column.field === 'mileageKm' ? ('number' as const) : ('text' as const),
            width: column.field === 'vin' ? 22 : undefined,
          })),
          rows,
        )
      : writeCsv(headers, rows);
  return { fileName: `${base}.${request.format}`, contentBase64: content.toString('base64'), count: rows.length };
}
