import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, ValidationMessageKey } from '@reha/shared';
import { AppError } from '../errors/app-error';
import { FileStorage } from './file-storage';

// Segments of letters, digits, `.`, `_`, `-`, none starting with a dot: no `..`, no absolute
// paths, no backslashes, no hidden files (the temporary files below start with a dot).
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

/** FileStorage in a folder on the local disk: the single-machine default. */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, content: Buffer | Readable): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written beside the target and renamed into place, so a reader never sees half a file.
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
    try {
      if (Buffer.isBuffer(content)) await writeFile(temporary, content, { flag: 'wx' });
      else await pipeline(content, createWriteStream(temporary, { flags: 'wx' }));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) throw new AppError(ErrorCode.NOT_FOUND);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private pathOf(key: string): string {
    const file = path.resolve(this.root, key);
    // The pattern already rules out escaping the root; the prefix check guards the pattern.
    if (key.length > MAX_KEY_LENGTH || !KEY.test(key) || !file.startsWith(this.root + path.sep)) {
      throw AppError.badInput([{ field: 'key', key: ValidationMessageKey.INVALID_FORMAT }]);
    }
    return file;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
