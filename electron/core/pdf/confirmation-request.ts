/**
 * 售后维修服务确认函申请: one manufacturer's request letter (notice item I) with the table of its
 * vehicles, then the confirmation form (确认函) on pages of its own, numbered on their own, so the
 * manufacturer can fill in its service outlets, stamp the form and send it back alone.
 */
import { manufacturerKey } from '../../../shared/domain/manufacturer-name';
import { mm } from './canvas';
import { BODY, fields, rightAligned, RUNNING_HEADER_HEIGHT, runningHeader, sealBox, SMALL, title } from './blocks';
import { problem } from './failures';
import { cell, InputCheck, type DocumentVehicle, type EnterpriseProfile, type ManufacturerContact, type ServiceOutlet } from './inputs';
import { DocumentWriter, drawLines, Flow, MARGINS, pageNumberSection } from './layout';
import { embedDraftSeal, sealedSignature, type DraftSeal } from './seal';
import { drawTable, type Column } from './table';
import { drawable, wrap } from './text';
import { en, longDate, zh, type DocKey } from './texts';

/** An ideographic space between two parts of a header or footer line. */
const GAP = '\u3000';
/** A caption stays with its table's header and first row. */
const KEEP_WITH_TABLE = 60;

export interface ConfirmationRequestInput {
  enterprise: EnterpriseProfile;
  manufacturer: ManufacturerContact;
  batchReference: string;
  /** YYYY-MM-DD: the letter's date. */
  requestDate: string;
  /** YYYY-MM-DD: the date the stamped form is asked back by. */
  replyBy: string;
  /** May hold other manufacturers' vehicles: only this manufacturer's are printed. */
  vehicles: DocumentVehicle[];
  /** Outlets already known, pre-filled under their country (others of this batch get blank rows). */
  knownOutlets?: ServiceOutlet[];
}

/** The vehicles of one manufacturer, matched by the name as printed on certificates (full-width, spaces and dashes ignored). */
export function vehiclesOfManufacturer(vehicles: readonly DocumentVehicle[], manufacturer: string): DocumentVehicle[] {
  const key = manufacturerKey(manufacturer);
  return vehicles.filter((v) => v.manufacturer !== null && manufacturerKey(v.manufacturer) === key);
}

/** Countries of export in the order they first appear. */
function countriesOf(vehicles: readonly DocumentVehicle[]): string[] {
  return [...new Set(vehicles.map((v) => (v.destinationCountry ?? '').trim()))];
}

function check(input: ConfirmationRequestInput): DocumentVehicle[] {
  const vehicles = input.vehicles ?? [];
  const ours = vehiclesOfManufacturer(vehicles, input.manufacturer?.name ?? '');
  const checker = new InputCheck()
    .enterprise('enterprise', input.enterprise)
    .required('manufacturer.name', input.manufacturer?.name)
    .required('batchReference', input.batchReference)
    .date('requestDate', input.requestDate, { required: true })
    .date('replyBy', input.replyBy, { required: true })
    .vehicles('vehicles', ours.length > 0 ? ours : vehicles);
  if (vehicles.length > 0 && ours.length === 0) {
    checker.add(problem('vehicles', 'doc.problem.noVehiclesOfManufacturer', { manufacturer: input.manufacturer?.name ?? '' }));
  }
  vehicles.forEach((vehicle, index) => {
    if (ours.includes(vehicle) && !vehicle.destinationCountry?.trim()) checker.add(problem(`vehicles.${index}.destinationCountry`, 'doc.problem.countryMissing'));
  });
  checker.done();
  return ours;
}

/** "中文\nEnglish", for the bilingual form. */
const bi = (key: DocKey, params?: Record<string, string | number>) => `${zh(key, params)}\n${en(key, params)}`;
const biInline = (key: DocKey) => `${zh(key)} ${en(key)}`;

export async function renderConfirmationRequest(input: ConfirmationRequestInput): Promise<Uint8Array> {
  const vehicles = check(input);
  const { enterprise, manufacturer, batchReference, requestDate } = input;
  const countries = countriesOf(vehicles);
  const doc = await DocumentWriter.create({
    title: `${zh('doc.request.title')} ${manufacturer.name} ${batchReference}`,
    subject: enterprise.name,
    date: requestDate,
    seed: `request:${manufacturer.name}:${batchReference}:${vehicles.length}`,
  });
  drawLetter(doc, input, vehicles, countries, await embedDraftSeal(doc, enterprise.seal));
  drawForm(doc, input, vehicles, countries);
  return doc.save();
}

function drawLetter(doc: DocumentWriter, input: ConfirmationRequestInput, vehicles: DocumentVehicle[], countries: string[], seal: DraftSeal | null): void {
  const { enterprise, manufacturer, batchReference, requestDate, replyBy } = input;
  const regular = () => doc.font('regular');
  const flow = new Flow(doc, {
    section: pageNumberSection((page, total) => zh('doc.pageOf', { page, total }), regular),
    ...MARGINS,
    runningHeaderHeight: RUNNING_HEADER_HEIGHT,
    runningHeader: (canvas, box) => runningHeader(canvas, box, zh('doc.request.title'), `${manufacturer.name}${GAP}${zh('doc.label.batch')}：${batchReference}`, regular()),
  });
  flow.space(mm(4));
  title(flow, zh('doc.request.title'), 16, 10);
  const addressee = [manufacturer.name, manufacturer.afterSalesDepartment].filter(Boolean).join(' ');
  flow.paragraph(zh('doc.request.salutation', { addressee }), BODY);
  if (manufacturer.contactPerson) flow.paragraph(zh('doc.request.attention', { name: manufacturer.contactPerson }), BODY);
  // Where it goes, from the manufacturer directory: the letter may be posted or printed and forwarded.
  const reachedAt = ([['doc.label.address', manufacturer.address], ['doc.label.phone', manufacturer.phone], ['doc.label.email', manufacturer.email]] as const)
    .filter(([, value]) => value)
    .map(([label, value]) => `${zh(label)}：${value}`);
  if (reachedAt.length > 0) flow.paragraph(`（${reachedAt.join(GAP)}）`, BODY);
  flow.paragraph(zh('doc.request.body1', { exporter: enterprise.name }), BODY, { firstLineIndent: 2 });
  flow.paragraph(
    zh('doc.request.body2', { count: vehicles.length, batch: batchReference, countries: countries.join(zh('doc.request.countriesJoin')), replyBy: longDate(replyBy) }),
    BODY,
    { firstLineIndent: 2 },
  );
  flow.space(6);
  flow.paragraph(zh('doc.request.tableCaption', { count: vehicles.length }), { ...SMALL, weight: 'bold' }, { keepWithNext: KEEP_WITH_TABLE });
  const columns: Column[] = [
    { header: zh('doc.col.no'), width: 24, align: 'center' },
    { header: zh('doc.col.brand'), flex: 1 },
    { header: zh('doc.col.model'), flex: 1 },
    { header: zh('doc.col.vin'), width: 98, align: 'center' },
    { header: zh('doc.col.registrationDate'), width: 62, align: 'center' },
    { header: zh('doc.col.country'), flex: 1 },
  ];
  drawTable(
    flow,
    columns,
    vehicles.map((v, i) => [String(i + 1), v.brand, v.model, v.vin, cell(v.registrationDate), cell(v.destinationCountry)]),
  );
  flow.space(8);
  flow.paragraph(zh('doc.request.thanks'), BODY, { firstLineIndent: 2 });
  flow.space(4);
  flow.paragraph(zh('doc.request.attachment'), BODY);
  flow.space(6);
  const contact: Array<[string, string]> = (
    [
      [zh('doc.label.contactPerson'), enterprise.contactPerson],
      [zh('doc.label.phone'), enterprise.phone],
      [zh('doc.label.email'), enterprise.email],
      [zh('doc.label.address'), enterprise.address],
    ] as Array<[string, string | null | undefined]>
  ).filter((pair): pair is [string, string] => Boolean(pair[1]));
  if (contact.length > 0) {
    flow.ensure(BODY.size * 1.6 * (contact.length + 1));
    flow.paragraph(zh('doc.request.contactHeading'), { ...BODY, weight: 'bold' });
    fields(flow, contact, 1);
  }
  flow.space(18);
  const signature = [zh('doc.request.signature', { exporter: enterprise.name }), longDate(requestDate)];
  if (seal) sealedSignature(flow, signature, BODY, mm(4), seal);
  else rightAligned(flow, signature, BODY, mm(4));
}

function drawForm(doc: DocumentWriter, input: ConfirmationRequestInput, vehicles: DocumentVehicle[], countries: string[]): void {
  const { enterprise, manufacturer, batchReference, replyBy } = input;
  const regular = () => doc.font('regular');
  const flow = new Flow(doc, {
    section: pageNumberSection((page, total) => `${zh('doc.form.pageOf', { page, total })}${GAP}${en('doc.form.pageOf', { page, total })}`, regular),
    ...MARGINS,
    runningHeaderHeight: RUNNING_HEADER_HEIGHT,
    runningHeader: (canvas, box) =>
      runningHeader(canvas, box, `${zh('doc.form.title')} ${en('doc.form.title')}`, `${manufacturer.name}${GAP}${zh('doc.label.batch')}：${batchReference}`, regular()),
  });
  title(flow, zh('doc.form.title'), 18, 0);
  flow.paragraph(en('doc.form.title'), { size: 11, align: 'center', leading: 1.5 });
  flow.space(8);
  fields(
    flow,
    [
      [biInline('doc.form.manufacturer'), manufacturer.name],
      [biInline('doc.form.exporter'), enterprise.name],
      [biInline('doc.form.batch'), batchReference],
      [biInline('doc.form.countries'), countries.join(zh('doc.request.countriesJoin'))],
    ],
    1,
    { size: 10, leading: 1.6 },
  );
  flow.space(4);
  flow.paragraph(zh('doc.form.statement', { count: vehicles.length }), BODY, { firstLineIndent: 2 });
  flow.paragraph(en('doc.form.statement', { count: vehicles.length }), { size: 9, leading: 1.4 });
  flow.space(6);

  flow.paragraph(`${zh('doc.form.vehicles', { count: vehicles.length })}${GAP}${en('doc.form.vehicles', { count: vehicles.length })}`, { ...SMALL, weight: 'bold' }, { keepWithNext: KEEP_WITH_TABLE });
  drawTable(
    flow,
    [
      { header: bi('doc.col.no'), width: 26, align: 'center' },
      { header: bi('doc.col.vin'), width: 98, align: 'center' },
      { header: bi('doc.col.brand'), flex: 1 },
      { header: bi('doc.col.model'), flex: 1 },
      { header: bi('doc.col.registrationDate'), width: 66, align: 'center' },
      { header: bi('doc.col.country'), flex: 1 },
    ],
    vehicles.map((v, i) => [String(i + 1), v.vin, v.brand, v.model, cell(v.registrationDate), cell(v.destinationCountry)]),
    { style: { headerSize: 8.5 } },
  );

  countries.forEach((country, index) => {
    const known = (input.knownOutlets ?? []).filter((o) => o.country.trim() === country);
    // Room to add outlets by hand; a longer list can be attached (the form says so).
    const blanks = known.length >= 2 ? 1 : 2;
    flow.space(10);
    flow.paragraph(`${zh('doc.form.outlets', { country })}${GAP}${en('doc.form.outlets', { country })}`, { ...SMALL, weight: 'bold' }, { keepWithNext: KEEP_WITH_TABLE });
    drawTable(
      flow,
      [
        { header: bi('doc.col.outletName'), flex: 1.2 },
        { header: bi('doc.col.outletAddress'), flex: 1.6 },
        { header: bi('doc.col.outletContact'), flex: 1.2 },
      ],
      [...known.map((o) => [o.name, o.address, o.contact]), ...Array.from({ length: blanks }, () => ['', '', ''])],
      { style: { headerSize: 8.5, minRowHeight: 26 }, reserveAfter: index === countries.length - 1 ? FORM_SEAL_HEIGHT : 0 },
    );
  });
  drawFormSeal(flow, [
    `${zh('doc.form.moreOutlets')} ${en('doc.form.moreOutlets')}`,
    `${zh('doc.form.crossPageSeal')} ${en('doc.form.crossPageSeal')}`,
    `${zh('doc.form.returnTo', { replyBy: longDate(replyBy), exporter: enterprise.name })} ${en('doc.form.returnTo', { replyBy, exporter: enterprise.name })}`,
  ]);
}

const FORM_SEAL_SIDE = mm(36);
const FORM_SEAL_HEIGHT = 12 + 18 + FORM_SEAL_SIDE + 6;

/** Signatory, date and notes on the left; the seal box on the right. */
function drawFormSeal(flow: Flow, notes: string[]): void {
  const side = FORM_SEAL_SIDE;
  flow.ensure(FORM_SEAL_HEIGHT);
  flow.space(12);
  const regular = flow.doc.font('regular');
  const bold = flow.doc.font('bold');
  const top = flow.y;
  const sealX = flow.left + flow.width - side - mm(6);
  const label = drawable(`${zh('doc.form.seal')}  ${en('doc.form.seal')}`, bold.face);
  flow.canvas.text(label, Math.min(sealX, flow.left + flow.width - bold.face.width(label, 9.5)), top - 10, bold, 9.5);
  sealBox(flow.canvas, sealX, top - 18, side, `${zh('doc.proof.sealBox')}\n${en('doc.proof.sealBox')}`, regular);
  const lines = [
    `${zh('doc.form.signatory')} ${en('doc.form.signatory')}：＿＿＿＿＿＿＿＿`,
    `${zh('doc.form.date')} ${en('doc.form.date')}：${zh('doc.dateBlank')}`,
  ];
  lines.forEach((line, i) => flow.canvas.text(drawable(line, regular.face), flow.left, top - 36 - i * 28, regular, 10));
  const noteWidth = sealX - flow.left - mm(8);
  const noteLines = notes.flatMap((note) => wrap(drawable(note, regular.face), regular.face, 8, noteWidth));
  drawLines(flow.canvas, noteLines, flow.left, top - 36 - 28 - 16, noteWidth, regular, { size: 8, leading: 1.4, gray: 0.3 });
  flow.y = top - Math.max(18 + side + 6, 36 + 28 + 16 + noteLines.length * 8 * 1.4);
}
