import { Locale } from '@reha/shared';
import { DocumentBranding } from './branded-document';
import { DOCUMENT_LABELS, pageLabel } from './document-labels';
import { CONTENT_WIDTH, FOOTER, HEADER, MARGIN, Theme } from './page-layout';
import { FONT } from './pdf-fonts';

/** An image pdfkit has opened: drawing the same object on every page embeds it once. */
export interface OpenedImage {
  width: number;
  height: number;
}

export function openImage(doc: PDFKit.PDFDocument, data: Buffer): OpenedImage {
  // `openImage` exists in pdfkit but not in its typings.
  return (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(data);
}

/**
 * Draws the letterhead and the footer on every page once the content is laid out, because only
 * then is the page total known ("Lk 1 / 3"). Needs a document created with `bufferPages: true`.
 */
export function stampPageFrames(
  doc: PDFKit.PDFDocument,
  branding: DocumentBranding,
  locale: Locale,
  theme: Theme,
  logo: OpenedImage | undefined,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing in the bottom margin would otherwise make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawHeader(doc, branding, theme, logo);
    drawFooter(doc, branding, locale, theme, pageLabel(locale, i - start + 1, count));
    doc.page.margins.bottom = bottomMargin;
  }
}

function drawHeader(
  doc: PDFKit.PDFDocument,
  branding: DocumentBranding,
  theme: Theme,
  logo: OpenedImage | undefined,
): void {
  const right = MARGIN + CONTENT_WIDTH;
  if (logo) {
    const scale = Math.min(HEADER.logoMaxWidth / logo.width, HEADER.logoMaxHeight / logo.height);
    const height = logo.height * scale;
    const y = HEADER.top + (HEADER.logoMaxHeight - height) / 2;
    doc.image(logo as unknown as Buffer, MARGIN, y, { width: logo.width * scale, height });
  }

  // With a logo the name goes to the right, as on letter paper; without one it leads on the left.
  const align = logo ? 'right' : 'left';
  const nameWidth = logo ? CONTENT_WIDTH - HEADER.logoMaxWidth - 12 : CONTENT_WIDTH;
  const nameX = right - nameWidth;
  doc
    .font(FONT.bold)
    .fontSize(logo ? 11.5 : 14)
    .fillColor(logo ? theme.text : theme.primary);
  doc.text(branding.organizationName, nameX, HEADER.top + (branding.address ? 2 : 10), {
    width: nameWidth,
    align,
    lineBreak: false,
    ellipsis: true,
  });
  if (branding.address) {
    doc.font(FONT.regular).fontSize(8.5).fillColor(theme.muted);
    doc.text(branding.address, nameX, doc.y + 3, {
      width: nameWidth,
      align,
      lineBreak: false,
      ellipsis: true,
    });
  }

  doc
    .save()
    .moveTo(MARGIN, HEADER.ruleY)
    .lineTo(right, HEADER.ruleY)
    .lineWidth(1.5)
    .strokeColor(theme.primary)
    .stroke()
    .restore();
}

function drawFooter(
  doc: PDFKit.PDFDocument,
  branding: DocumentBranding,
  locale: Locale,
  theme: Theme,
  page: string,
): void {
  const right = MARGIN + CONTENT_WIDTH;
  doc
    .save()
    .moveTo(MARGIN, FOOTER.ruleY)
    .lineTo(right, FOOTER.ruleY)
    .lineWidth(0.5)
    .strokeColor(theme.rule)
    .stroke()
    .restore();

  const textY = FOOTER.ruleY + 6;
  // The registry code first: a trader's letters and documents must carry it (Äriseadustik), while
  // a long footer text may be cut short.
  const parts = [
    branding.registryCode
      ? `${DOCUMENT_LABELS[locale].registryCode} ${branding.registryCode}`
      : undefined,
    branding.footerText,
  ].filter((part): part is string => Boolean(part));
  doc.font(FONT.regular).fontSize(7.5).fillColor(theme.muted);
  if (parts.length > 0) {
    // At most two lines, so the footer never grows into the page edge.
    const width = CONTENT_WIDTH - FOOTER.pageNumberWidth;
    doc.text(parts.join('  ·  '), MARGIN, textY, { width, height: 20, ellipsis: true, lineGap: 1 });
  }
  doc.text(page, right - FOOTER.pageNumberWidth, textY, {
    width: FOOTER.pageNumberWidth,
    align: 'right',
    lineBreak: false,
  });
}
