/**
 * 出口许可证申请附件: the licence application appendix of one batch (notice item II). Brand, model
 * and both dates are printed exactly as given, which must be as on the registration certificate.
 */
import { mm } from './canvas';
import { BODY, fields, RUNNING_HEADER_HEIGHT, runningHeader, sealBox, SMALL, title } from './blocks';
import { cell, InputCheck, type DocumentVehicle, type EnterpriseProfile } from './inputs';
import { DocumentWriter, Flow, MARGINS, pageNumberSection } from './layout';
import { drawDraftSeal, embedDraftSeal, type DraftSeal } from './seal';
import { drawTable, type Column } from './table';
import { drawable } from './text';
import { zh } from './texts';

/** An ideographic space between two parts of a header or footer line. */
const GAP = '\u3000';

export interface AppendixInput {
  enterprise: EnterpriseProfile;
  batchReference: string;
  /** YYYY-MM-DD */
  applicationDate: string;
  vehicles: DocumentVehicle[];
  /** YYYY-MM-DD: printed in the footer and used as the PDF's creation date. */
  generatedOn: string;
}

export function checkAppendixInput(input: AppendixInput): void {
  new InputCheck()
    .enterprise('enterprise', input.enterprise)
    .required('batchReference', input.batchReference)
    .date('applicationDate', input.applicationDate, { required: true })
    .date('generatedOn', input.generatedOn, { required: true })
    .vehicles('vehicles', input.vehicles ?? [])
    .done();
}

/**
 * The table's columns; 底盘品牌 only when the batch has a modified vehicle. Widths fit a VIN, a
 * date, 吉尔吉斯斯坦 and a 14-character model code on one line at 9 pt; longer text wraps.
 */
function appendixColumns(withChassis: boolean): Column[] {
  return [
    { header: zh('doc.col.no'), width: 24, align: 'center' },
    { header: zh('doc.col.brand'), flex: 64 },
    { header: zh('doc.col.model'), flex: 84 },
    { header: zh('doc.col.vin'), width: 96, align: 'center' },
    // Two header lines, broken where a reader expects.
    { header: zh('doc.col.registrationDate').replace(/日期$/, '\n日期'), width: 56, align: 'center' },
    { header: zh('doc.col.transferDate'), width: 56, align: 'center' },
    { header: zh('doc.col.country'), flex: 62 },
    ...(withChassis ? [{ header: zh('doc.col.chassisBrand'), flex: 55 }] : []),
  ];
}

function appendixRow(vehicle: DocumentVehicle, index: number, withChassis: boolean): string[] {
  const row = [String(index + 1), vehicle.brand, vehicle.model, vehicle.vin, cell(vehicle.registrationDate), cell(vehicle.transferDate), cell(vehicle.destinationCountry)];
  if (withChassis) row.push(vehicle.isModified ? cell(vehicle.chassisBrand) : zh('doc.notApplicable'));
  return row;
}

const SEAL_SIDE = mm(38);

export async function renderAppendix(input: AppendixInput): Promise<Uint8Array> {
  checkAppendixInput(input);
  const { enterprise, batchReference, applicationDate, vehicles, generatedOn } = input;
  const doc = await DocumentWriter.create({
    title: `${zh('doc.appendix.title')} ${batchReference}`,
    subject: enterprise.name,
    date: generatedOn,
    seed: `appendix:${enterprise.name}:${batchReference}:${vehicles.length}`,
  });
  const seal = await embedDraftSeal(doc, enterprise.seal);
  const regular = () => doc.font('regular');
  const section = pageNumberSection((page, total) => zh('doc.pageOf', { page, total }), regular, zh('doc.generatedOn', { date: generatedOn }));
  const flow = new Flow(doc, {
    section,
    ...MARGINS,
    runningHeaderHeight: RUNNING_HEADER_HEIGHT,
    runningHeader: (canvas, box) =>
      runningHeader(canvas, box, `${zh('doc.appendix.continued')}${GAP}${enterprise.name}`, `${zh('doc.label.batch')}：${batchReference}`, regular()),
  });

  title(flow, zh('doc.appendix.title'), 18, 0);
  flow.paragraph(zh('doc.appendix.subtitle'), { size: 10.5, align: 'center', leading: 1.6 });
  flow.space(6);
  fields(flow, [[zh('doc.label.enterprise'), enterprise.name]], 1);
  fields(flow, [
    [zh('doc.label.creditCode'), cell(enterprise.creditCode)],
    [zh('doc.label.batch'), batchReference],
    [zh('doc.label.applicationDate'), applicationDate],
    [zh('doc.label.vehicleCount'), zh('doc.value.vehicleCount', { count: vehicles.length })],
  ]);
  flow.space(6);

  const withChassis = vehicles.some((v) => v.isModified);
  const closing = closingHeight(withChassis);
  drawTable(
    flow,
    appendixColumns(withChassis),
    vehicles.map((v, i) => appendixRow(v, i, withChassis)),
    { reserveAfter: closing },
  );
  drawClosing(flow, enterprise, vehicles.length, withChassis, seal);
  return doc.save();
}

function closingHeight(withChassis: boolean): number {
  return 8 + BODY.size * 1.6 * (withChassis ? 4 : 3) + 12 + SEAL_SIDE + 30;
}

/** Total, notes, declaration, then the handler on the left and the seal box (with the draft seal, if any) and its date on the right. */
function drawClosing(flow: Flow, enterprise: EnterpriseProfile, count: number, withChassis: boolean, seal: DraftSeal | null): void {
  flow.ensure(closingHeight(withChassis));
  flow.space(8);
  flow.paragraph(zh('doc.appendix.total', { count }), { ...BODY, weight: 'bold' });
  if (withChassis) flow.paragraph(zh('doc.appendix.modifiedNote'), SMALL);
  flow.paragraph(zh('doc.appendix.declaration'), BODY, { firstLineIndent: 2 });
  flow.space(12);

  const regular = flow.doc.font('regular');
  const bold = flow.doc.font('bold');
  const top = flow.y;
  const sealX = flow.left + flow.width - SEAL_SIDE - mm(6);
  const label = zh('doc.appendix.seal');
  flow.canvas.text(label, sealX + (SEAL_SIDE - bold.face.width(label, 10.5)) / 2, top - 10.5, bold, 10.5);
  sealBox(flow.canvas, sealX, top - 18, SEAL_SIDE, seal ? '' : zh('doc.appendix.sealBox'), regular);
  if (seal) drawDraftSeal(flow.canvas, seal, regular, { cx: sealX + SEAL_SIDE / 2, cy: top - 18 - SEAL_SIDE / 2, note: 'left' });
  const dateLine = `${zh('doc.label.date')}：${zh('doc.dateBlank')}`;
  flow.canvas.text(dateLine, sealX + SEAL_SIDE - regular.face.width(dateLine, 10.5), top - 18 - SEAL_SIDE - 18, regular, 10.5);

  const leftLines = [`${zh('doc.label.handler')}：＿＿＿＿＿＿＿＿`, `${zh('doc.label.phone')}：${enterprise.phone ?? '＿＿＿＿＿＿＿＿'}`];
  leftLines.forEach((line, i) => flow.canvas.text(drawable(line, regular.face), flow.left, top - 40 - i * 24, regular, 10.5));
  flow.y = top - 18 - SEAL_SIDE - 30;
}
