/**
 * Every text a person reads, in Simplified Chinese (the default) and English, gathered from one
 * file per area (shared/i18n/areas/). Each area types its English table against its Chinese one,
 * so a key missing in either language is a compile error. `{name}` marks a parameter.
 */
import { appEn, appZh } from './areas/app';
import { calendarEn, calendarZh } from './areas/calendar';
import { comfortEn, comfortZh } from './areas/comfort';
import { complianceEn, complianceZh } from './areas/compliance';
import { dashboardEn, dashboardZh } from './areas/dashboard';
import { documentsEn, documentsZh } from './areas/documents';
import { errorsEn, errorsZh } from './areas/errors';
import { hardeningEn, hardeningZh } from './areas/hardening';
import { importEn, importZh } from './areas/import';
import { ocrEn, ocrZh } from './areas/ocr';
import { ocrBackupSettingsEn, ocrBackupSettingsZh } from './areas/ocr-backup-settings';
import { inventoryEn, inventoryZh } from './areas/inventory';
import { manufacturersEn, manufacturersZh } from './areas/manufacturers';
import { remindersEn, remindersZh } from './areas/reminders';
import { replyCheckEn, replyCheckZh } from './areas/reply-check';
import { screensEn, screensZh } from './areas/screens';
import { settingsEn, settingsZh } from './areas/settings';
import { spreadsheetEn, spreadsheetZh } from './areas/spreadsheet';
import { stockInEn, stockInZh } from './areas/stock-in';
import { vehicleSummaryEn, vehicleSummaryZh } from './areas/vehicle-summary';

export const zhCN = { ...appZh, ...inventoryZh, ...complianceZh, ...dashboardZh, ...documentsZh, ...spreadsheetZh, ...importZh, ...ocrZh, ...ocrBackupSettingsZh, ...settingsZh, ...screensZh, ...comfortZh, ...hardeningZh, ...errorsZh, ...stockInZh, ...remindersZh, ...calendarZh, ...manufacturersZh, ...vehicleSummaryZh, ...replyCheckZh } as const;
export type MessageKey = keyof typeof zhCN;
export const en: Record<MessageKey, string> = { ...appEn, ...inventoryEn, ...complianceEn, ...dashboardEn, ...documentsEn, ...spreadsheetEn, ...importEn, ...ocrEn, ...ocrBackupSettingsEn, ...settingsEn, ...screensEn, ...comfortEn, ...hardeningEn, ...errorsEn, ...stockInEn, ...remindersEn, ...calendarEn, ...manufacturersEn, ...vehicleSummaryEn, ...replyCheckEn };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
