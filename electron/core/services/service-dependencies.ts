import type { Database } from 'better-sqlite3';
import type { AttachmentStore } from '../files/attachment-store';
import type { Clock } from '../clock';
import type { SettingsService } from './settings-service';

/** What a service working on the inventory's records and files is given by the core. */
export interface RecordsDependencies {
  db: Database;
  clock: Clock;
  /** The dealer's calendar date now (Asia/Shanghai unless configured). */
  today: () => string;
  settings: SettingsService;
  files: AttachmentStore;
}
