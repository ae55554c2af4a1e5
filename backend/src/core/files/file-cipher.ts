/** Whose data a file is: picks the data key, so erasing a client's key erases their files. */
export interface FileCipherContext {
  organizationId?: string;
  clientId?: string;
  /** The client's data key (personal files); the organization's own key when omitted. */
  dataKeyId?: string;
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
