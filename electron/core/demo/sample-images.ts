/**
 * Pictures for the sample: a certificate-like scan per vehicle (机动车登记证书 with its VIN, brand and
 * dates drawn as real text) and a manufacturer's stamped confirmation. Drawn as SVG and rendered to JPEG
 * with sharp (librsvg finds the system's CJK font), so they open in any viewer and go into packets as scans.
 */
import sharp from 'sharp';

const FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', sans-serif";

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ScanFacts {
  vin: string;
  brand: string;
  model: string;
  manufacturer: string | null;
  manufactureDate: string | null;
  registrationDate: string | null;
  transferDate: string | null;
  certificateNumber: string | null;
  plate: string | null;
}

function rows(entries: Array<[string, string | null]>, x: number, y: number, lineHeight: number): string {
  return entries
    .map(([label, value], i) => {
      const top = y + i * lineHeight;
      return `<rect x="${x}" y="${top}" width="1040" height="${lineHeight}" fill="none" stroke="#6b7d5c" stroke-width="1.5"/>
<line x1="${x + 300}" y1="${top}" x2="${x + 300}" y2="${top + lineHeight}" stroke="#6b7d5c" stroke-width="1.5"/>
<text x="${x + 18}" y="${top + lineHeight * 0.64}" font-size="26" fill="#2d3a22">${escape(label)}</text>
<text x="${x + 324}" y="${top + lineHeight * 0.64}" font-size="28" fill="#111">${escape(value ?? '—')}</text>`;
    })
    .join('\n');
}

/** One page of a registration certificate for a vehicle, as a JPEG of about 1200×1600 pixels. */
export async function certificateScan(facts: ScanFacts): Promise<Buffer> {
  const body = rows(
    [
      ['1. 机动车所有人', '示例二手车出口有限公司'],
      ['2. 登记日期', facts.registrationDate],
      ['3. 机动车登记编号', facts.plate],
      ['4. 车辆品牌', facts.brand],
      ['5. 车辆型号', facts.model],
      ['6. 车辆识别代号/车架号', facts.vin],
      ['7. 制造厂名称', facts.manufacturer],
      ['8. 出厂日期', facts.manufactureDate],
      ['9. 转移登记日期', facts.transferDate],
    ],
    80,
    360,
    96,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600" viewBox="0 0 1200 1600" font-family="${FONT}">
<rect width="1200" height="1600" fill="#f6f8f0"/>
<rect x="40" y="40" width="1120" height="1520" fill="none" stroke="#7a8f66" stroke-width="4"/>
<text x="600" y="170" font-size="64" text-anchor="middle" fill="#2d3a22" font-weight="bold">机动车登记证书</text>
<text x="600" y="230" font-size="26" text-anchor="middle" fill="#4a5a3a">中华人民共和国公安部交通管理局监制</text>
<text x="1080" y="310" font-size="28" text-anchor="end" fill="#8a1010">No. ${escape(facts.certificateNumber ?? '—')}</text>
${body}
<text x="600" y="1480" font-size="24" text-anchor="middle" fill="#8a8a8a">示例数据 · 非真实证件 · SAMPLE — NOT A REAL CERTIFICATE</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** A manufacturer's confirmation letter with a red round seal, as a JPEG. */
export async function stampedConfirmation(manufacturer: string, vins: readonly string[], date: string): Promise<Buffer> {
  const list = vins
    .slice(0, 12)
    .map((vin, i) => `<text x="140" y="${640 + i * 44}" font-size="28" fill="#111">${i + 1}. ${escape(vin)}</text>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600" viewBox="0 0 1200 1600" font-family="${FONT}">
<rect width="1200" height="1600" fill="#ffffff"/>
<text x="600" y="200" font-size="52" text-anchor="middle" fill="#111" font-weight="bold">售后维修服务确认函</text>
<text x="120" y="360" font-size="30" fill="#111">兹确认下列车辆由我公司生产，我公司在目的国提供售后维修服务：</text>
<text x="120" y="420" font-size="30" fill="#111">制造厂：${escape(manufacturer)}</text>
${list}
<text x="760" y="1330" font-size="30" fill="#111">${escape(manufacturer)}</text>
<text x="860" y="1390" font-size="30" fill="#111">${escape(date)}</text>
<g opacity="0.85">
<circle cx="900" cy="1320" r="130" fill="none" stroke="#d0161b" stroke-width="10"/>
<text x="900" y="1340" font-size="80" text-anchor="middle" fill="#d0161b">★</text>
<text x="900" y="1420" font-size="24" text-anchor="middle" fill="#d0161b">售后服务专用章</text>
</g>
<text x="600" y="1540" font-size="24" text-anchor="middle" fill="#8a8a8a">示例数据 · SAMPLE</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
