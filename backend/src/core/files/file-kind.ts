/**
 * The kinds of file Reha accepts, each with the extensions and MIME types that may declare it.
 * A caller names the kinds it allows (`allowed: ['pdf', 'png', 'jpeg']`); FileService checks the
 * name, the declared MIME type and the real content against this table.
 */
export type FileKind =
  'png' | 'jpeg' | 'gif' | 'pdf' | 'svg' | 'xlsx' | 'docx' | 'zip' | 'csv' | 'text';

export interface FileKindSpec {
  /** The MIME type files of this kind are stored and served with. */
  mime: string;
  /** Other MIME types browsers send for this kind. */
  alsoDeclaredAs: readonly string[];
  extensions: readonly string[];
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindSpec>> = {
  png: { mime: 'image/png', alsoDeclaredAs: [], extensions: ['png'] },
  jpeg: {
    mime: 'image/jpeg',
    alsoDeclaredAs: ['image/pjpeg', 'image/jpg'],
    extensions: ['jpg', 'jpeg'],
  },
  gif: { mime: 'image/gif', alsoDeclaredAs: [], extensions: ['gif'] },
  pdf: { mime: 'application/pdf', alsoDeclaredAs: ['application/x-pdf'], extensions: ['pdf'] },
  svg: { mime: 'image/svg+xml', alsoDeclaredAs: [], extensions: ['svg'] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    alsoDeclaredAs: [],
    extensions: ['xlsx'],
  },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    alsoDeclaredAs: [],
    extensions: ['docx'],
  },
  zip: {
    mime: 'application/zip',
    alsoDeclaredAs: ['application/x-zip-compressed', 'application/x-zip'],
    extensions: ['zip'],
  },
  // Windows browsers declare .csv as application/vnd.ms-excel when Excel is installed.
  csv: {
    mime: 'text/csv',
    alsoDeclaredAs: [
      'application/csv',
      'text/x-csv',
      'text/comma-separated-values',
      'application/vnd.ms-excel',
      'text/plain',
    ],
    extensions: ['csv'],
  },
  text: { mime: 'text/plain', alsoDeclaredAs: [], extensions: ['txt'] },
};

/** The kind a file name's extension claims, or null when the extension is missing or unknown. */
export function kindFromFileName(fileName: string): FileKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0 || dot === fileName.length - 1) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  for (const [kind, spec] of Object.entries(FILE_KINDS) as [FileKind, FileKindSpec][]) {
    if (spec.extensions.includes(extension)) return kind;
  }
  return null;
}

/** Whether a declared MIME type (parameters such as `; charset=utf-8` ignored) fits the kind. */
export function mimeFitsKind(declaredMime: string, kind: FileKind): boolean {
  const mime = declaredMime.split(';')[0]!.trim().toLowerCase();
  const spec = FILE_KINDS[kind];
  return mime === spec.mime || spec.alsoDeclaredAs.includes(mime);
}
