import { TableColumn } from './branded-document';
import { BODY, CONTENT_WIDTH, MARGIN, Theme } from './page-layout';
import { FONT } from './pdf-fonts';

const FONT_SIZE = 8.5;
const PADDING_X = 5;
const PADDING_Y = 4;
const LINE_GAP = 1;

interface TableGeometry {
  x: number[];
  widths: number[];
}

/**
 * Draws a table from the current position. A row never splits across pages; when the next row
 * does not fit, the table continues on a new page under a repeat of its header row.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  rows: string[][],
  total: string[] | undefined,
  theme: Theme,
): void {
  const geometry = columnGeometry(columns);
  const headerHeight = rowHeight(
    doc,
    columns.map((c) => c.header),
    geometry,
    FONT.bold,
  );

  // Keep the header row together with at least the first row.
  const firstRowHeight = rows[0] ? rowHeight(doc, rows[0], geometry, FONT.regular) : 0;
  if (doc.y + headerHeight + firstRowHeight > BODY.bottom) doc.addPage();
  let y = drawHeaderRow(doc, columns, geometry, doc.y, headerHeight, theme);

  rows.forEach((row, index) => {
    const height = rowHeight(doc, row, geometry, FONT.regular);
    if (y + height > BODY.bottom) {
      doc.addPage();
      y = drawHeaderRow(doc, columns, geometry, BODY.top, headerHeight, theme);
    }
    if (index % 2 === 1)
      doc.save().rect(MARGIN, y, CONTENT_WIDTH, height).fill(theme.zebra).restore();
    drawCells(doc, row, columns, geometry, y, FONT.regular, theme.text);
    line(doc, y + height, 0.5, theme.rule);
    y += height;
  });

  if (total) {
    const height = rowHeight(doc, total, geometry, FONT.bold);
    if (y + height > BODY.bottom) {
      doc.addPage();
      y = drawHeaderRow(doc, columns, geometry, BODY.top, headerHeight, theme);
    }
    line(doc, y, 0.8, theme.text);
    drawCells(doc, total, columns, geometry, y, FONT.bold, theme.text);
    y += height;
  }

  doc.x = MARGIN;
  doc.y = y + 14;
}

function columnGeometry(columns: TableColumn[]): TableGeometry {
  const total = columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = columns.map((c) => (CONTENT_WIDTH * (c.width ?? 1)) / total);
  const x = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return { x, widths };
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: string[],
  geometry: TableGeometry,
  font: string,
): number {
  doc.font(font).fontSize(FONT_SIZE);
  const heights = geometry.widths.map((width, i) =>
    doc.heightOfString(cells[i] ?? '', { width: width - 2 * PADDING_X, lineGap: LINE_GAP }),
  );
  return Math.max(...heights) + 2 * PADDING_Y;
}

function drawHeaderRow(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  geometry: TableGeometry,
  y: number,
  height: number,
  theme: Theme,
): number {
  doc.save().rect(MARGIN, y, CONTENT_WIDTH, height).fill(theme.primaryTint).restore();
  drawCells(
    doc,
    columns.map((c) => c.header),
    columns,
    geometry,
    y,
    FONT.bold,
    theme.text,
  );
  line(doc, y + height, 1, theme.primary);
  return y + height;
}

function drawCells(
  doc: PDFKit.PDFDocument,
  cells: string[],
  columns: TableColumn[],
  geometry: TableGeometry,
  y: number,
  font: string,
  color: string,
): void {
  doc.font(font).fontSize(FONT_SIZE).fillColor(color);
  geometry.widths.forEach((width, i) => {
    doc.text(cells[i] ?? '', geometry.x[i]! + PADDING_X, y + PADDING_Y, {
      width: width - 2 * PADDING_X,
      align: columns[i]?.align ?? 'left',
      lineGap: LINE_GAP,
    });
  });
}

function line(doc: PDFKit.PDFDocument, y: number, width: number, color: string): void {
  doc
    .save()
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke()
    .restore();
}
