/**
 * What certificate OCR produces and consumes. Pure data: the engine (electron/core/ocr) fills
 * `OcrPage`s with recognised words, `readCertificate` turns them into a `CertificateReading`.
 */
import type { CalendarDate } from '../domain/calendar-date';

/** Page 1 of the booklet (registration and transfer summary) or page 2 (vehicle information). */
export type CertificatePageType = 'registration' | 'vehicle';
export type PageType = CertificatePageType | 'unknown';

/** A rectangle in pixels on one page image (`page` indexes the pages handed to readCertificate). */
export interface OcrBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One recognised word: its text, the engine's confidence (0–100) and where it is. */
export interface OcrWord {
  text: string;
  confidence: number;
  box: OcrBox;
}

/** Numbered transfer entries on page 1 (Ⅱ–Ⅶ); entry 0 (Ⅰ) is the first registration. */
export const TRANSFER_ENTRIES = 6;
export type EntryPart = 'owner' | 'authority' | 'date' | 'plate';
export type EntrySlot = `entry${0 | 1 | 2 | 3 | 4 | 5 | 6}.${EntryPart}`;

/** Value cells of page 2 that are read; the other cells (dimensions, masses) are not. */
export const VEHICLE_SLOTS = [
  'vehicleType', 'brand', 'model', 'color', 'vin', 'engineNumber', 'fuelType', 'manufacturer', 'manufactureDate', 'issueDate',
] as const;
export type VehicleSlot = (typeof VEHICLE_SLOTS)[number];

/** A place on the form where a value is printed. */
export type SlotId = 'certificateNumber' | EntrySlot | VehicleSlot;

/** Words recognised inside one value cell (the engine knew where the cell was). */
export interface OcrRegion {
  slot: SlotId;
  box: OcrBox;
  words: OcrWord[];
  /** Further readings of the same cell with other settings; agreement raises confidence. */
  alternatives?: OcrWord[][];
}

/** One page as recognised: value cells (region mode), or all words of the page (whole-page mode). */
export interface OcrPage {
  page: number;
  /** Known from the grid; when absent the page is classified from its words. */
  pageType?: PageType;
  regions?: OcrRegion[];
  words?: OcrWord[];
}

export const FIELD_NAMES = [
  'certificateNumber', 'registrationDate', 'transferDate', 'vin', 'brand', 'model', 'vehicleType', 'color',
  'engineNumber', 'fuelType', 'manufacturer', 'manufactureDate', 'issueDate', 'plate',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The fields the export licence must match exactly (MOFCOM [2025] No. 648). */
export const KEY_FIELDS = ['registrationDate', 'transferDate', 'vin', 'brand', 'model', 'manufacturer'] as const satisfies readonly FieldName[];

export interface FieldReading {
  value: string | null;
  /** 0–1; below CONFIDENT the value must be checked by a person. */
  confidence: number;
  box: OcrBox | null;
}

/** At or above this a value is shown as read; below it is marked for checking. */
export const CONFIDENT = 0.9;

export interface TransferReading {
  /** 1–6: the entry's position in the transfer summary. */
  entry: number;
  /** The owner's name only: ID numbers are never returned. */
  owner: FieldReading;
  authority: FieldReading;
  date: FieldReading;
  plate: FieldReading;
  /** Whether the owner is the enterprise named in the options; null when no name was given. */
  matchesEnterprise: boolean | null;
}

/** Why a value got a low confidence; the UI shows these beside the field. */
export type ReadingProblemCode =
  | 'ocr.problem.unreadable'
  | 'ocr.problem.lowConfidence'
  | 'ocr.problem.vinCorrected'
  | 'ocr.problem.vinInvalid'
  | 'ocr.problem.dateInvalid'
  | 'ocr.problem.dateOrder'
  | 'ocr.problem.dateFuture'
  | 'ocr.problem.pattern'
  | 'ocr.problem.unknownName'
  | 'ocr.problem.nameCorrected'
  | 'ocr.problem.readingsDisagree'
  | 'ocr.problem.enterpriseNotFound'
  | 'ocr.problem.pageMissing';

export interface ReadingProblem {
  field: FieldName | `transfers.${number}.${EntryPart}`;
  code: ReadingProblemCode;
}

export interface PageClassification {
  page: number;
  pageType: PageType;
}

export interface CertificateReading {
  pages: PageClassification[];
  fields: Record<FieldName, FieldReading>;
  transfers: TransferReading[];
  problems: ReadingProblem[];
}

export interface ReadOptions {
  /** The exporting enterprise (from Settings): transferDate is the latest transfer to it. */
  enterpriseName?: string;
  /** Dates after today are impossible; omit to skip that check. */
  today?: CalendarDate;
}
