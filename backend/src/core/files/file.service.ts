import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError } from '../errors/app-error';
import { acceptUpload } from './file-acceptance';
import { FILE_CIPHER, type FileCipher, type FileCipherContext } from './file-cipher';
import { FILE_KINDS, FileKind } from './file-kind';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { SvgSanitizer } from './svg-sanitizer';

export interface StoreFileInput {
  buffer: Buffer;
  /**
   * The name the uploader gave: its extension is what the file claims to be, and error messages
   * name it for the uploader. It is neither stored nor logged here.
   */
  declaredName: string;
  /** The Content-Type the uploader sent, if any. */
  declaredMime?: string;
  /** The kinds this upload may be, e.g. `['pdf', 'png', 'jpeg']`. */
  allowed: readonly FileKind[];
  /** Largest accepted size in bytes; UPLOAD_LIMIT when omitted. */
  maxBytes?: number;
  /** Whose data the file is: chooses the encryption key and the storage folder. */
  owner?: FileCipherContext;
}

export interface StoredFile {
  /** Storage key; record it with the owning row. */
  key: string;
  kind: FileKind;
  /** The MIME type to serve the file with (from its kind, never from the uploader). */
  mime: string;
  /** Size of the stored content in bytes (after SVG sanitising, before encryption). */
  size: number;
  /** Hex SHA-256 of the same content: for integrity checks and duplicate detection. */
  sha256: string;
}

/**
 * The one way files enter and leave Reha: checks size and real type, sanitises SVG, and
 * passes every byte through the FileCipher on its way to and from storage.
 */
@Injectable()
export class FileService {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILE_CIPHER) private readonly cipher: FileCipher,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'uploadLimitBytes'>,
    private readonly svgSanitizer: SvgSanitizer,
  ) {}

  async store(input: StoreFileInput): Promise<StoredFile> {
    const kind = acceptUpload({
      ...input,
      maxBytes: input.maxBytes ?? this.config.uploadLimitBytes,
    });
    const content = kind === 'svg' ? this.sanitizeSvg(input.buffer) : input.buffer;
    const owner = input.owner ?? {};
    // Random keys: guessing one gains nothing, and no name or client identifier reaches the disk.
    const key = `${owner.organizationId ?? 'platform'}/${randomUUID()}`;
    await this.storage.put(key, await this.cipher.encrypt(content, owner));
    return {
      key,
      kind,
      mime: FILE_KINDS[kind].mime,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
  }

  /** The stored content, decrypted with the same owner it was stored with. */
  async read(key: string, owner: FileCipherContext = {}): Promise<Buffer> {
    return this.cipher.decrypt(await this.storage.get(key), owner);
  }

  async delete(key: string): Promise<void> {
    await this.storage.delete(key);
  }

  private sanitizeSvg(buffer: Buffer): Buffer {
    const clean = this.svgSanitizer.sanitize(buffer.toString('utf8'));
    if (clean === null)
      throw new AppError(ErrorCode.FILE_CONTENT_MISMATCH, { declared: 'svg', detected: 'unknown' });
    return Buffer.from(clean, 'utf8');
  }
}
