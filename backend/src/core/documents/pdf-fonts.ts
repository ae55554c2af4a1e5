import { readFileSync } from 'node:fs';

/**
 * DejaVu Sans covers Estonian (õ ä ö ü š ž) and Cyrillic; the PDF standard fonts cover neither.
 * pdfkit embeds only the glyphs a document uses.
 */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

const FONT_FILES: Record<keyof typeof FONT, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

let fontData: Record<keyof typeof FONT, Buffer> | undefined;

/** The font files, read once per process. */
export function fontFiles(): Record<keyof typeof FONT, Buffer> {
  fontData ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return fontData;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const files = fontFiles();
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);
  doc.font(FONT.regular);
}
