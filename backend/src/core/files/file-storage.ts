import { Readable } from 'node:stream';

/**
 * Where file bytes live. Local disk by default; an S3-compatible store implements the same four
 * calls. Keys are `/`-separated paths of letters, digits, `.`, `_` and `-` (no segment starts
 * with a dot); they are made by FileService and hold no personal data.
 * Callers hand it bytes that have already been through the FileCipher.
 */
export interface FileStorage {
  put(key: string, content: Buffer | Readable): Promise<void>;
  /** Throws AppError NOT_FOUND when nothing is stored under the key. */
  get(key: string): Promise<Buffer>;
  /** Removing a key that holds nothing is not an error: deletion is retried after crashes. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Injection token of the FileStorage in use. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');
