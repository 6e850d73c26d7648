// The documents (electron/core/pdf): appendix sizes and times, the other documents, and a packet
// of 50 vehicles with 100 scan pages at 300 DPI. Figures are printed, never asserted. Runs against dist/.
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { benchVin, medianMs, onceMs, report, rssMb } from './measure.mjs';

const require = createRequire(import.meta.url);
const pdf = require('../../dist/electron/core/pdf/index.js');
const { expectedCheckDigit } = require('../../dist/shared/domain/vin.js');

const MAKES = [
  ['大众汽车', 'SVW7141BPD', '上汽大众汽车有限公司'],
  ['丰田', 'TV7250', '一汽丰田汽车有限公司'],
  ['比亚迪', 'BYD7005BEV', '比亚迪汽车工业有限公司'],
  ['长城', 'CC6460RM01', '长城汽车股份有限公司'],
  ['吉利', 'MR7153D01', '浙江吉利汽车有限公司'],
];
const COUNTRIES = ['哈萨克斯坦', '俄罗斯', '吉尔吉斯斯坦', '阿联酋', '乌兹别克斯坦', '蒙古'];
const ENTERPRISE = { name: '上海示例二手车出口有限公司', creditCode: '91310000MA1FL0000X', contactPerson: '王经理', phone: '021-12345678', email: 'export@example.cn', address: '上海市浦东新区示例路 88 号' };
const day = (n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function vehicles(count) {
  return Array.from({ length: count }, (_, n) => {
    const [brand, model, manufacturer] = MAKES[n % MAKES.length];
    const modified = n % 25 === 7;
    return {
      vin: benchVin(n + 1, expectedCheckDigit),
      brand,
      model,
      registrationDate: day(n % 300),
      transferDate: day((n % 300) + 40),
      destinationCountry: COUNTRIES[n % COUNTRIES.length],
      manufacturer,
      isModified: modified,
      chassisBrand: modified ? '东风' : null,
      modifiedBrand: modified ? '程力威' : null,
      cccCertificateNumber: modified ? '2023011101234567' : null,
      miitAnnouncementBatch: modified ? '第 372 批' : null,
    };
  });
}

const appendixInput = (count) => ({ enterprise: ENTERPRISE, batchReference: 'EX-2026-0001', applicationDate: '2026-03-02', generatedOn: '2026-03-01', vehicles: vehicles(count) });

/** A 300-DPI A4 grey scan (2480 × 3508) with some drawn text, as JPEG or PNG. */
function scanPage(label, format = 'jpeg') {
  const lines = Array.from({ length: 24 }, (_, i) => `<text x="220" y="${700 + i * 110}" font-size="60" fill="#222">${label} · 第 ${i + 1} 行 机动车登记证书 LBV0${i}21R000${i}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="3508"><rect width="100%" height="100%" fill="#dcdcdc"/><rect x="160" y="420" width="2160" height="2800" fill="none" stroke="#333" stroke-width="10"/><text x="220" y="320" font-size="110" fill="#111">${label}</text>${lines}</svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

async function inBatches(count, size, make) {
  const out = [];
  for (let i = 0; i < count; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, k) => make(i + k)))));
  return out;
}

export async function documentsBench() {
  const cold = await onceMs(() => pdf.renderAppendix(appendixInput(10)));
  report('appendix, 10 vehicles, first in process (font parse)', cold.ms, 'ms');

  for (const count of [10, 100, 500, 2000]) {
    const input = appendixInput(count);
    let bytes;
    const ms = await medianMs(count >= 2000 ? 3 : 7, async () => {
      bytes = await pdf.renderAppendix(input);
    });
    report(`appendix, ${count} vehicles, warm (median)`, ms, 'ms', count === 500 ? 300 : undefined);
    report(`appendix, ${count} vehicles, size`, Math.round(bytes.length / 1024), 'KB', count === 500 ? 250 : undefined);
  }

  const fleet = vehicles(50);
  const requestMs = await medianMs(5, () =>
    pdf.renderConfirmationRequest({ enterprise: ENTERPRISE, manufacturer: { name: MAKES[1][2] }, batchReference: 'EX-2026-0001', requestDate: '2026-03-02', replyBy: '2026-03-16', vehicles: fleet }),
  );
  report('confirmation request, 10 of 50 vehicles, warm (median)', requestMs, 'ms');
  const modified = fleet.find((v) => v.isModified);
  const proofMs = await medianMs(5, () => pdf.renderModificationProof({ enterprise: ENTERPRISE, vehicle: modified, generatedOn: '2026-03-01' }));
  report('proof of modification, warm (median)', proofMs, 'ms');
  report('RSS after the documents above (fonts parsed and cached)', rssMb(), 'MB');

  // The packet: 50 vehicles; 100 scan pages = 94 certificate JPEGs, 2 PNG confirmations, a 2-page
  // scanner PDF confirmation and 2 more JPEG confirmations; plus the appendix and a proof. Ten distinct
  // scan images are made (rendering 300-DPI pages takes ~0.2 s each) and reused: pdf-lib embeds
  // every file separately, so reuse does not flatter the figure.
  const made = await onceMs(async () => ({
    distinct: await inBatches(8, 2, (i) => scanPage(`Scan ${i + 1}`)),
    pngs: await inBatches(2, 2, (i) => scanPage(`PNG confirmation ${i + 1}`, 'png')),
  }));
  const { distinct, pngs } = made.value;
  const jpegs = Array.from({ length: 96 }, (_, i) => distinct[i % distinct.length]);
  const scannerPdf = await PDFDocument.create();
  for (const bytes of jpegs.slice(94, 96)) {
    const image = await scannerPdf.embedJpg(bytes);
    scannerPdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  const scannerBytes = await scannerPdf.save();
  const scanBytes = jpegs.reduce((n, b) => n + b.length, 0) + pngs.reduce((n, b) => n + b.length, 0);
  console.log(`  (made 10 scan images of 2480 × 3508 in ${(made.ms / 1000).toFixed(1)} s; the packet's scans total ${(scanBytes / 1024 / 1024).toFixed(0)} MB; not counted)`);

  const appendix = await pdf.renderAppendix({ ...appendixInput(50), vehicles: fleet });
  const proof = await pdf.renderModificationProof({ enterprise: ENTERPRISE, vehicle: modified, generatedOn: '2026-03-01' });
  const file = (fileName, kind, bytes) => ({ fileName, kind, bytes });
  const packetInput = {
    enterprise: ENTERPRISE,
    batchReference: 'EX-2026-0001',
    applicationDate: '2026-03-02',
    appendix,
    confirmations: [
      { manufacturer: MAKES[0][2], file: file('c1.png', 'png', pngs[0]) },
      { manufacturer: MAKES[1][2], file: file('c2.png', 'png', pngs[1]) },
      { manufacturer: MAKES[2][2], file: file('c3.pdf', 'pdf', scannerBytes) },
      { manufacturer: MAKES[3][2], file: file('c4.jpg', 'jpeg', jpegs[92]) },
      { manufacturer: MAKES[4][2], file: file('c5.jpg', 'jpeg', jpegs[93]) },
    ],
    certificateScans: fleet.map((v, i) => ({ vin: v.vin, files: i < 44 ? [file(`${v.vin}-1.jpg`, 'jpeg', jpegs[2 * i]), file(`${v.vin}-2.jpg`, 'jpeg', jpegs[2 * i + 1])] : [file(`${v.vin}.jpg`, 'jpeg', jpegs[88 + (i - 44) % 4])] })),
    modificationProofs: [{ vin: modified.vin, file: file('proof.pdf', 'pdf', proof) }],
  };
  const scanPages = 2 + 2 + 2 + 44 * 2 + 6; // PNG, scanner PDF and JPEG confirmations; certificates
  const rssBefore = rssMb();
  const first = await onceMs(() => pdf.renderApplicationPacket(packetInput));
  const second = await onceMs(() => pdf.renderApplicationPacket(packetInput));
  const pages = (await PDFDocument.load(second.value, { updateMetadata: false })).getPageCount();
  report(`packet, 50 vehicles, ${scanPages} scan pages (${pages} pages), first`, first.ms, 'ms', 3000);
  report(`packet, same again`, second.ms, 'ms', 3000);
  report('packet, size', Math.round(second.value.length / 1024 / 1024), 'MB');
  // The figure before includes sharp's rendering of the test scans, not part of the app's work.
  report(`RSS after the packet (${rssBefore.toFixed(0)} MB before it)`, rssMb(), 'MB');
}
