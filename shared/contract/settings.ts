import { z } from 'zod';
import { checkCreditCode } from '../domain/credit-code';
import { issueParams, optionalText } from './fields';


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
};

/** The defaults of settings that have one (the rest default to null). */
const settingDefaults = {
  'requests.overdueWorkingDays': settingFields['requests.overdueWorkingDays'].default(10),
};

/** Everything a dealer configures, with its default. Stored as key/value rows; keys are the CLI's `config set` names. */
export const SettingsSchema = z.object({ ...settingFields, ...settingDefaults });
export type Settings = z.output<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

// Built from the fields without defaults: zod applies .default() even inside .partial().
export const SettingsChangeSchema = z.object(settingFields).partial().strict();
