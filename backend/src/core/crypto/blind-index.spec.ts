import { createHmac, randomBytes } from 'node:crypto';
import { BlindIndexer, NameQueryTooShortError } from './blind-index';

const hex = (hashes: Buffer[]): string[] => hashes.map((hash) => hash.toString('hex'));

describe('BlindIndexer', () => {
  const key = randomBytes(32);
  const indexer = new BlindIndexer(key);
  const ORG_A = 'org:4a3f0a9e-0000-4000-8000-000000000001:name';
  const ORG_B = 'org:4a3f0a9e-0000-4000-8000-000000000002:name';

  describe('construction', () => {
    it('requires a key of at least 32 bytes', () => {
      expect(() => new BlindIndexer(randomBytes(31))).toThrow(/at least 32 bytes, got 31/);
      expect(() => new BlindIndexer(randomBytes(64))).not.toThrow();
    });

    it('keeps its own copy of the key', () => {
      const mine = randomBytes(32);
      const own = new BlindIndexer(mine);
      const before = own.exact('d', 'x');
      mine.fill(0);
      expect(own.exact('d', 'x').equals(before)).toBe(true);
    });
  });

  describe('exact', () => {
    it('is HMAC-SHA256 of domain NUL normalised value, all 32 bytes', () => {
      const expected = createHmac('sha256', key).update('org:1:ik\u000049001010000').digest();
      const hash = indexer.exact('org:1:ik', '49001010000');
      expect(hash).toHaveLength(32);
      expect(hash.equals(expected)).toBe(true);
    });

    it('matches the same identifier however it was typed', () => {
      const canonical = indexer.exact('org:1:reg', 'EE12345');
      expect(indexer.exact('org:1:reg', ' ee 123 45 ').equals(canonical)).toBe(true);
      expect(indexer.exact('org:1:reg', 'EE12346').equals(canonical)).toBe(false);
    });

    it('gives different hashes for the same code in two organisations', () => {
      const a = indexer.exact('org:a:isikukood', '49001010000');
      const b = indexer.exact('org:b:isikukood', '49001010000');
      expect(a.equals(b)).toBe(false);
    });

    it('gives different hashes under a different index key', () => {
      const other = new BlindIndexer(randomBytes(32));
      expect(other.exact('d', 'x').equals(indexer.exact('d', 'x'))).toBe(false);
    });

    it('keeps domain and value apart', () => {
      // Without a separator "ab"+"c" and "a"+"bc" would hash the same input.
      expect(indexer.exact('ab', 'C').equals(indexer.exact('a', 'BC'))).toBe(false);
    });

    it('refuses empty values and bad domains', () => {
      expect(() => indexer.exact('d', '   ')).toThrow(/empty/);
      expect(() => indexer.exact('', 'x')).toThrow(/domain/);
      expect(() => indexer.exact('a\u0000b', 'x')).toThrow(/domain/);
    });
  });

  describe('nameTokens', () => {
    it('is available on the class', () => {
      expect(BlindIndexer.nameTokens('Mari-Liis Õun')).toEqual(['mari', 'liis', 'oun']);
    });
  });

  describe('namePrefixes', () => {
    it('hashes every prefix of 3..n characters, truncated to 16 bytes', () => {
      const hashes = indexer.namePrefixes(ORG_A, 'Tamm');
      expect(hashes).toHaveLength(2); // "tam", "tamm"
      const tam = createHmac('sha256', key).update(`${ORG_A}\u0000tam`).digest().subarray(0, 16);
      expect(hashes[0].equals(tam)).toBe(true);
      for (const hash of hashes) expect(hash).toHaveLength(16);
    });

    it('indexes every token and skips tokens under 3 characters', () => {
      // "mari": mar, mari; "liis": lii, liis; "jo" and "a": nothing.
      expect(indexer.namePrefixes(ORG_A, 'Mari-Liis Jo A')).toHaveLength(4);
      expect(indexer.namePrefixes(ORG_A, 'Jo A')).toEqual([]);
      expect(indexer.namePrefixes(ORG_A, '')).toEqual([]);
    });

    it('stops at 24 characters', () => {
      const long = 'a'.repeat(10) + 'b'.repeat(30);
      expect(indexer.namePrefixes(ORG_A, long)).toHaveLength(24 - 3 + 1);
    });

    it('removes duplicates across tokens', () => {
      // "tamm" and "tammik" share "tam" and "tamm".
      const hashes = hex(indexer.namePrefixes(ORG_A, 'Tamm Tammik'));
      expect(hashes).toHaveLength(2 + 2);
      expect(new Set(hashes).size).toBe(hashes.length);
    });

    it('depends on the domain', () => {
      const a = hex(indexer.namePrefixes(ORG_A, 'Tamm'));
      const b = hex(indexer.namePrefixes(ORG_B, 'Tamm'));
      expect(a.some((hash) => b.includes(hash))).toBe(false);
    });
  });

  describe('nameQuery', () => {
    const matches = (query: string, name: string, domain = ORG_A): boolean => {
      const stored = new Set(hex(indexer.namePrefixes(domain, name)));
      return hex(indexer.nameQuery(domain, query)).every((hash) => stored.has(hash));
    };

    it('"Tam" matches Tamm and Tammik but not Kask', () => {
      const [tam] = hex(indexer.nameQuery(ORG_A, 'Tam'));
      expect(hex(indexer.namePrefixes(ORG_A, 'Tamm'))).toContain(tam);
      expect(hex(indexer.namePrefixes(ORG_A, 'Tammik'))).toContain(tam);
      expect(hex(indexer.namePrefixes(ORG_A, 'Kask'))).not.toContain(tam);
    });

    it('matches without accents, in any case, and either part of a double name', () => {
      expect(matches('tserno', 'Tšernõšova')).toBe(true);
      expect(matches('TŠERNÕŠOVA', 'Tsernosova')).toBe(true);
      expect(matches('oun', 'Õun')).toBe(true);
      expect(matches('liis', 'Mari-Liis Tamm')).toBe(true);
      expect(matches('Mari Tamm', 'Mari-Liis Tamm')).toBe(true);
      expect(matches('Mari Kask', 'Mari-Liis Tamm')).toBe(false);
    });

    it('gives one 16-byte hash per token of 3+ characters, ignoring shorter ones', () => {
      const hashes = indexer.nameQuery(ORG_A, 'Jo Tam A');
      expect(hashes).toHaveLength(1);
      expect(hashes[0].equals(indexer.nameQuery(ORG_A, 'tam')[0])).toBe(true);
      expect(hashes[0]).toHaveLength(16);
      expect(indexer.nameQuery(ORG_A, 'Mari Tamm tamm')).toHaveLength(2);
    });

    it('cuts long query tokens to 24 characters so they still match', () => {
      const long = 'a'.repeat(40);
      expect(matches(long, long)).toBe(true);
      expect(matches('a'.repeat(30), 'a'.repeat(24) + 'b')).toBe(true);
    });

    it('depends on the domain', () => {
      expect(matches('Tam', 'Tamm', ORG_B)).toBe(true);
      const a = indexer.nameQuery(ORG_A, 'Tam')[0];
      const b = indexer.nameQuery(ORG_B, 'Tam')[0];
      expect(a.equals(b)).toBe(false);
    });

    it.each(['', '  ', 'Ta', 'Jo A', 'Õu-ma', '--'])('throws for the too-short query %p', (q) => {
      let error: unknown;
      try {
        indexer.nameQuery(ORG_A, q);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NameQueryTooShortError);
      expect((error as NameQueryTooShortError).minLength).toBe(3);
      expect((error as Error).name).toBe('NameQueryTooShortError');
    });
  });
});
