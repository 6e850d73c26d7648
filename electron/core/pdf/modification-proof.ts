/**
 * 改装真实性证明 (notice item IV, Appendix 2): pre-filled with what the exporter knows of a
 * modified vehicle, with blanks and a seal box for the modifying manufacturer. The notice names
 * the contents (chassis brand, modified-vehicle brand, model; MIIT announcement; valid CCC); the
 * layout is ours, since the official template is not in this repository.
 */
import { mm } from './canvas';
import { BODY, sealBox, title } from './blocks';
import { problem } from './failures';
import { cell, InputCheck, type DocumentVehicle, type EnterpriseProfile } from './inputs';
import { DocumentWriter, Flow, MARGINS, pageNumberSection } from './layout';
import { drawTable } from './table';
import { drawable } from './text';
import { zh } from './texts';

/** A caption stays with its table's first rows. */
const KEEP_WITH_TABLE = 60;

export interface ModificationProofInput {
  enterprise: EnterpriseProfile;
  vehicle: DocumentVehicle;
  /** YYYY-MM-DD */
  generatedOn: string;
}

function check(input: ModificationProofInput): void {
  const checker = new InputCheck().enterprise('enterprise', input.enterprise).date('generatedOn', input.generatedOn, { required: true });
  if (!input.vehicle) checker.add(problem('vehicle', 'doc.problem.noVehicles'));
  else {
    checker.vehicle('vehicle', input.vehicle);
    if (!input.vehicle.isModified) checker.add(problem('vehicle.isModified', 'doc.problem.notModified'));
  }
  checker.done();
}

export async function renderModificationProof(input: ModificationProofInput): Promise<Uint8Array> {
  check(input);
  const { enterprise, vehicle, generatedOn } = input;
  const doc = await DocumentWriter.create({ title: `${zh('doc.proof.title')} ${vehicle.vin}`, subject: enterprise.name, date: generatedOn, seed: `proof:${vehicle.vin}` });
  const regular = () => doc.font('regular');
  const flow = new Flow(doc, { section: pageNumberSection((page, total) => zh('doc.pageOf', { page, total }), regular, zh('doc.generatedOn', { date: generatedOn })), ...MARGINS });

  flow.space(mm(2));
  title(flow, zh('doc.proof.title'), 20, 0);
  flow.paragraph(zh('doc.proof.subtitle'), { size: 10.5, align: 'center', leading: 1.6 });
  flow.space(12);
  flow.paragraph(zh('doc.proof.intro'), BODY, { firstLineIndent: 2 });
  flow.space(6);

  const rows: Array<[string, string]> = [
    [zh('doc.proof.chassisBrand'), cell(vehicle.chassisBrand)],
    [zh('doc.proof.modifiedBrand'), cell(vehicle.modifiedBrand) || vehicle.brand],
    [zh('doc.proof.model'), vehicle.model],
    [zh('doc.proof.vin'), vehicle.vin],
    ...(vehicle.vehicleType ? [[zh('doc.proof.vehicleType'), vehicle.vehicleType] as [string, string]] : []),
    [zh('doc.proof.ccc'), cell(vehicle.cccCertificateNumber)],
    [zh('doc.proof.miit'), cell(vehicle.miitAnnouncementBatch)],
    [zh('doc.proof.exporter'), enterprise.name],
    [zh('doc.proof.country'), cell(vehicle.destinationCountry)],
  ];
  const formStyle = { style: { size: 10.5, padX: 6, padY: 5, minRowHeight: 24 }, showHeader: false, labelColumn: true };
  const labelWidth = mm(76);
  drawTable(flow, [{ header: '', width: labelWidth }, { header: '', flex: 1 }], rows, formStyle);
  flow.space(10);
  flow.paragraph(zh('doc.proof.commitment'), BODY, { firstLineIndent: 2 });
  flow.space(8);

  flow.paragraph(zh('doc.proof.modifierHeading'), { ...BODY, weight: 'bold' }, { keepWithNext: KEEP_WITH_TABLE });
  flow.space(2);
  drawTable(
    flow,
    [{ header: '', width: labelWidth }, { header: '', flex: 1 }],
    [zh('doc.proof.modifierName'), zh('doc.label.creditCode'), zh('doc.label.address'), zh('doc.label.contactPerson'), zh('doc.label.phone')].map((label) => [label, '']),
    formStyle,
  );

  const side = mm(40);
  flow.ensure(12 + 18 + side + 24);
  flow.space(12);
  const font = regular();
  const bold = doc.font('bold');
  const top = flow.y;
  const sealX = flow.left + flow.width - side - mm(6);
  const label = drawable(zh('doc.proof.seal'), bold.face);
  flow.canvas.text(label, sealX + (side - bold.face.width(label, 10.5)) / 2, top - 10.5, bold, 10.5);
  sealBox(flow.canvas, sealX, top - 18, side, zh('doc.proof.sealBox'), font);
  const dateLine = `${zh('doc.label.date')}：${zh('doc.dateBlank')}`;
  flow.canvas.text(dateLine, sealX + side - font.face.width(dateLine, 10.5), top - 18 - side - 18, font, 10.5);
  flow.canvas.text(`${zh('doc.label.handler')}：＿＿＿＿＿＿＿＿`, flow.left, top - 50, font, 10.5);
  return doc.save();
}
