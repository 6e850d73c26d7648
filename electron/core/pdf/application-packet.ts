/**
 * 申请材料汇总: one PDF ready to print, in this order: a contents sheet (目录) with page numbers,
 * the appendix, the stamped confirmations as received, each vehicle's certificate scans, and the
 * modification proofs. Every page carries the packet's own page number at the bottom right, the
 * numbers the contents sheet cites. All files are checked before the packet is assembled.
 */
import type { PDFPage } from 'pdf-lib';
import { mm } from './canvas';
import { BODY, fields, title } from './blocks';
import { InputCheck, type EnterpriseProfile, type ScanFile } from './inputs';
import { DocumentWriter, Flow, FOOTER_Y, MARGINS, type Section } from './layout';
import { prepareScan, prepareScans, type PreparedScan } from './scans';
import { embedDraftSeal, sealedSignature, type DraftSeal } from './seal';
import { drawTable } from './table';
import { drawable } from './text';
import { longDate, zh } from './texts';
import type { DocFont } from './fonts';

export interface ApplicationPacketInput {
  enterprise: EnterpriseProfile;
  batchReference: string;
  /** YYYY-MM-DD */
  applicationDate: string;
  /** The appendix as rendered by renderAppendix. */
  appendix: Uint8Array;
  /** The stamped confirmations as received (scan or PDF), in the order to print. */
  confirmations: Array<{ manufacturer: string; file: ScanFile }>;
  certificateScans: Array<{ vin: string; files: ScanFile[] }>;
  modificationProofs: Array<{ vin: string; file: ScanFile }>;
}

/** One line of the contents sheet and the files behind it. */
interface Entry {
  item: string;
  detail: string;
  parts: PreparedScan[];
  pageCount: number;
}

const pagesOf = (part: PreparedScan) => (part.type === 'pdf' ? part.pageCount : 1);

async function entriesOf(input: ApplicationPacketInput): Promise<Entry[]> {
  const appendix = prepareScan({ fileName: `${zh('doc.packet.item.appendix')}.pdf`, kind: 'pdf', bytes: input.appendix });
  const confirmations = prepareScans(input.confirmations.map((c) => c.file));
  const certificates = prepareScans(input.certificateScans.flatMap((c) => c.files));
  const proofs = prepareScans(input.modificationProofs.map((p) => p.file));
  const [appendixPart, confirmationParts, certificateParts, proofParts] = await Promise.all([appendix, confirmations, certificates, proofs]);
  const entry = (item: string, detail: string, parts: PreparedScan[]): Entry => ({ item, detail, parts, pageCount: parts.reduce((n, p) => n + pagesOf(p), 0) });

  let taken = 0;
  const certificateEntries = input.certificateScans.map((c) => {
    const parts = certificateParts.slice(taken, taken + c.files.length);
    taken += c.files.length;
    return entry(zh('doc.packet.item.certificate'), zh('doc.packet.item.vin', { vin: c.vin }), parts);
  });
  return [
    entry(zh('doc.packet.item.appendix'), zh('doc.packet.item.appendixDetail'), [appendixPart]),
    ...input.confirmations.map((c, i) => entry(zh('doc.packet.item.confirmation'), c.manufacturer, [confirmationParts[i]!])),
    ...certificateEntries.filter((e) => e.parts.length > 0),
    ...input.modificationProofs.map((p, i) => entry(zh('doc.packet.item.proof'), zh('doc.packet.item.vin', { vin: p.vin }), [proofParts[i]!])),
  ];
}

function range(from: number, count: number): string {
  return count <= 1 ? String(from) : zh('doc.packet.pageRange', { from, to: from + count - 1 });
}

/** The packet number at the page's visual bottom right, turned with the page's /Rotate. */
function stampSection(font: () => DocFont): Section {
  return {
    footer(canvas, page, total) {
      const f = font();
      const size = 8;
      const text = drawable(zh('doc.packet.stamp', { page, total }), f.face);
      const width = f.face.width(text, size);
      const box = canvas.page.getCropBox();
      const angle = (((canvas.page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
      const m = FOOTER_Y;
      const right = MARGINS.right;
      const x1 = box.x + box.width;
      const y1 = box.y + box.height;
      if (angle === 90) canvas.turnedText(text, x1 - m, y1 - right - width, f, size, 90);
      else if (angle === 180) canvas.turnedText(text, box.x + right + width, y1 - m, f, size, 180);
      else if (angle === 270) canvas.turnedText(text, box.x + m, box.y + right + width, f, size, 270);
      else canvas.turnedText(text, x1 - right - width, box.y + m, f, size, 0);
    },
  };
}

function drawContents(doc: DocumentWriter, input: ApplicationPacketInput, entries: Entry[], contentsPages: number, section: Section, seal: DraftSeal | null): number {
  const flow = new Flow(doc, { section, ...MARGINS });
  const total = contentsPages + entries.reduce((n, e) => n + e.pageCount, 0);
  flow.space(mm(4));
  title(flow, zh('doc.packet.title'), 18, 2);
  title(flow, zh('doc.packet.contents'), 15, 8);
  fields(flow, [[zh('doc.label.enterprise'), input.enterprise.name]], 1);
  fields(flow, [
    [zh('doc.label.batch'), input.batchReference],
    [zh('doc.label.applicationDate'), input.applicationDate],
  ]);
  flow.paragraph(zh('doc.packet.totalPages', { total, contents: contentsPages }), { size: 10.5, leading: 1.6, weight: 'bold' });
  flow.space(6);
  let page = contentsPages + 1;
  const rows = entries.map((e, i) => {
    const row = [String(i + 1), e.item, e.detail, range(page, e.pageCount), String(e.pageCount)];
    page += e.pageCount;
    return row;
  });
  drawTable(
    flow,
    [
      { header: zh('doc.col.no'), width: 28, align: 'center' },
      { header: zh('doc.packet.col.item'), flex: 1.3 },
      { header: zh('doc.packet.col.detail'), flex: 1.5 },
      { header: zh('doc.packet.col.pages'), width: 66, align: 'center' },
      { header: zh('doc.packet.col.pageCount'), width: 36, align: 'center' },
    ],
    rows,
    { style: { size: 10, headerSize: 10, padY: 4 } },
  );
  // With a seal image, a sign-off under the contents carries it (a hand-stamped sheet needs no line).
  if (seal) {
    flow.space(18);
    sealedSignature(flow, [zh('doc.seal.signature', { name: input.enterprise.name }), longDate(input.applicationDate)], BODY, mm(4), seal);
  }
  return doc.pageCount;
}

/** Places a scan on its own A4 page (landscape for a landscape scan), as large as fits above the stamp. */
async function addImagePage(doc: DocumentWriter, part: Extract<PreparedScan, { type: 'image' }>, section: Section): Promise<void> {
  const image = await doc.pdf.embedJpg(part.jpeg);
  const landscape = part.width > part.height;
  const size = landscape ? { width: 841.89, height: 595.28 } : { width: 595.28, height: 841.89 };
  const canvas = doc.addPage(section, size);
  const margin = mm(8);
  const bottom = FOOTER_Y + 12;
  const boxWidth = size.width - 2 * margin;
  const boxHeight = size.height - margin - bottom;
  const scale = Math.min(boxWidth / part.width, boxHeight / part.height);
  const width = part.width * scale;
  const height = part.height * scale;
  canvas.image(image, (size.width - width) / 2, bottom + (boxHeight - height) / 2, width, height);
}

async function addPdfPages(doc: DocumentWriter, part: Extract<PreparedScan, { type: 'pdf' }>, section: Section): Promise<void> {
  const pages: PDFPage[] = await doc.pdf.copyPages(part.doc, part.doc.getPageIndices());
  for (const page of pages) doc.adoptPage(page, section);
}

export async function renderApplicationPacket(input: ApplicationPacketInput): Promise<Uint8Array> {
  new InputCheck()
    .enterprise('enterprise', input.enterprise)
    .required('batchReference', input.batchReference)
    .date('applicationDate', input.applicationDate, { required: true })
    .done();
  const entries = await entriesOf(input);

  // The contents cite page numbers that depend on its own length: lay it out until the count holds.
  let contentsPages = 1;
  let doc: DocumentWriter;
  let section: Section;
  for (let attempt = 0; ; attempt++) {
    doc = await DocumentWriter.create({
      title: `${zh('doc.packet.title')} ${input.batchReference}`,
      subject: input.enterprise.name,
      date: input.applicationDate,
      seed: `packet:${input.batchReference}:${entries.length}`,
    });
    const current = doc;
    section = stampSection(() => current.font('regular'));
    const drawn = drawContents(doc, input, entries, contentsPages, section, await embedDraftSeal(doc, input.enterprise.seal));
    if (drawn === contentsPages || attempt === 3) break;
    contentsPages = drawn;
  }

  for (const entry of entries) {
    for (const part of entry.parts) {
      if (part.type === 'pdf') await addPdfPages(doc, part, section);
      else await addImagePage(doc, part, section);
    }
  }
  return doc.save();
}
