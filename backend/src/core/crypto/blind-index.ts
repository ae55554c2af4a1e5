import { createHmac } from 'node:crypto';
import { nameTokens, normalizeExact } from './normalize';

/** Shortest name prefix that is indexed or searched: shorter ones match too many people. */
export const NAME_PREFIX_MIN = 3;
/** Longest name prefix indexed; longer queries are cut to this, so they still match. */
export const NAME_PREFIX_MAX = 24;
/**
 * Name hashes are truncated: a row stores many of them, and 128 bits is ample to keep
 * accidental collisions away while the full 256 bits would only add storage.
 */
export const NAME_HASH_BYTES = 16;
/** The index key must be at least as strong as the HMAC output it keys. */
export const INDEX_KEY_MIN_BYTES = 32;

/** Thrown when a name search has nothing long enough to look up. */
export class NameQueryTooShortError extends Error {
  readonly minLength = NAME_PREFIX_MIN;

  constructor() {
    super(`a name search needs at least one word of ${NAME_PREFIX_MIN} or more characters`);
    this.name = 'NameQueryTooShortError';
  }
}

/**
 * Keyed hashes (HMAC-SHA256) of normalised values, stored beside encrypted columns so rows can
 * be found by equality or name prefix without decrypting them and without the database ever
 * holding a plain value. Without the index key the hashes cannot be confirmed by guessing.
 *
 * Every hash takes a `domain` (e.g. `org:<uuid>:isikukood`) that is mixed into the input, so one
 * value gives unrelated hashes in different organisations or columns and indexes cannot be
 * joined across them. Use different domains for exact and name indexes.
 */
export class BlindIndexer {
  private readonly indexKey: Buffer;

  constructor(indexKey: Buffer) {
    if (indexKey.length < INDEX_KEY_MIN_BYTES) {
      throw new Error(
        `a blind-index key must be at least ${INDEX_KEY_MIN_BYTES} bytes, got ${indexKey.length}`,
      );
    }
    // A private copy, so the caller reusing or zeroing its buffer cannot change our hashes.
    this.indexKey = Buffer.from(indexKey);
  }

  /** Tokens a name is indexed and searched by; see {@link nameTokens}. */
  static nameTokens(text: string): string[] {
    return nameTokens(text);
  }

  /**
   * Full 32-byte hash for exact lookups of identifiers. Empty values are refused: every empty
   * value would share one hash, which finds nothing useful.
   */
  exact(domain: string, value: string): Buffer {
    const normalized = normalizeExact(value);
    if (normalized.length === 0) throw new Error('cannot index an empty value');
    return this.hmac(domain, normalized);
  }

  /**
   * What a row stores for a name: a hash of every prefix (3 to 24 characters) of every token, so
   * a search for "Tam" finds "Tamm" and "Tammik". Tokens under 3 characters add nothing.
   */
  namePrefixes(domain: string, text: string): Buffer[] {
    const hashes: Buffer[] = [];
    for (const token of nameTokens(text)) {
      const chars = Array.from(token);
      const longest = Math.min(chars.length, NAME_PREFIX_MAX);
      for (let length = NAME_PREFIX_MIN; length <= longest; length++) {
        hashes.push(this.nameHash(domain, chars.slice(0, length).join('')));
      }
    }
    return dedupe(hashes);
  }

  /**
   * What a name search looks up: one hash per query token of 3+ characters (cut to 24). A row
   * matches when its {@link namePrefixes} contain every one of them. Shorter tokens are ignored;
   * if nothing is left, {@link NameQueryTooShortError} is thrown rather than matching everyone.
   */
  nameQuery(domain: string, query: string): Buffer[] {
    const tokens = nameTokens(query)
      .map((token) => Array.from(token))
      .filter((chars) => chars.length >= NAME_PREFIX_MIN);
    if (tokens.length === 0) throw new NameQueryTooShortError();
    return dedupe(
      tokens.map((chars) => this.nameHash(domain, chars.slice(0, NAME_PREFIX_MAX).join(''))),
    );
  }

  private nameHash(domain: string, prefix: string): Buffer {
    return this.hmac(domain, prefix).subarray(0, NAME_HASH_BYTES);
  }

  private hmac(domain: string, value: string): Buffer {
    // The NUL separator keeps (domain, value) pairs unambiguous, so domains must not contain it.
    if (domain.length === 0 || domain.includes('\u0000')) {
      throw new Error('a blind-index domain must be non-empty and must not contain NUL');
    }
    return createHmac('sha256', this.indexKey).update(`${domain}\u0000${value}`, 'utf8').digest();
  }
}

function dedupe(hashes: Buffer[]): Buffer[] {
  const seen = new Set<string>();
  return hashes.filter((hash) => {
    const hex = hash.toString('hex');
    if (seen.has(hex)) return false;
    seen.add(hex);
    return true;
  });
}
