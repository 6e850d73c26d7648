import type { ReactNode } from 'react';

export interface Field {
  label: string;
  value: ReactNode;
  /** Takes the whole row (long texts). */
  wide?: boolean;
}

const EMPTY = '—';

function shown(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? EMPTY : value;
}

/** Label/value pairs, two per row like the certificate's own boxes; labels are row headers for screen readers. */
export function FieldTable({ fields, label }: { fields: Field[]; label: string }) {
  const rows: Field[][] = [];
  for (const field of fields) {
    const last = rows[rows.length - 1];
    if (field.wide || !last || last.length === 2 || last[0]!.wide) rows.push([field]);
    else last.push(field);
  }
  return (
    <table className="vs-table vs-fields" aria-label={label}>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]!.label}>
            {row.map((field) => (
              <FieldCells key={field.label} field={field} span={row.length === 1 ? 3 : 1} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FieldCells({ field, span }: { field: Field; span: number }) {
  return (
    <>
      <th scope="row">{field.label}</th>
      <td colSpan={span}>{shown(field.value)}</td>
    </>
  );
}
