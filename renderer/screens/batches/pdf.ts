/** A generated PDF as the core hands it back. */
export interface PdfFile {
  fileName: string;
  contentBase64: string;
}

/** A blob: URL for a PDF (the CSP allows blob: frames); revoke it when done. */
export function pdfUrl(file: PdfFile): string {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** Whether this browser shows PDFs itself (false in some headless or locked-down setups). */
export function canShowPdf(): boolean {
  const nav = navigator as Navigator & { pdfViewerEnabled?: boolean };
  return nav.pdfViewerEnabled !== false;
}
