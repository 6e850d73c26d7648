import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { createStderrLogger } from '../../electron/core/log';
import { pdfPageCount, pdfText } from '../support/pdf-tools';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

async function scanJpeg(label: number): Promise<Buffer> {
  // Sizes differ, so no two scans are the same bytes (the store keeps identical content once).
  return sharp({ create: { width: 600 + label, height: 850, channels: 3, background: { r: 240, g: 240, b: 235 } } }).jpeg().toBuffer();
}

async function setUp(): Promise<{ core: Core; batchId: number; vins: string[] }> {
  const core = openCore({ databasePath: path.join(tempFolder(), 'inventory.sqlite'), door: 'cli', log: createStderrLogger(true), timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
  await core.call('settings.update', { 'enterprise.name': '上海某某二手车出口有限公司', 'enterprise.creditCode': '91330100716105852F' });
  const specs = [
    [1, '大众汽车', 'SVW7141BPD', '上汽大众汽车有限公司', '2026-09-01'],
    [2, '比亚迪', 'BYD7005BEV', '比亚迪汽车工业有限公司', '2026-08-15'],
    [3, '大众汽车', 'SVW6471', '上汽大众汽车有限公司', '2025-03-01'],
  ] as const;
  const batch = await core.call('batches.create', { reference: 'EX-2026-118', plannedApplicationDate: '2026-12-01', destinationCountry: '俄罗斯' });
  if (!batch.ok) throw new Error();
  for (const [n, brand, model, manufacturer, registered] of specs) {
    const added = await core.call('vehicles.add', { vin: testVin(n), brand, model, manufacturer, registrationDate: registered, transferDate: '2026-10-10', destinationCountry: '俄罗斯' });
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    const { sha256, size } = core.services.attachments.put(await scanJpeg(n));
    insertAttachment(core.db, { sha256, fileName: `登记证书-${n}.jpg`, mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId: added.value.id, batchId: null, note: null, createdAt: '2026-11-29T04:00:00.000Z' });
    await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [added.value.id], overrideReason: 'confirmation pending' });
  }
  return { core, batchId: batch.value.id, vins: specs.map(([n]) => testVin(n)) };
}

const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

describe('application documents from stored data', () => {
  it('prints the appendix of a batch with every VIN and both dates, and keeps it in the batch history', async () => {
    const { core, batchId, vins } = await setUp();
    const made = await core.call('documents.appendix', { batchId });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const text = pdfText(bytesOf(made.value));
    for (const vin of vins) expect(text).toContain(vin);
    for (const date of ['2026-09-01', '2026-08-15', '2025-03-01', '2026-10-10']) expect(text).toContain(date);
    expect(text).toContain('上海某某二手车出口有限公司');
    expect(text).toContain('EX-2026-118');
    expect(made.value.fileName).toBe('出口许可证申请附件-EX-2026-118.pdf');

    const again = await core.call('documents.appendix', { batchId });
    const history = await core.call('documents.history', { batchId });
    expect(history.ok && history.value.map((d) => [d.kind, d.supersededAt === null])).toEqual([
      ['appendix', true],
      ['appendix', false],
    ]);
    const opened = await core.call('documents.open', { id: again.ok ? again.value.documentId : 0 });
    expect(opened.ok && opened.value.contentBase64).toBe(again.ok && again.value.contentBase64);
    core.close();
  });

  it('writes one confirmation request per manufacturer, each with only its own vehicles', async () => {
    const { core, batchId, vins } = await setUp();
    const requests = await core.call('requests.create', { batchId });
    expect(requests.ok && requests.value.map((r) => r.manufacturer).sort()).toEqual(['上汽大众汽车有限公司', '比亚迪汽车工业有限公司']);
    const letters = await core.call('documents.requests', { batchId });
    if (!letters.ok) throw new Error(JSON.stringify(letters.error));
    expect(letters.value).toHaveLength(2);
    const volkswagen = letters.value.find((l) => l.fileName.includes('上汽大众'))!;
    const text = pdfText(bytesOf(volkswagen));
    expect(text).toContain(vins[0]);
    expect(text).not.toContain(vins[1]);
    expect(text).not.toContain(vins[2]); // more than 180 days: no confirmation needed, not requested
    expect(text).toContain('售后维修服务确认函');
    core.close();
  });

  it('assembles the packet: contents, appendix, stamped confirmations and every certificate scan', async () => {
    const { core, batchId, vins } = await setUp();
    const created = await core.call('requests.create', { batchId });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const first = created.value[0];
    await core.call('requests.send', { id: first!.id, channel: 'email', sentOn: '2026-11-20' });
    const stamped = await scanJpeg(99);
    await core.call('requests.reply', { id: first!.id, outcome: 'confirmed', file: { fileName: '回函-盖章.jpg', contentBase64: stamped.toString('base64') }, coveredVehicleIds: first!.vehicles.map((v) => v.id) });
    const packet = await core.call('documents.packet', { batchId });
    if (!packet.ok) throw new Error(JSON.stringify(packet.error));
    const contents = pdfText(bytesOf(packet.value), { first: 1, last: 1 });
    expect(contents).toContain(first!.manufacturer);
    for (const vin of vins) expect(contents).toContain(vin);
    // contents + appendix (1 page) + one confirmation page + three certificate scans
    expect(pdfPageCount(bytesOf(packet.value))).toBe(6);
    core.close();
  });

  it.each([
    ['an empty batch', async (core: Core) => (await core.call('batches.create', { reference: 'EMPTY-1' })).ok && core.call('documents.appendix', { batchId: 2 }), 'BATCH_EMPTY'],
    ['no enterprise name', async (core: Core) => (await core.call('settings.update', { 'enterprise.name': null })) && core.call('documents.appendix', { batchId: 1 }), 'ENTERPRISE_PROFILE_MISSING'],
  ])('refuses %s with a message', async (_what, run, code) => {
    const { core } = await setUp();
    expect(await run(core)).toMatchObject({ ok: false, error: { code } });
    core.close();
  });

  it('names a certificate scan whose file is missing, and records no half-made packet', async () => {
    const { core, batchId } = await setUp();
    const scan = core.db.prepare("SELECT sha256 FROM attachments WHERE file_name = '登记证书-2.jpg'").get() as { sha256: string };
    fs.rmSync(core.services.attachments.pathOf(scan.sha256));
    const result = await core.call('documents.packet', { batchId });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    if (!result.ok) expect(result.error.message.en).toContain('登记证书-2.jpg');
    expect(core.db.prepare('SELECT count(*) AS n FROM generated_documents').get()).toEqual({ n: 0 });
    core.close();
  });
});
