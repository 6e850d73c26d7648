import type { Database } from 'better-sqlite3';
import { SettingsSchema, type Settings } from '../../../shared/contract/settings';
import { readSettingRows, writeSetting } from '../db/settings-repo';
import { isoNow, type Clock } from '../clock';

/**
 * The dealer's settings: stored values over defaults, each change validated like any input.
 * `changed` hears every saved change (the OCR engine restarts when its options differ).
 */
export function createSettingsService(db: Database, clock: Clock, changed?: (settings: Settings) => void) {
  function read(): Settings {
    const stored = readSettingRows(db);
    // A stored value that no longer validates (an older app's) falls back to its default, key by key.
    const settings = SettingsSchema.parse({});
    for (const [key, value] of Object.entries(stored)) {
      const field = SettingsSchema.shape[key as keyof Settings];
      const parsed = field?.safeParse(value);
      if (parsed?.success) (settings as Record<string, unknown>)[key] = parsed.data;
    }
    return settings;
  }
  const update = db.transaction((changes: Partial<Settings>) => {
    const now = isoNow(clock);
    for (const [key, value] of Object.entries(changes)) writeSetting(db, key, value, now);
  });
  return {
    read,
    update(changes: Partial<Settings>): Settings {
      update(changes);
      const settings = read();
      changed?.(settings);
      return settings;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
