import { sheetCsv } from './sheet-csv.js';
import type { Sheet } from './export-sheet.js';
import { listLayout, type PdfLayoutName, stageLayout } from './pdf-layout.js';
import { renderPdf } from './pdf-renderer.js';

export const EXPORT_FORMATS = ['pdf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A document to download: its bytes, its type and its name. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  /** For `Content-Disposition`: `attachment; filename="…"; filename*=UTF-8''…`. */
  disposition: string;
}

/** The sheet in the format and layout asked for (the layout is the PDF's; a CSV has one). */
export async function exportFile(sheet: Sheet, format: ExportFormat, layout: PdfLayoutName): Promise<ExportFile> {
  if (format === 'csv') {
    return {
      body: Buffer.from(sheetCsv(sheet), 'utf8'),
      contentType: 'text/csv; charset=utf-8; header=present',
      disposition: attachment(sheet.fileName, 'csv'),
    };
  }
  const pdf = layout === 'stage' ? stageLayout(sheet) : listLayout(sheet);
  const name = layout === 'stage' ? `${sheet.fileName} ${sheet.labels.stage}` : sheet.fileName;
  return { body: await renderPdf(pdf), contentType: 'application/pdf', disposition: attachment(name, 'pdf') };
}

/**
 * RFC 6266: a plain ASCII name for every client (accents dropped, anything but letters and digits a
 * hyphen), and the name with its accents for those that read `filename*` (RFC 8187).
 */
export function attachment(name: string, extension: string): string {
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const unicode = `${words.join('-').slice(0, 80) || 'export'}.${extension}`;
  const ascii = `${
    words
      .map((word) => word.normalize('NFD').replace(/[^a-z0-9]/g, ''))
      .filter(Boolean)
      .join('-')
      .slice(0, 80) || 'export'
  }.${extension}`;
  const encoded = encodeURIComponent(unicode).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
