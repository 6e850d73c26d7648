import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderAppendix, renderApplicationPacket } from '../../electron/core/pdf';
import { pdfPageCount, SAMPLE_ENTERPRISE, sampleVehicles } from '../support/pdf-tools';

/** The same bytes as a view into a larger buffer, as Node hands out small Buffers from its pool. */
function asView(bytes: Uint8Array): Buffer {
  const junk = Buffer.alloc(777, 0x42);
  return Buffer.concat([junk, bytes, junk]).subarray(junk.length, junk.length + bytes.length);
}

describe('scans handed over as views into larger buffers', () => {
  it('are placed like any other (pdf-lib reads from the start of the underlying buffer)', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 560, channels: 3, background: '#eeeeee' } }).jpeg().toBuffer();
    const appendix = await renderAppendix({ enterprise: SAMPLE_ENTERPRISE, batchReference: 'EX-1', applicationDate: '2026-12-01', vehicles: sampleVehicles(2), generatedOn: '2026-11-29' });
    const packet = await renderApplicationPacket({
      enterprise: SAMPLE_ENTERPRISE,
      batchReference: 'EX-1',
      applicationDate: '2026-12-01',
      appendix: asView(appendix),
      confirmations: [{ manufacturer: '上汽大众汽车有限公司', file: { fileName: 'reply.jpg', kind: 'jpeg', bytes: asView(jpeg) } }],
      certificateScans: [],
      modificationProofs: [],
    });
    expect(pdfPageCount(packet)).toBe(1 + pdfPageCount(appendix) + 1);
  });
});
