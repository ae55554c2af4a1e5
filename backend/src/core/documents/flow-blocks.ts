import { BODY, CONTENT_WIDTH, MARGIN, Theme } from './page-layout';
import { FONT } from './pdf-fonts';

/** Text blocks that flow down the page: the title, the key facts, headings, paragraphs, signatures. */

export function drawTitle(doc: PDFKit.PDFDocument, title: string, theme: Theme): void {
  doc.font(FONT.bold).fontSize(17).fillColor(theme.text);
  doc.text(title, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.y += 10;
}

const META_LABEL_WIDTH = 130;

/** Label and value pairs ("Klient", "Periood") in two aligned columns. */
export function drawMeta(
  doc: PDFKit.PDFDocument,
  meta: Array<{ label: string; value: string }>,
  theme: Theme,
): void {
  const valueWidth = CONTENT_WIDTH - META_LABEL_WIDTH;
  for (const { label, value } of meta) {
    doc.font(FONT.regular).fontSize(9);
    const labelHeight = doc.heightOfString(label, { width: META_LABEL_WIDTH - 10 });
    doc.fontSize(10);
    const valueHeight = doc.heightOfString(value, { width: valueWidth });
    const height = Math.max(labelHeight + 1, valueHeight);
    if (doc.y + height > BODY.bottom) doc.addPage();
    const y = doc.y;
    doc
      .fontSize(9)
      .fillColor(theme.muted)
      .text(label, MARGIN, y + 1, { width: META_LABEL_WIDTH - 10 });
    doc
      .fontSize(10)
      .fillColor(theme.text)
      .text(value, MARGIN + META_LABEL_WIDTH, y, { width: valueWidth });
    doc.y = y + height + 4;
  }
  doc.y += 12;
}

/** Space a heading needs below it, so it never ends a page without its text. */
const HEADING_KEEP_WITH_NEXT = 48;

export function drawHeading(doc: PDFKit.PDFDocument, text: string, theme: Theme): void {
  doc.font(FONT.bold).fontSize(12);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH });
  const atTop = doc.y <= BODY.top + 1;
  if (doc.y + 8 + height + HEADING_KEEP_WITH_NEXT > BODY.bottom) doc.addPage();
  else if (!atTop) doc.y += 8;
  doc.fillColor(theme.primary).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.y += 5;
}

export function drawParagraph(doc: PDFKit.PDFDocument, text: string, theme: Theme): void {
  doc.font(FONT.regular).fontSize(10).fillColor(theme.text);
  // pdfkit carries a long paragraph onto the next page by itself, within the page margins.
  doc.text(text, MARGIN, doc.y, { width: CONTENT_WIDTH, lineGap: 2.5, paragraphGap: 4 });
  doc.y += 6;
}

const SIGNATURE = { columns: 2, gap: 30, signingSpace: 38, captionSpace: 30 } as const;

/** A line to sign on for each signer, two side by side, kept together on one page. */
export function drawSignatures(doc: PDFKit.PDFDocument, lines: string[], theme: Theme): void {
  const width = (CONTENT_WIDTH - SIGNATURE.gap * (SIGNATURE.columns - 1)) / SIGNATURE.columns;
  const rowHeight = SIGNATURE.signingSpace + SIGNATURE.captionSpace;
  const rows = Math.ceil(lines.length / SIGNATURE.columns);
  if (doc.y + 10 + rows * rowHeight > BODY.bottom) doc.addPage();
  else doc.y += 10;

  const top = doc.y;
  lines.forEach((caption, i) => {
    const x = MARGIN + (i % SIGNATURE.columns) * (width + SIGNATURE.gap);
    const lineY = top + Math.floor(i / SIGNATURE.columns) * rowHeight + SIGNATURE.signingSpace;
    doc
      .save()
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.6)
      .strokeColor(theme.muted)
      .stroke()
      .restore();
    doc.font(FONT.regular).fontSize(9).fillColor(theme.text);
    doc.text(caption, x, lineY + 4, { width, height: SIGNATURE.captionSpace - 4, ellipsis: true });
  });
  doc.x = MARGIN;
  doc.y = top + rows * rowHeight;
}
