import { z } from 'zod';
import { checkCreditCode } from '../domain/credit-code';
import { issueParams, optionalText } from './fields';
import { BACKUP_SCHEDULES, choiceField, OCR_LANGUAGE_CHOICES, wholeNumberField } from './setting-fields';


const CreditCodeField = z
  .string()
  .trim()
  .nullish()
  .transform((raw, ctx) => {
    if (!raw) return null;
    const result = checkCreditCode(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.problem, params: issueParams(result.problem, { expected: result.expected ?? '' }) });
      return z.NEVER;
    }
    return result.code;
  });

/** On or off: a boolean, or as typed on the command line (true/false, on/off, yes/no, 1/0). */
const SwitchField = z.union([
  z.boolean(),
  z.string().trim().toLowerCase().pipe(z.enum(['true', 'false', 'on', 'off', 'yes', 'no', '1', '0'])).transform((word) => ['true', 'on', 'yes', '1'].includes(word)),
]);

/** Every setting's field, without defaults: a change must not reset the keys it leaves out. */
const settingFields = {
  'enterprise.name': optionalText(200),
  'enterprise.creditCode': CreditCodeField,
  'enterprise.address': optionalText(300),
  'enterprise.contact': optionalText(100),
  'enterprise.phone': optionalText(50),
  'enterprise.email': optionalText(200),
  /** Where daily backups go (a USB stick, a network share); the data folder's "backups" by default. */
  'backup.folder': optionalText(500),
  /** Working days a manufacturer has to answer a confirmation request before it is overdue. */
  'requests.overdueWorkingDays': z.coerce.number().int().min(1).max(90),
  /** Language data the certificate OCR loads (both by default; one alone saves memory but reads the other script badly). */
  'ocr.languages': choiceField(OCR_LANGUAGE_CHOICES),
  /** OCR workers per language model; each holds its model in memory. */
  'ocr.workers': wholeNumberField(1, 4),
  /** How often the automatic backup runs. */
  'backup.schedule': choiceField(BACKUP_SCHEDULES),
  /** Automatic backups kept: the newest of each of the last N days that have one (plus one a week for 4 weeks). */
  'backup.keep': wholeNumberField(1, 90),
  /** A desktop notification when a sent request becomes overdue (the in-app reminder always shows). */
  'requests.desktopReminders': SwitchField,
};

/** The defaults of settings that have one (the rest default to null). */
const settingDefaults = {
  'requests.overdueWorkingDays': settingFields['requests.overdueWorkingDays'].default(10),
  'ocr.languages': settingFields['ocr.languages'].default('chi_sim+eng'),
  'ocr.workers': settingFields['ocr.workers'].default(2),
  'backup.schedule': settingFields['backup.schedule'].default('daily'),
  'backup.keep': settingFields['backup.keep'].default(7),
  'requests.desktopReminders': settingFields['requests.desktopReminders'].default(true),
};

/**
 * Settings written only by their own operations, never by settings.update: the seal image's
 * attachment (settings.setSeal / settings.removeSeal), so it always names a checked image.
 */
const ownedSettingFields = {
  'enterprise.sealAttachmentId': z.number().int().positive().nullish().transform((value) => value ?? null),
};

/** Everything a dealer configures, with its default. Stored as key/value rows; keys are the CLI's `config set` names. */
export const SettingsSchema = z.object({ ...settingFields, ...ownedSettingFields, ...settingDefaults });
export type Settings = z.output<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

// Built from the fields without defaults: zod applies .default() even inside .partial().
export const SettingsChangeSchema = z.object(settingFields).partial().strict();
