import { Injectable } from '@nestjs/common';

/** Whose data a file is: picks the data key, so erasing a client's key erases their files. */
export interface FileCipherContext {
  organizationId?: string;
  clientId?: string;
}

/**
 * Encrypts file contents before they reach storage and decrypts them on the way back
 * (ARCHITECTURE.md, "Personal data": AES-256-GCM with a data key per client). Asynchronous
 * because an implementation fetches and unwraps data keys from the database.
 */
export interface FileCipher {
  encrypt(plaintext: Buffer, context: FileCipherContext): Promise<Buffer>;
  decrypt(ciphertext: Buffer, context: FileCipherContext): Promise<Buffer>;
}

/** Injection token of the FileCipher in use. */
export const FILE_CIPHER = Symbol('FILE_CIPHER');

/**
 * Stores bytes as they are. The default only until envelope encryption is plugged in under
 * FILE_CIPHER; FileService already routes every read and write through the token.
 */
@Injectable()
export class NoopFileCipher implements FileCipher {
  async encrypt(plaintext: Buffer): Promise<Buffer> {
    return plaintext;
  }

  async decrypt(ciphertext: Buffer): Promise<Buffer> {
    return ciphertext;
  }
}
