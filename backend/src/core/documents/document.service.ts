import { Injectable } from '@nestjs/common';
import { Locale, ValidationMessageKey } from '@reha/shared';
import PDFDocument from 'pdfkit';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';
import { BrandedDocument, DocumentBlock } from './branded-document';
import { drawHeading, drawMeta, drawParagraph, drawSignatures, drawTitle } from './flow-blocks';
import { OpenedImage, openImage, stampPageFrames } from './page-frame';
import {
  BODY,
  DEFAULT_PRIMARY_COLOR,
  HEX_COLOR,
  MARGIN,
  PAGE,
  Theme,
  themeFor,
} from './page-layout';
import { registerFonts } from './pdf-fonts';
import { drawTable } from './table-block';

const PDF_LANGUAGE: Record<Locale, string> = { et: 'et-EE', en: 'en', ru: 'ru' };

/**
 * The one PDF renderer: every letter, confirmation and report leaves Reha in the sending
 * organization's branding, A4 with 2 cm margins, in DejaVu Sans so Estonian and Russian print.
 */
@Injectable()
export class DocumentService {
  constructor(private readonly clock: Clock) {}

  async render(document: BrandedDocument): Promise<Buffer> {
    const theme = themeFor(this.primaryColor(document));
    const doc = new PDFDocument({
      size: [PAGE.width, PAGE.height],
      margins: { top: BODY.top, bottom: PAGE.height - BODY.bottom, left: MARGIN, right: MARGIN },
      // Pages stay in memory until the end, when the header and "page n of total" are stamped.
      bufferPages: true,
      lang: PDF_LANGUAGE[document.locale],
      displayTitle: true,
      info: {
        Title: document.title,
        Author: document.branding.organizationName,
        Creator: 'Reha',
        CreationDate: this.clock.now(),
      },
    });
    const output = collect(doc);
    try {
      registerFonts(doc);
      const logo = document.branding.logo ? this.openLogo(doc, document.branding.logo) : undefined;

      drawTitle(doc, document.title, theme);
      if (document.meta?.length) drawMeta(doc, document.meta, theme);
      for (const block of document.blocks) drawBlock(doc, block, theme);

      stampPageFrames(doc, document.branding, document.locale, theme, logo);
      doc.flushPages();
    } finally {
      doc.end();
    }
    return output;
  }

  private primaryColor(document: BrandedDocument): string {
    const color = document.branding.primaryColor;
    if (color === undefined) return DEFAULT_PRIMARY_COLOR;
    if (!HEX_COLOR.test(color)) {
      throw AppError.badInput([
        { field: 'branding.primaryColor', key: ValidationMessageKey.INVALID_FORMAT },
      ]);
    }
    return color;
  }

  private openLogo(doc: PDFKit.PDFDocument, logo: Buffer): OpenedImage {
    try {
      return openImage(doc, logo);
    } catch {
      // pdfkit reads PNG and JPEG only; anything else is refused here rather than half-printed.
      throw AppError.badInput([
        { field: 'branding.logo', key: ValidationMessageKey.INVALID_FORMAT },
      ]);
    }
  }
}

function drawBlock(doc: PDFKit.PDFDocument, block: DocumentBlock, theme: Theme): void {
  switch (block.type) {
    case 'heading':
      return drawHeading(doc, block.text, theme);
    case 'paragraph':
      return drawParagraph(doc, block.text, theme);
    case 'table':
      return drawTable(doc, block.columns, block.rows, block.total, theme);
    case 'signature':
      return drawSignatures(doc, block.lines, theme);
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
