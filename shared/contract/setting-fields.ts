import { z } from 'zod';
import { issueParams } from './fields';

/** Language data the certificate OCR loads: Chinese reads the Chinese cells, English the VIN, model and dates. */
export const OCR_LANGUAGE_CHOICES = ['chi_sim+eng', 'chi_sim', 'eng'] as const;
export type OcrLanguageChoice = (typeof OCR_LANGUAGE_CHOICES)[number];

export const BACKUP_SCHEDULES = ['daily', 'weekly', 'off'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

/** A whole number in a range; the CLI passes text, so "2" is read as 2. */
export function wholeNumberField(min: number, max: number) {
  return z.unknown().transform((raw, ctx) => {
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: 'settings.wholeNumber', params: issueParams('settings.wholeNumber', { min, max }) });
      return z.NEVER;
    }
    return value;
  });
}

/** One of a fixed list; the message names the choices, which is what a CLI user needs. */
export function choiceField<const T extends readonly [string, ...string[]]>(choices: T) {
  return z.unknown().transform((raw, ctx) => {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof value !== 'string' || !choices.includes(value)) {
      ctx.addIssue({ code: 'custom', message: 'settings.oneOf', params: issueParams('settings.oneOf', { choices: choices.join(' | ') }) });
      return z.NEVER;
    }
    return value as T[number];
  });
}
