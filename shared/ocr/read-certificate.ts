/**
 * From recognised words to a certificate reading: collect each value cell's text (from regions the
 * engine read, or from labels on a whole page), interpret it, then check values against each other.
 */
import { checkDates, checkMaker, type Working } from './cross-checks';
import { classifyWords, valuesByLabel } from './labels';
import { compactText, joinWords, similarity } from './text';
import {
  CONFIDENT, FIELD_NAMES, TRANSFER_ENTRIES,
  type CertificateReading, type EntryPart, type FieldName, type FieldReading, type OcrBox, type OcrPage,
  type PageClassification, type ReadOptions, type ReadingProblem, type SlotId, type TransferReading,
} from './types';
import { interpret, type ValueKind } from './values';

interface RawValue {
  text: string;
  confidence: number;
  box: OcrBox | null;
  alternatives: Array<{ text: string; confidence: number }>;
}

const PART_KIND: Record<EntryPart, ValueKind> = { owner: 'owner', authority: 'authority', date: 'date', plate: 'plate' };
const FIELD_SLOT: Partial<Record<FieldName, { slot: SlotId; kind: ValueKind }>> = {
  certificateNumber: { slot: 'certificateNumber', kind: 'certificateNumber' },
  registrationDate: { slot: 'entry0.date', kind: 'date' },
  vin: { slot: 'vin', kind: 'vin' },
  brand: { slot: 'brand', kind: 'brand' },
  model: { slot: 'model', kind: 'model' },
  vehicleType: { slot: 'vehicleType', kind: 'vehicleType' },
  color: { slot: 'color', kind: 'color' },
  engineNumber: { slot: 'engineNumber', kind: 'engineNumber' },
  fuelType: { slot: 'fuelType', kind: 'fuelType' },
  manufacturer: { slot: 'manufacturer', kind: 'manufacturer' },
  manufactureDate: { slot: 'manufactureDate', kind: 'date' },
  issueDate: { slot: 'issueDate', kind: 'date' },
};

/** Each slot's text from every page: regions as read, or values found beside labels. */
function collect(pages: OcrPage[]): { classes: PageClassification[]; raw: Map<SlotId, RawValue> } {
  const classes: PageClassification[] = [];
  const raw = new Map<SlotId, RawValue>();
  const keep = (slot: SlotId, value: RawValue) => {
    const existing = raw.get(slot);
    if (value.text !== '' && (!existing || existing.text === '' || value.confidence > existing.confidence)) raw.set(slot, value);
  };
  for (const page of pages) {
    const pageType = page.pageType ?? classifyWords(page.words ?? []);
    classes.push({ page: page.page, pageType });
    for (const region of page.regions ?? []) {
      const joined = joinWords(region.words);
      keep(region.slot, {
        text: joined.text,
        confidence: joined.confidence,
        box: joined.box ?? region.box,
        alternatives: (region.alternatives ?? []).map((words) => joinWords(words)),
      });
    }
    if (!page.regions && page.words && pageType !== 'unknown') {
      for (const found of valuesByLabel(page.words, pageType)) {
        const joined = joinWords(found.words);
        keep(found.slot, { text: joined.text, confidence: joined.confidence, box: found.box, alternatives: [] });
      }
    }
  }
  return { classes, raw };
}

interface Field extends Working {
  box: OcrBox | null;
}

/** Kinds whose value is checked on its own (check digit, calendar): a reading failing the check is no rival. */
const CHECKED: ReadonlySet<ValueKind> = new Set(['vin', 'date']);

/**
 * A slot's value from its readings (the main one, then others of the same cell by other models or
 * images). Readings that pass their checks vote; the majority wins. Unanimity of three readings is
 * strong evidence; a rival reading that also passes the checks makes the value doubtful.
 */
function readSlot(raw: Map<SlotId, RawValue>, slot: SlotId, kind: ValueKind): Field {
  const found = raw.get(slot);
  if (!found) return { value: null, confidence: 0, problems: [], box: null };
  const readings = [{ text: found.text, confidence: found.confidence }, ...found.alternatives].map((r) => interpret(kind, r.text, r.confidence));
  const read = readings.filter((r) => r.value !== null);
  const clean = read.filter((r) => r.problems.length === 0);
  const voters = clean.length > 0 ? clean : read;
  if (voters.length === 0) return { ...readings[0]!, problems: [...readings[0]!.problems], box: found.box };
  const votes = new Map<string, typeof voters>();
  for (const reading of voters) votes.set(reading.value!, [...(votes.get(reading.value!) ?? []), reading]);
  const [winner, agreeing] = [...votes.entries()].reduce((best, entry) => (entry[1].length > best[1].length ? entry : best));
  const field: Field = { value: winner, confidence: Math.max(...agreeing.map((r) => r.confidence)), problems: [...agreeing[0]!.problems], box: found.box };
  const rivals = read.filter((r) => r.value !== winner);
  const cleanRivals = rivals.filter((r) => r.problems.length === 0);
  const doubt = () => {
    if (!field.problems.includes('ocr.problem.readingsDisagree')) field.problems.push('ocr.problem.readingsDisagree');
  };
  if (rivals.length === 0) {
    // Unanimous: readings by two models (or of two images) agreeing is strong evidence.
    if (readings.length >= 2 && field.problems.length === 0) field.confidence = Math.max(field.confidence, 0.92);
  } else if (cleanRivals.length === 0 && agreeing.length >= 2) {
    // A majority, and every rival failed its checks.
    if (kind === 'vin') field.confidence = Math.max(field.confidence, 0.92);
    field.confidence = Math.min(field.confidence, CHECKED.has(kind) ? 0.95 : 0.85);
    if (!CHECKED.has(kind)) doubt();
  } else if (cleanRivals.length === 0 && CHECKED.has(kind) && field.problems.length === 0) {
    // One reading passes the check digit or calendar, the others fail it.
    field.confidence = 0.85;
  } else {
    field.confidence = Math.min(field.confidence, 0.6);
    doubt();
  }
  return field;
}

function sameEnterprise(owner: string | null, enterprise: string): boolean {
  if (!owner) return false;
  const a = compactText(owner).replace(/[()（）]/g, '');
  const b = compactText(enterprise).replace(/[()（）]/g, '');
  return a === b || similarity(a, b) >= 0.8;
}

const toReading = (field: Field): FieldReading => ({
  value: field.value,
  confidence: field.value === null ? 0 : Math.round(field.confidence * 100) / 100,
  box: field.value === null ? null : field.box,
});

export function readCertificate(pages: OcrPage[], options: ReadOptions = {}): CertificateReading {
  const { classes, raw } = collect(pages);
  const fields = new Map<FieldName, Field>();
  for (const name of FIELD_NAMES) {
    const source = FIELD_SLOT[name];
    fields.set(name, source ? readSlot(raw, source.slot, source.kind) : { value: null, confidence: 0, problems: [], box: null });
  }
  const entries = Array.from({ length: TRANSFER_ENTRIES }, (_, i) => {
    const part = (p: EntryPart) => readSlot(raw, `entry${(i + 1) as 1}.${p}`, PART_KIND[p]);
    return { entry: i + 1, owner: part('owner'), authority: part('authority'), date: part('date'), plate: part('plate') };
  }).filter((entry) => entry.owner.value || entry.date.value || entry.plate.value || entry.authority.value);

  checkDates(
    { manufacture: fields.get('manufactureDate')!, registration: fields.get('registrationDate')!, issue: fields.get('issueDate')!, transfers: entries.map((e) => e.date) },
    options.today,
  );
  checkMaker(fields.get('brand')!, fields.get('manufacturer')!, fields.get('model')!);

  // transferDate: the latest transfer, or the latest to the enterprise when its name is known.
  const enterprise = options.enterpriseName?.trim();
  const matches = entries.map((entry) => (enterprise ? sameEnterprise(entry.owner.value, enterprise) : null));
  const dated = entries.map((entry, i) => ({ entry, match: matches[i] })).filter(({ entry }) => entry.date.value);
  const chosen = enterprise ? [...dated].reverse().find(({ match }) => match) : dated[dated.length - 1];
  const fallback = dated[dated.length - 1];
  const transfer = fields.get('transferDate')!;
  if (chosen) Object.assign(transfer, { ...chosen.entry.date, problems: [...chosen.entry.date.problems] });
  else if (fallback) {
    Object.assign(transfer, { ...fallback.entry.date, problems: [...fallback.entry.date.problems, 'ocr.problem.enterpriseNotFound'] });
    transfer.confidence = Math.min(transfer.confidence, 0.5);
  }
  // The plate now on the car: the latest entry that has one. A plate often stays through transfers:
  // the same plate read in another entry's cell confirms it.
  const plates = [readSlot(raw, 'entry0.plate', 'plate'), ...entries.map((e) => e.plate)].filter((p) => p.value);
  for (const plate of plates) {
    if (plate.problems.length === 0 && plates.some((other) => other !== plate && other.value === plate.value && other.problems.length === 0)) {
      plate.confidence = Math.max(plate.confidence, 0.92);
    }
  }
  if (plates.length > 0) Object.assign(fields.get('plate')!, plates[plates.length - 1]);

  const problems: ReadingProblem[] = [];
  const present = new Set(classes.map((c) => c.pageType));
  const pageOf = (name: FieldName) => (['vin', 'brand', 'model', 'vehicleType', 'color', 'engineNumber', 'fuelType', 'manufacturer', 'manufactureDate', 'issueDate'].includes(name) ? 'vehicle' : 'registration');
  for (const [name, field] of fields) {
    if (field.value === null) {
      // Something was read but made no value (an impossible date): say so; else it was not read.
      for (const code of field.problems) problems.push({ field: name, code });
      if (field.problems.length > 0 || name === 'certificateNumber' || name === 'plate') continue;
      problems.push({ field: name, code: present.has(pageOf(name)) ? 'ocr.problem.unreadable' : 'ocr.problem.pageMissing' });
      continue;
    }
    for (const code of field.problems) problems.push({ field: name, code });
    if (field.confidence < CONFIDENT && field.problems.length === 0) problems.push({ field: name, code: 'ocr.problem.lowConfidence' });
  }
  const transfers: TransferReading[] = entries.map((entry, i) => {
    for (const part of ['owner', 'authority', 'date', 'plate'] as const) {
      for (const code of entry[part].problems) problems.push({ field: `transfers.${i}.${part}`, code });
    }
    return {
      entry: entry.entry,
      owner: toReading(entry.owner),
      authority: toReading(entry.authority),
      date: toReading(entry.date),
      plate: toReading(entry.plate),
      matchesEnterprise: matches[i] ?? null,
    };
  });
  const out = Object.fromEntries(FIELD_NAMES.map((name) => [name, toReading(fields.get(name)!)])) as Record<FieldName, FieldReading>;
  return { pages: classes, fields: out, transfers, problems };
}
