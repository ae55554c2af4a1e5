import { ErrorCode } from '@reha/shared';
import { AppError } from '../errors/app-error';
import { DetectedContent, detectContent } from './file-signature';
import { FileKind, kindFromFileName, mimeFitsKind } from './file-kind';

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
 * Error parameters carry kinds and sizes only, never the file name: names of uploaded files
 * often contain a client's name.
 */
export function acceptUpload(upload: UploadToCheck): FileKind {
  const { buffer, allowed, maxBytes } = upload;
  if (buffer.length > maxBytes) {
    throw new AppError(ErrorCode.FILE_TOO_LARGE, { maxBytes, size: buffer.length });
  }

  const notAllowed = () => new AppError(ErrorCode.FILE_TYPE_NOT_ALLOWED, { allowed: allowed.join(', ') });
  const detected = detectContent(buffer);
  if (detected === 'executable' || detected === 'html' || detected === 'unknown') throw notAllowed();

  const claimed = kindFromFileName(upload.declaredName);
  if (claimed === null || !allowed.includes(claimed)) throw notAllowed();

  const mismatch = () => new AppError(ErrorCode.FILE_CONTENT_MISMATCH, { declared: claimed, detected });
  if (!contentIsOfKind(detected, claimed)) throw mismatch();
  const mime = upload.declaredMime?.split(';')[0]!.trim().toLowerCase() ?? '';
  if (!UNINFORMATIVE_MIMES.includes(mime) && !mimeFitsKind(mime, claimed)) throw mismatch();

  return claimed;
}

function contentIsOfKind(detected: DetectedContent, kind: FileKind): boolean {
  if (detected === 'text') return kind === 'text' || kind === 'csv';
  return detected === kind;
}
