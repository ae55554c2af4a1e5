import { randomBytes } from 'node:crypto';

/** Length in bytes of every master key: AES-256 needs exactly 32. */
export const MASTER_KEY_BYTES = 32;

/**
 * Key ids travel in plain text next to every wrapped data key, so they must be short,
 * safe in logs and free of the `:` and `,` that separate ids, keys and list entries.
 */
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Canonical standard base64 (padding required), so typos are caught instead of silently dropped. */
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const FORMAT_HINT = `expected <key-id>:<base64 of ${MASTER_KEY_BYTES} bytes>`;

/**
 * A key-encryption key from the environment. It only ever wraps data keys; data is never
 * sealed with it directly, so rotating it means rewrapping small keys, not re-encrypting data.
 */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * Thrown when a wrapped data key names a master key that is not configured — usually an old key
 * was dropped from the "previous" list before every data key had been rewrapped.
 */
export class UnknownMasterKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`unknown master key "${keyId}": it is neither the current nor a previous master key`);
    this.name = 'UnknownMasterKeyError';
  }
}

/**
 * The current master key (used for all new wraps) plus the previous ones (kept only so old
 * wraps can still be opened until rotation has rewrapped them).
 */
export class MasterKeyring {
  private readonly byId = new Map<string, MasterKey>();

  constructor(
    readonly current: MasterKey,
    previous: MasterKey[],
  ) {
    for (const key of [current, ...previous]) {
      assertValidMasterKey(key);
      if (this.byId.has(key.id)) {
        // Two keys under one id would make it ambiguous which one opens a wrap.
        throw new Error(`duplicate master key id "${key.id}"`);
      }
      this.byId.set(key.id, key);
    }
  }

  /** The key a wrap was made with, by the id stored beside it. */
  get(id: string): MasterKey {
    const key = this.byId.get(id);
    if (!key) throw new UnknownMasterKeyError(id);
    return key;
  }

  /** All configured ids, current first. */
  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/**
 * Parses `<id>:<base64 of 32 bytes>`. Error messages describe the problem but never echo the
 * input, because a malformed value may still be (most of) a real key and errors end up in logs.
 */
export function parseMasterKey(raw: string): MasterKey {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) throw new Error(`${FORMAT_HINT}, got a value without ":"`);
  const id = text.slice(0, colon);
  const encoded = text.slice(colon + 1);
  if (!KEY_ID_PATTERN.test(id)) {
    throw new Error(`${FORMAT_HINT}, got a key id that is not 1-32 characters of A-Z a-z 0-9 _ -`);
  }
  if (encoded.length === 0 || !BASE64_PATTERN.test(encoded)) {
    throw new Error(`${FORMAT_HINT}, got a key for id "${id}" that is not valid base64`);
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`${FORMAT_HINT}, got a key of ${key.length} bytes for id "${id}"`);
  }
  return { id, key };
}

/**
 * Builds the keyring from two environment values: the current key and a comma-separated list of
 * previous keys (empty when there has been no rotation). Errors say which entry is wrong.
 */
export function parseMasterKeyring(current: string, previous: string): MasterKeyring {
  const currentKey = withContext('current master key', () => parseMasterKey(current));
  const previousKeys = previous
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry, index) =>
      withContext(`previous master key #${index + 1}`, () => parseMasterKey(entry)),
    );
  return new MasterKeyring(currentKey, previousKeys);
}

/**
 * Creates a new master key in its environment form. The default id carries the UTC date, so the
 * ids of successive rotations sort by age and say when each key was made.
 */
export function generateMasterKey(id: string = defaultMasterKeyId(new Date())): string {
  if (!KEY_ID_PATTERN.test(id)) {
    throw new Error('a master key id must be 1-32 characters of A-Z a-z 0-9 _ -');
  }
  return `${id}:${generateSecret(MASTER_KEY_BYTES)}`;
}

/** Random bytes as base64, for secrets such as the blind-index key. */
export function generateSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 1) {
    throw new Error(`a secret needs a positive whole number of bytes, got ${bytes}`);
  }
  return randomBytes(bytes).toString('base64');
}

/** `k` + the UTC date as yyyymmdd, e.g. `k20250314`. */
export function defaultMasterKeyId(now: Date): string {
  return `k${now.toISOString().slice(0, 10).replaceAll('-', '')}`;
}

function assertValidMasterKey(key: MasterKey): void {
  if (!KEY_ID_PATTERN.test(key.id)) {
    throw new Error('a master key id must be 1-32 characters of A-Z a-z 0-9 _ -');
  }
  if (key.key.length !== MASTER_KEY_BYTES) {
    throw new Error(
      `master key "${key.id}" must be ${MASTER_KEY_BYTES} bytes, got ${key.key.length}`,
    );
  }
}

function withContext<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Only our own messages are wrapped, and they are already free of key material.
    throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
  }
}
