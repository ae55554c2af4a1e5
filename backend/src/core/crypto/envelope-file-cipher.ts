import { Injectable } from '@nestjs/common';
import { Db } from '../tenancy/db';
import { DataKeys } from './data-keys';
import { openValue, sealValue } from './envelope';
import type { FileCipher, FileCipherContext } from '../files/file-cipher';

const MAGIC = Buffer.from('RHF1');
const AAD = 'file';

/** A stored file whose data key was shredded: its owner was erased. */
export class ErasedFileError extends Error {
  constructor() {
    super('the file belongs to erased data and can no longer be read');
    this.name = 'ErasedFileError';
  }
}

/**
 * Files at rest: AES-256-GCM under the client's data key (or the organization's own key for
 * files of no client). The stored object starts with the data key id, so reading needs no
 * side lookup, and shredding the key makes every copy unreadable.
 */
@Injectable()
export class EnvelopeFileCipher implements FileCipher {
  constructor(
    private readonly keys: DataKeys,
    private readonly db: Db,
  ) {}

  async encrypt(plaintext: Buffer, context: FileCipherContext): Promise<Buffer> {
    const manager = this.db.manager;
    const keyId = context.dataKeyId ?? (await this.keys.organizationKey(manager));
    const key = await this.keys.get(manager, keyId);
    if (!key) throw new ErasedFileError();
    const id = Buffer.from(keyId.replace(/-/g, ''), 'hex');
    return Buffer.concat([MAGIC, id, sealValue(key, plaintext, AAD)]);
  }

  async decrypt(stored: Buffer): Promise<Buffer> {
    if (stored.length < 20 || !stored.subarray(0, 4).equals(MAGIC)) {
      throw new Error('stored file is not in the encrypted format');
    }
    const hex = stored.subarray(4, 20).toString('hex');
    const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const key = await this.keys.get(this.db.manager, keyId);
    if (!key) throw new ErasedFileError();
    return openValue(key, stored.subarray(20), AAD);
  }
}
