/**
 * Every text a person reads, in Simplified Chinese (the default) and English, gathered from one
 * file per area (shared/i18n/areas/). Each area types its English table against its Chinese one,
 * so a key missing in either language is a compile error. `{name}` marks a parameter.
 */
import { appEn, appZh } from './areas/app';
import { complianceEn, complianceZh } from './areas/compliance';
import { dashboardEn, dashboardZh } from './areas/dashboard';
import { documentsEn, documentsZh } from './areas/documents';
import { errorsEn, errorsZh } from './areas/errors';
import { importEn, importZh } from './areas/import';
import { inventoryEn, inventoryZh } from './areas/inventory';
import { settingsEn, settingsZh } from './areas/settings';
import { spreadsheetEn, spreadsheetZh } from './areas/spreadsheet';

export const zhCN = { ...appZh, ...inventoryZh, ...complianceZh, ...dashboardZh, ...documentsZh, ...spreadsheetZh, ...importZh, ...settingsZh, ...errorsZh } as const;
export type MessageKey = keyof typeof zhCN;
export const en: Record<MessageKey, string> = { ...appEn, ...inventoryEn, ...complianceEn, ...dashboardEn, ...documentsEn, ...spreadsheetEn, ...importEn, ...settingsEn, ...errorsEn };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
