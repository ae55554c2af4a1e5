import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { MasterKeyring } from './master-keys';

/**
 * Layout of a sealed value: `[version][iv][tag][ciphertext]`. The version byte comes first so
 * the format can change later while values sealed today still open.
 */
const VERSION_1 = 0x01;
const VERSION_BYTES = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = VERSION_BYTES + IV_BYTES + TAG_BYTES;
const CIPHER = 'aes-256-gcm';

/** Length in bytes of every data key (AES-256). */
export const DATA_KEY_BYTES = 32;

/**
 * One error for every way opening can fail (wrong key, wrong AAD, truncated, altered, unknown
 * version). They are deliberately indistinguishable: callers cannot act on the difference, and
 * telling them apart would only help someone probing the ciphertexts.
 */
export class DecryptionError extends Error {
  constructor() {
    super('encrypted value does not belong to this key or was altered');
    this.name = 'DecryptionError';
  }
}

/** A data key wrapped by a master key, plus the id of that master key (stored beside it). */
export interface WrappedDataKey {
  masterKeyId: string;
  wrapped: Buffer;
}

/**
 * Encrypts with AES-256-GCM under a fresh random IV. The AAD is not stored but must be given
 * again to open: binding e.g. `patient:<id>:notes` stops a ciphertext being copied to another
 * row or column and still decrypting there.
 */
export function sealValue(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.from([VERSION_1]);
  const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
  // The version byte is authenticated too, so it cannot be flipped to reinterpret the value.
  cipher.setAAD(Buffer.concat([header, Buffer.from(aad, 'utf8')]));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]);
}

/** Reverses {@link sealValue}; throws {@link DecryptionError} unless key, AAD and bytes all match. */
export function openValue(key: Buffer, sealed: Buffer, aad: string): Buffer {
  assertKey(key);
  if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION_1) throw new DecryptionError();
  const iv = sealed.subarray(VERSION_BYTES, VERSION_BYTES + IV_BYTES);
  const tag = sealed.subarray(VERSION_BYTES + IV_BYTES, HEADER_BYTES);
  const ciphertext = sealed.subarray(HEADER_BYTES);
  try {
    const decipher = createDecipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.concat([sealed.subarray(0, VERSION_BYTES), Buffer.from(aad, 'utf8')]));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // node:crypto's own message ("Unsupported state or unable to authenticate data") says
    // nothing useful to callers; replace it with ours.
    throw new DecryptionError();
  }
}

/** {@link sealValue} for text, encoded as UTF-8. */
export function sealText(key: Buffer, text: string, aad: string): Buffer {
  return sealValue(key, Buffer.from(text, 'utf8'), aad);
}

/** {@link openValue} for text sealed with {@link sealText}. */
export function openText(key: Buffer, sealed: Buffer, aad: string): string {
  return openValue(key, sealed, aad).toString('utf8');
}

/** A fresh random data key: the key that actually encrypts data, stored only in wrapped form. */
export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/**
 * Wraps a data key with the ring's current master key. The AAD names the data key's own id, so a
 * wrapped key copied onto another key row will not unwrap there.
 */
export function wrapDataKey(
  ring: MasterKeyring,
  dataKeyId: string,
  dataKey: Buffer,
): WrappedDataKey {
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new Error(`a data key must be ${DATA_KEY_BYTES} bytes, got ${dataKey.length}`);
  }
  return {
    masterKeyId: ring.current.id,
    wrapped: sealValue(ring.current.key, dataKey, dataKeyAad(dataKeyId)),
  };
}

/**
 * Unwraps with whichever master key made the wrap, current or previous. Throws
 * UnknownMasterKeyError if that key is no longer configured, {@link DecryptionError} if the wrap
 * does not open.
 */
export function unwrapDataKey(
  ring: MasterKeyring,
  masterKeyId: string,
  wrapped: Buffer,
  dataKeyId: string,
): Buffer {
  const dataKey = openValue(ring.get(masterKeyId).key, wrapped, dataKeyAad(dataKeyId));
  // Authenticated, so this only fails for a wrap made by something other than wrapDataKey.
  if (dataKey.length !== DATA_KEY_BYTES) throw new DecryptionError();
  return dataKey;
}

/**
 * Moves a wrapped data key to the ring's current master key, for rotation: only the 32-byte key
 * is re-encrypted, never the data it protects. Once every row is rewrapped, the old master key
 * can leave the "previous" list.
 */
export function rewrapDataKey(
  ring: MasterKeyring,
  masterKeyId: string,
  wrapped: Buffer,
  dataKeyId: string,
): WrappedDataKey {
  const dataKey = unwrapDataKey(ring, masterKeyId, wrapped, dataKeyId);
  try {
    return wrapDataKey(ring, dataKeyId, dataKey);
  } finally {
    dataKey.fill(0);
  }
}

function dataKeyAad(dataKeyId: string): string {
  return `data-key:${dataKeyId}`;
}

function assertKey(key: Buffer): void {
  // A wrong-sized key is a programming error, not a bad ciphertext, so it is not a DecryptionError.
  if (key.length !== DATA_KEY_BYTES) {
    throw new Error(`an AES-256 key must be ${DATA_KEY_BYTES} bytes, got ${key.length}`);
  }
}
