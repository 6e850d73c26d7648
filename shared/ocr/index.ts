/** Certificate OCR, the pure part: layout of the form, and from recognised words to checked values. */
export * from './types';
export { readCertificate } from './read-certificate';
export { classifyWords, valuesByLabel } from './labels';
export { LAYOUTS, gridRules, slotRect, type FormLayout, type FormCell, type Rect, type Rule } from './layout';
export { readVin, type VinReading, type VinOutcome } from './vin-reading';
export { readDate, type DateReading } from './dates';
export { ownerName } from './owner';
export { interpret, type Interpreted, type ValueKind } from './values';
