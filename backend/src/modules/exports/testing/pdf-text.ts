import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where pdf.js finds the standard fonts' metrics, so it reads them without a warning. */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** A PDF read back with pdf.js: the text of each page, its runs joined by a space (no-break spaces kept). */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(data), standardFontDataUrl: STANDARD_FONTS });
  const document = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/ +/g, ' ')
        .trim(),
    );
  }
  await loading.destroy();
  return pages;
}
