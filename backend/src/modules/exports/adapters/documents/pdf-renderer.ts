import PDFDocument from 'pdfkit';
import type { LayoutBlock, PdfLayout, PdfLayoutName, TableColumn } from './pdf-layout.js';
import { winAnsiText } from './win-ansi-text.js';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const RULE = '#9a9a9a';

/** Type sizes in points: the stage version is read from a few steps away. */
const SIZES: Record<
  PdfLayoutName,
  Record<'heading' | 'line' | 'section' | 'cell' | 'song' | 'facts' | 'note', number>
> = {
  list: { heading: 20, line: 11, section: 13, cell: 10, song: 10, facts: 10, note: 10 },
  stage: { heading: 26, line: 15, section: 24, cell: 10, song: 28, facts: 20, note: 15 },
};

/** Draws a layout on A4 pages with the standard Helvetica fonts (no font file to ship). */
export function renderPdf(layout: PdfLayout): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    lang: layout.locale,
    info: { Title: layout.title, Creator: 'BandTrack' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const painter = new Painter(doc, SIZES[layout.name]);
  for (const block of layout.blocks) painter.draw(block);
  doc.end();
  return done;
}

class Painter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly size: (typeof SIZES)[PdfLayoutName],
  ) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }
  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  draw(block: LayoutBlock): void {
    switch (block.type) {
      case 'heading':
        return this.paragraph(block.text, BOLD, this.size.heading, 0.2);
      case 'line':
        return this.paragraph(block.text, REGULAR, this.size.line, 0.1);
      case 'note':
        this.doc.moveDown(0.6);
        return this.paragraph(block.text, BOLD, this.size.note, 0);
      case 'section':
        return this.section(block.text, block.detail);
      case 'table':
        return this.table(block.columns, block.rows);
      case 'stage-song':
        return this.stageSong(block.number, block.title, block.facts);
      case 'divider':
        return this.divider(block.text);
      case 'page-break':
        this.doc.addPage();
        return;
    }
  }

  /** Turns the page when what comes next would not fit on it. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private paragraph(text: string, font: string, size: number, after: number): void {
    const options = { width: this.width };
    this.doc.font(font).fontSize(size);
    this.room(this.doc.heightOfString(winAnsiText(text), options));
    this.doc.text(winAnsiText(text), this.left, this.doc.y, options).moveDown(after);
  }

  private section(text: string, detail: string): void {
    const size = this.size.section;
    this.doc.moveDown(0.8);
    this.room(size * 3);
    const top = this.doc.y;
    this.doc
      .font(BOLD)
      .fontSize(size)
      .text(winAnsiText(text), this.left, top, { width: this.width * 0.6 });
    const end = this.doc.y;
    const detailSize = Math.round(size * 0.6);
    this.doc
      .font(REGULAR)
      .fontSize(detailSize)
      .text(winAnsiText(detail), this.left + this.width * 0.6, top + (size - detailSize) * 0.7, {
        width: this.width * 0.4,
        align: 'right',
      });
    this.doc.y = Math.max(end, this.doc.y) + size * 0.3;
  }

  private table(columns: TableColumn[], rows: string[][]): void {
    const size = this.size.cell;
    const height = size * 1.9;
    const header = () =>
      this.row(
        columns,
        columns.map((column) => column.label),
        BOLD,
        height,
      );
    this.room(height * 2);
    header();
    for (const cells of rows) {
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        header();
      }
      this.row(columns, cells, REGULAR, height);
    }
  }

  /** One line per row: a cell too long for its column ends with an ellipsis. */
  private row(columns: TableColumn[], cells: string[], font: string, height: number): void {
    const top = this.doc.y;
    const size = this.size.cell;
    this.doc.font(font).fontSize(size);
    let x = this.left;
    columns.forEach((column, index) => {
      const width = this.width * column.share;
      this.doc.text(winAnsiText(cells[index] ?? ''), x + 3, top + (height - size) / 2, {
        width: width - 6,
        height: size * 1.2,
        ellipsis: true,
        align: column.align,
        lineBreak: true,
      });
      x += width;
    });
    this.rule(top + height, font === BOLD ? 1 : 0.4);
    this.doc.x = this.left;
    this.doc.y = top + height;
  }

  private stageSong(number: string, title: string, facts: string): void {
    const { song, facts: factsSize } = this.size;
    const numberWidth = song * 2;
    this.doc.font(REGULAR).fontSize(factsSize);
    const factsWidth = Math.min(this.doc.widthOfString(winAnsiText(facts)), this.width * 0.45);
    const titleWidth = this.width - numberWidth - factsWidth - song * 0.6;
    this.doc.font(BOLD).fontSize(song);
    const height = this.doc.heightOfString(winAnsiText(title), { width: titleWidth }) + song * 0.5;
    this.room(height);
    const top = this.doc.y + song * 0.25;
    this.doc.text(winAnsiText(number), this.left, top, { width: numberWidth - song * 0.5, align: 'right' });
    this.doc.text(winAnsiText(title), this.left + numberWidth, top, { width: titleWidth });
    this.doc
      .font(REGULAR)
      .fontSize(factsSize)
      .text(winAnsiText(facts), this.left + this.width - factsWidth, top + (song - factsSize) * 0.6, {
        width: factsWidth,
        align: 'right',
      });
    this.rule(top - song * 0.25 + height, 0.6);
    this.doc.x = this.left;
    this.doc.y = top - song * 0.25 + height;
  }

  private divider(text: string): void {
    const size = this.size.section * 0.8;
    this.doc.moveDown(0.6);
    this.room(size * 2.5);
    this.rule(this.doc.y, 2);
    this.doc.y += size * 0.4;
    this.doc
      .font(BOLD)
      .fontSize(size)
      .text(`— ${winAnsiText(text)} —`, this.left, this.doc.y, {
        width: this.width,
        align: 'center',
      });
    this.doc.moveDown(0.2);
  }

  private rule(y: number, thickness: number): void {
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(thickness)
      .strokeColor(RULE)
      .stroke()
      .restore();
  }
}
