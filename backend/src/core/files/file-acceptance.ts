import { ErrorCode } from '@reha/shared';
import { AppError } from '../errors/app-error';
import { DetectedContent, detectContent } from './file-signature';
import { FILE_KINDS, FileKind, kindFromFileName, mimeFitsKind } from './file-kind';

export interface UploadToCheck {
  buffer: Buffer;
  declaredName: string;
  declaredMime?: string;
  allowed: readonly FileKind[];
  maxBytes: number;
}

// What browsers send when they do not know the type: says nothing, so it cannot contradict.
const UNINFORMATIVE_MIMES = ['', 'application/octet-stream', 'binary/octet-stream'];

/**
 * Decides whether an upload is accepted and as what kind; throws AppError otherwise.
 * The name's extension decides what the file claims to be (it is what a person will open it
 * with), the bytes decide what it is, and the two must agree:
 * - FILE_TOO_LARGE: more than `maxBytes`;
 * - FILE_TYPE_NOT_ALLOWED: a program or script, HTML, an unrecognised format, or a kind the
 *   caller does not allow;
 * - FILE_CONTENT_MISMATCH: the bytes or the declared MIME type say something else than the name.
 * The error parameters name the file so the uploader can tell which one failed: file names often
 * contain a client's name, so they are for the uploader's eyes and must never be logged.
 */
export function acceptUpload(upload: UploadToCheck): FileKind {
  const { buffer, allowed, maxBytes } = upload;
  const fileName = displayName(upload.declaredName);
  if (buffer.length > maxBytes) {
    throw new AppError(ErrorCode.FILE_TOO_LARGE, {
      fileName,
      // Rounded so that the size shown is never at or under the maximum shown.
      size: formatSize(buffer.length, Math.ceil),
      max: formatSize(maxBytes, Math.floor),
      sizeBytes: buffer.length,
      maxBytes,
    });
  }

  const notAllowed = () =>
    new AppError(ErrorCode.FILE_TYPE_NOT_ALLOWED, {
      fileName,
      allowed: allowed.map(describeKind).join(', '),
    });
  const detected = detectContent(buffer);
  if (detected === 'executable' || detected === 'html' || detected === 'unknown')
    throw notAllowed();

  const claimed = kindFromFileName(upload.declaredName);
  if (claimed === null || !allowed.includes(claimed)) throw notAllowed();

  const mismatch = () =>
    new AppError(ErrorCode.FILE_CONTENT_MISMATCH, { fileName, declared: claimed, detected });
  if (!contentIsOfKind(detected, claimed)) throw mismatch();
  const mime = upload.declaredMime?.split(';')[0]!.trim().toLowerCase() ?? '';
  if (!UNINFORMATIVE_MIMES.includes(mime) && !mimeFitsKind(mime, claimed)) throw mismatch();

  return claimed;
}

/** The name without any folder some browsers prepend (`C:\fakepath\…`), shortened for a message. */
function displayName(declaredName: string): string {
  const base = declaredName.split(/[\\/]/).pop() ?? '';
  return base.length > 100 ? `${base.slice(0, 99)}…` : base;
}

function formatSize(bytes: number, round: (n: number) => number): string {
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** How a kind is named to people: by the extensions they know it by. */
function describeKind(kind: FileKind): string {
  return FILE_KINDS[kind].extensions.map((extension) => extension.toUpperCase()).join('/');
}

function contentIsOfKind(detected: DetectedContent, kind: FileKind): boolean {
  if (detected === 'text') return kind === 'text' || kind === 'csv';
  return detected === kind;
}
