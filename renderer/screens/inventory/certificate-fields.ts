import type { FormFieldName } from './vehicle-form-values';

export type CertificateFieldKind = 'text' | 'vin' | 'date' | 'suggest';

/** The registration certificate's fields, in the order both the inventory form and the OCR review show them. */
export const CERTIFICATE_FIELDS: ReadonlyArray<{ field: FormFieldName; kind: CertificateFieldKind; placeholder?: string }> = [
  { field: 'vin', kind: 'vin', placeholder: 'LSVAU218XN2183294' },
  { field: 'brand', kind: 'text', placeholder: '大众汽车' },
  { field: 'model', kind: 'text', placeholder: 'SVW7141' },
  { field: 'vehicleType', kind: 'suggest' },
  { field: 'color', kind: 'suggest' },
  { field: 'engineNumber', kind: 'text' },
  { field: 'fuelType', kind: 'suggest' },
  { field: 'manufacturer', kind: 'suggest', placeholder: '上汽大众汽车有限公司' },
  { field: 'manufactureDate', kind: 'date' },
  { field: 'registrationDate', kind: 'date' },
  { field: 'transferDate', kind: 'date' },
  { field: 'certificateNumber', kind: 'text' },
  { field: 'plate', kind: 'text', placeholder: '沪A12345' },
];

/** Values as printed on certificates; offered, never imposed. */
const SUGGESTIONS: Partial<Record<FormFieldName, string[]>> = {
  vehicleType: ['小型轿车', '小型普通客车', '中型普通客车', '轻型普通货车', '重型半挂牵引车', '小型越野客车'],
  color: ['白', '黑', '银', '灰', '红', '蓝', '棕', '绿', '黄'],
  fuelType: ['汽油', '柴油', '纯电动', '插电式混合动力', '混合动力', '天然气'],
};

/** The AutoComplete options of each suggested field: the fixed values plus what the inventory already holds. */
export function fieldSuggestions(facets: { manufacturers: Array<{ name: string }>; destinations: string[] }): Partial<Record<FormFieldName, Array<{ value: string }>>> {
  return {
    ...Object.fromEntries(Object.entries(SUGGESTIONS).map(([field, values]) => [field, values.map((value) => ({ value }))])),
    manufacturer: facets.manufacturers.map(({ name }) => ({ value: name })),
    destinationCountry: facets.destinations.map((value) => ({ value })),
  };
}
