import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { testVin } from '../support/vins';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('vehicle attachments', () => {
  it.each([
    ['a JPEG scan', 'certificate-scan', '登记证书.jpg', JPEG, { ok: true, value: { mediaType: 'image/jpeg' } }],
    ['a PDF named .jpg (bytes decide)', 'certificate-scan', 'scan.jpg', PDF, { ok: true, value: { mediaType: 'application/pdf' } }],
    ['a Word file named .jpg', 'certificate-scan', 'scan.jpg', Buffer.from('PK\u0003\u0004word/document.xml'), { ok: false, error: { code: 'FILE_FORMAT_UNSUPPORTED' } }],
    ['an empty file', 'modification-proof', 'proof.pdf', Buffer.alloc(0), { ok: false, error: { code: 'FILE_UNREADABLE' } }],
  ])('%s', async (_what, kind, fileName, bytes, expected) => {
    const core = openCore({ databasePath: ':memory:', door: 'cli', log: silentLogger });
    const vehicle = await core.call('vehicles.add', { vin: testVin(1), brand: 'B', model: 'M' });
    if (!vehicle.ok) throw new Error();
    const result = await core.call('attachments.add', { vehicleId: vehicle.value.id, kind: kind as 'certificate-scan', file: { fileName, contentBase64: b64(bytes) } });
    expect(result).toMatchObject(expected);
    const listed = await core.call('attachments.list', { vehicleId: vehicle.value.id });
    expect(listed.ok && listed.value.length).toBe(expected.ok ? 1 : 0);
    if (result.ok) expect(await core.call('attachments.open', { id: result.value.id })).toMatchObject({ ok: true, value: { fileName, contentBase64: b64(bytes) } });
    core.close();
  });

  it('refuses a scan for a vehicle that does not exist', async () => {
    const core = openCore({ databasePath: ':memory:', door: 'cli', log: silentLogger });
    expect(await core.call('attachments.add', { vehicleId: 42, kind: 'certificate-scan', file: { fileName: 'a.jpg', contentBase64: b64(JPEG) } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    core.close();
  });
});
