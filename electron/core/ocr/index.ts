/** Certificate OCR in the core: createOcrEngine() and the types around it. */
export { createOcrEngine } from './engine';
export type { CertificateResult, FileProblem, OcrEngine, OcrEngineOptions, OcrFile, ReadTextOptions, RecognizedPage, RecognizeOptions, TextPage, TextReading, TextResult } from './engine';
export { DEFAULT_LIMITS, sniffFormat, type InputLimits } from './input-files';
export { prepareLanguageFolder } from './language-data';
