import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { fail, type Result } from '../../../shared/contract/errors';
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract/operations';
import { addDays } from '../../../shared/domain/calendar-date';
import { creditCodeCheckCharacter } from '../../../shared/domain/credit-code';
import { bilingual } from '../../../shared/i18n/translate';
import { insertAttachment } from '../db/attachments-repo';
import { certificateScan, stampedConfirmation } from '../demo/sample-images';
import { SAMPLE_MAKERS, sampleVehicles, type SampleGroup } from '../demo/sample-vehicles';
import type { AttachmentStore } from '../files/attachment-store';
import { isoNow, type Clock } from '../clock';

type Call = <N extends OperationName>(operation: N, input: InputOf<N>) => Promise<Result<OutputOf<N>>>;

interface Dependencies {
  /** Where the sample lives: its own database and files, beside the real ones. */
  sampleFolder: string;
  /** Whether the core has the sample open instead of the real inventory. */
  active(): boolean;
  /** Switch the core to the sample database (true) or back to the real one (false). */
  useSample(sample: boolean): void;
  /** Calls through the core as it is wired now (after a switch, on the newly opened database). */
  call: Call;
  db(): Database;
  files(): AttachmentStore;
  clock: Clock;
  today: () => string;
}

export interface FillReport {
  vehicles: number;
  scans: number;
  batches: number;
  requests: number;
}

export const SAMPLE_DATABASE_NAME = 'export-desk.sqlite';

/** The value of a call made while filling the sample; a failure there is a bug, not a clerk's mistake. */
async function must<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`sample data: ${settled.error.code} ${settled.error.message.en}`);
  return settled.value;
}

/**
 * Sample data: load a realistic inventory into a separate database (so the clerk can try everything
 * without touching real stock) and discard it in one step; or, for the CLI, fill an empty database.
 * Everything goes through the contract's own operations, so the sample is exactly what a clerk could enter.
 */
export function createDemoService(deps: Dependencies) {
  const databasePath = path.join(deps.sampleFolder, SAMPLE_DATABASE_NAME);

  async function fill(progress: (done: number, total: number) => void): Promise<FillReport> {
    const today = deps.today();
    const planned = sampleVehicles(today);
    const total = planned.length + 6;
    const creditCode = `91310115MA1K4GJ5X${creditCodeCheckCharacter('91310115MA1K4GJ5X')}`;
    await must(deps.call('settings.update', { 'enterprise.name': '示例二手车出口有限公司', 'enterprise.creditCode': creditCode, 'enterprise.address': '上海市浦东新区示例路 1 号', 'enterprise.contact': '王经理', 'enterprise.phone': '021-5555 0100', 'enterprise.email': 'sample@example.cn' }));

    const added: Array<{ id: number; group: SampleGroup; maker: string; vin: string }> = [];
    let scans = 0;
    for (const [index, { group, input }] of planned.entries()) {
      const vehicle = await must(deps.call('vehicles.add', input));
      added.push({ id: vehicle.id, group, maker: vehicle.manufacturer ?? '', vin: vehicle.vin });
      // A vehicle still waiting for its papers has no scan yet; every other one has its certificate scanned.
      if (vehicle.registrationDate) {
        const bytes = await certificateScan(vehicle);
        const { sha256, size } = deps.files().put(bytes);
        insertAttachment(deps.db(), { sha256, fileName: `登记证书-${vehicle.vin}.jpg`, mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId: vehicle.id, batchId: null, note: '示例扫描件', createdAt: isoNow(deps.clock) });
        scans += 1;
      }
      progress(index + 1, total);
    }

    // One batch for next week, with the vehicles that are ready (no confirmation needed, scan attached).
    const batch = await must(deps.call('batches.create', { plannedApplicationDate: addDays(today, 7), destinationCountry: '哈萨克斯坦', notes: '示例批次' }));
    for (const vehicle of added.filter((v) => v.group === 'not-required').slice(0, 8)) {
      await deps.call('batches.addVehicles', { batchId: batch.id, vehicleIds: [vehicle.id] });
    }
    progress(planned.length + 1, total);

    // Confirmation requests in every everyday state, one manufacturer each.
    const needing = added.filter((v) => v.group === 'clears-in-30' || v.group === 'required-later' || v.group === 'clears-in-7');
    const stages = ['draft', 'sent', 'overdue', 'confirmed', 'partly-confirmed', 'sent'] as const;
    let requests = 0;
    for (const [index, maker] of SAMPLE_MAKERS.entries()) {
      const ids = needing.filter((v) => v.maker === maker.manufacturer);
      if (ids.length === 0) continue;
      const [request] = await must(deps.call('requests.create', { vehicleIds: ids.map((v) => v.id) }));
      if (!request) continue;
      requests += 1;
      const stage = stages[index % stages.length]!;
      if (stage !== 'draft') {
        const daysAgo = stage === 'overdue' ? 30 : stage === 'sent' ? 3 : 15;
        await must(deps.call('requests.send', { id: request.id, channel: index % 2 ? 'courier' : 'email', sentOn: addDays(today, -daysAgo), contact: `${maker.brand}售后服务部`, ...(index % 2 ? { trackingNumber: `SF${1400000000 + index * 7331}` } : {}) }));
      }
      if (stage === 'confirmed' || stage === 'partly-confirmed') {
        const covered = stage === 'confirmed' ? ids : ids.slice(0, Math.max(1, Math.floor(ids.length / 2)));
        if (stage === 'partly-confirmed' && covered.length === ids.length) continue; // one vehicle cannot be partly confirmed
        const replyOn = addDays(today, -2);
        const scan = await stampedConfirmation(maker.manufacturer, covered.map((v) => v.vin), replyOn);
        await must(
          deps.call('requests.reply', {
            id: request.id,
            outcome: stage,
            replyOn,
            file: { fileName: `确认函-${maker.brand}.jpg`, contentBase64: scan.toString('base64') },
            coveredVehicleIds: covered.map((v) => v.id),
            outlets: [{ country: '哈萨克斯坦', name: `${maker.brand}阿拉木图服务中心`, address: '阿拉木图市 Al-Farabi 大街 77 号', contact: '+7 727 000 0000' }],
          }),
        );
      }
      progress(planned.length + 1 + index, total);
    }
    return { vehicles: added.length, scans, batches: 1, requests };
  }

  function removeSampleFiles(): void {
    fs.rmSync(deps.sampleFolder, { recursive: true, force: true });
  }

  return {
    status() {
      return { active: deps.active(), databasePath };
    },
    /** A fresh sample in its own database; the core works on it until discard. */
    async load(progress: (done: number, total: number) => void) {
      if (deps.active()) deps.useSample(false);
      removeSampleFiles();
      fs.mkdirSync(deps.sampleFolder, { recursive: true });
      deps.useSample(true);
      try {
        const report = await fill(progress);
        return { active: true, databasePath, ...report };
      } catch (error) {
        deps.useSample(false);
        removeSampleFiles();
        throw error;
      }
    },
    /** Fill the database that is open now (the CLI's `demo`); only an empty one, so real stock is never mixed with the sample. */
    async fillCurrent(progress: (done: number, total: number) => void) {
      const existing = await must(deps.call('vehicles.list', { limit: 1 }));
      if (existing.total > 0) fail('INVALID_INPUT', undefined, [{ field: 'into', code: 'demo.notEmpty', message: bilingual('demo.notEmpty', { count: existing.total }) }]);
      return { active: deps.active(), databasePath: deps.db().name, ...(await fill(progress)) };
    },
    /** Back to the real inventory; the sample's database and files are deleted. */
    discard() {
      if (deps.active()) deps.useSample(false);
      removeSampleFiles();
      return { active: false, databasePath };
    },
  };
}

export type DemoService = ReturnType<typeof createDemoService>;
