import type { Database } from 'better-sqlite3';
import { fail, type FieldProblem } from '../../../shared/contract/errors';
import type { KnownOutlet, Manufacturer, ManufacturerChange, NewOutlet } from '../../../shared/contract/manufacturers';
import { manufacturerKey } from '../../../shared/domain/manufacturer-name';
import { bilingual } from '../../../shared/i18n/translate';
import { recordAudit } from '../db/audit-repo';
import { getManufacturer, listManufacturers, updateManufacturerFields, type ManufacturerFields } from '../db/manufacturers-repo';
import { deleteOutletLike, getOutlet, hasOutlet, insertOutlet, outletsOf, type OutletRow } from '../db/requests-repo';
import { isoNow, type Clock } from '../clock';

/** How an outlet reads in the audit trail. */
const outletText = (o: { country: string; name: string; address: string | null; contact: string | null }) => [o.country, o.name, o.address, o.contact].filter(Boolean).join(' · ');
const aliasText = (aliases: readonly string[]) => aliases.join('、');

/**
 * The manufacturer directory: contacts and aliases a clerk keeps (never the name, which stays as on
 * the registration certificates), and the known after-sales outlets per country. Every change is audited.
 */
export function createManufacturersService(db: Database, clock: Clock) {
  function requireManufacturer(id: number): Manufacturer {
    return getManufacturer(db, id) ?? fail('NOT_FOUND', { what: `manufacturer #${id}` });
  }

  /** Aliases trimmed and once each; refused when one is this name or belongs to another manufacturer. */
  function checkedAliases(manufacturer: Manufacturer, aliases: string[]): string[] {
    const ownKey = manufacturerKey(manufacturer.name);
    const others = new Map<string, string>();
    for (const other of listManufacturers(db)) {
      if (other.id === manufacturer.id) continue;
      for (const name of [other.name, ...other.aliases]) others.set(manufacturerKey(name), other.name);
    }
    const kept = new Map<string, string>();
    const problems: FieldProblem[] = [];
    for (const alias of aliases) {
      const key = manufacturerKey(alias);
      if (key === ownKey) problems.push({ field: 'changes.aliases', code: 'manufacturers.aliasIsName', message: bilingual('manufacturers.aliasIsName', { alias }) });
      else if (others.has(key)) problems.push({ field: 'changes.aliases', code: 'manufacturers.aliasTaken', message: bilingual('manufacturers.aliasTaken', { alias, other: others.get(key)! }) });
      else if (!kept.has(key)) kept.set(key, alias);
    }
    if (problems.length > 0) fail('INVALID_INPUT', undefined, problems);
    return [...kept.values()];
  }

  const update = db.transaction(({ id, changes }: ManufacturerChange): void => {
    const before = requireManufacturer(id);
    const { name: _name, aliases, ...contacts } = changes;
    const wanted: Partial<ManufacturerFields> = { ...contacts, ...(aliases ? { aliases: checkedAliases(before, aliases) } : {}) };
    const changed = (Object.keys(wanted) as Array<keyof ManufacturerFields>).filter((field) =>
      field === 'aliases' ? aliasText(before.aliases) !== aliasText(wanted.aliases!) : (before[field] ?? null) !== (wanted[field] ?? null),
    );
    if (changed.length === 0) return;
    const now = isoNow(clock);
    updateManufacturerFields(db, id, Object.fromEntries(changed.map((field) => [field, wanted[field]])), now);
    for (const field of changed) {
      const [oldValue, newValue] = field === 'aliases' ? [aliasText(before.aliases), aliasText(wanted.aliases!)] : [before[field], wanted[field] ?? null];
      recordAudit(db, { entity: 'manufacturer', entityId: id, action: 'update', field, oldValue: oldValue || null, newValue: newValue || null, source: 'manual', at: now });
    }
  });

  const addOutlet = db.transaction((input: NewOutlet): void => {
    requireManufacturer(input.manufacturerId);
    // The same outlet twice would only be listed once: keep the directory free of copies.
    if (hasOutlet(db, input)) return;
    const now = isoNow(clock);
    insertOutlet(db, { ...input, requestId: null }, now);
    updateManufacturerFields(db, input.manufacturerId, {}, now);
    recordAudit(db, { entity: 'manufacturer', entityId: input.manufacturerId, action: 'update', field: 'outlet', oldValue: null, newValue: outletText(input), source: 'manual', at: now });
  });

  const removeOutlet = db.transaction((outletId: number): OutletRow => {
    const outlet = getOutlet(db, outletId) ?? fail('NOT_FOUND', { what: `outlet #${outletId}` });
    const now = isoNow(clock);
    deleteOutletLike(db, outlet);
    updateManufacturerFields(db, outlet.manufacturerId, {}, now);
    recordAudit(db, { entity: 'manufacturer', entityId: outlet.manufacturerId, action: 'update', field: 'outlet', oldValue: outletText(outlet), newValue: null, source: 'manual', at: now });
    return outlet;
  });

  function outlets(manufacturerId: number): KnownOutlet[] {
    requireManufacturer(manufacturerId);
    return outletsOf(db, manufacturerId).map(({ manufacturerId: _m, ...outlet }) => outlet);
  }

  return {
    async list(): Promise<Manufacturer[]> {
      return listManufacturers(db);
    },
    async update(change: ManufacturerChange): Promise<Manufacturer> {
      update(change);
      return requireManufacturer(change.id);
    },
    async outlets(manufacturerId: number): Promise<KnownOutlet[]> {
      return outlets(manufacturerId);
    },
    async addOutlet(input: NewOutlet): Promise<KnownOutlet[]> {
      addOutlet(input);
      return outlets(input.manufacturerId);
    },
    async removeOutlet(outletId: number): Promise<KnownOutlet[]> {
      return outlets(removeOutlet(outletId).manufacturerId);
    },
  };
}

export type ManufacturersService = ReturnType<typeof createManufacturersService>;
