import { randomBytes } from 'node:crypto';
import {
  MasterKeyring,
  UnknownMasterKeyError,
  defaultMasterKeyId,
  generateMasterKey,
  generateSecret,
  parseMasterKey,
  parseMasterKeyring,
} from './master-keys';

const keyB64 = (bytes = 32): string => randomBytes(bytes).toString('base64');

/** The error thrown by `fn`, so tests can inspect its message. */
function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** True if `message` contains any 8-character run of `secret`: catches partial leaks too. */
function leaks(message: string, secret: string): boolean {
  for (let i = 0; i + 8 <= secret.length; i++) {
    if (message.includes(secret.slice(i, i + 8))) return true;
  }
  return false;
}

describe('parseMasterKey', () => {
  it('parses <id>:<base64 of 32 bytes>', () => {
    const material = randomBytes(32);
    const key = parseMasterKey(`k20250314:${material.toString('base64')}`);
    expect(key.id).toBe('k20250314');
    expect(key.key.equals(material)).toBe(true);
  });

  it('ignores surrounding whitespace from env files', () => {
    expect(parseMasterKey(`  k1:${keyB64()}\n`).id).toBe('k1');
  });

  it.each(['a', 'A-z_09', 'x'.repeat(32)])('accepts the id %p', (id) => {
    expect(parseMasterKey(`${id}:${keyB64()}`).id).toBe(id);
  });

  it.each(['', 'x'.repeat(33), 'k.1', 'k 1', 'ключ', 'k/1'])('rejects the id %p', (id) => {
    expect(() => parseMasterKey(`${id}:${keyB64()}`)).toThrow(/key id/);
  });

  it('says how many bytes a wrong-sized key had', () => {
    expect(() => parseMasterKey(`k1:${keyB64(16)}`)).toThrow(
      'expected <key-id>:<base64 of 32 bytes>, got a key of 16 bytes for id "k1"',
    );
    expect(() => parseMasterKey(`k1:${keyB64(33)}`)).toThrow(/got a key of 33 bytes/);
  });

  it.each([
    ['no colon', () => keyB64()],
    ['empty key', () => 'k1:'],
    ['not base64', () => `k1:${keyB64().replace(/.$/, '!')}`],
    ['missing padding', () => `k1:${keyB64().replace(/=+$/, '')}`],
    ['base64url alphabet', () => `k1:${'-_'.repeat(21)}AA=`],
  ])('rejects %s', (_label, make) => {
    expect(() => parseMasterKey(make())).toThrow(/^expected <key-id>:<base64 of 32 bytes>/);
  });

  it('never puts key material in an error message', () => {
    const secret = keyB64(32);
    const short = keyB64(20);
    const inputs = [
      secret, // the key pasted without an id
      `bad id!:${secret}`,
      `k1:${short}`,
      `k1:${secret}!`,
      `k1:${secret.slice(0, -4)}`,
      `${secret}:${secret}`, // key pasted where the id belongs
    ];
    for (const input of inputs) {
      const message = errorOf(() => parseMasterKey(input)).message;
      expect(leaks(message, secret)).toBe(false);
      expect(leaks(message, short)).toBe(false);
    }
  });
});

describe('parseMasterKeyring', () => {
  it('reads the current key and no previous keys from an empty list', () => {
    const ring = parseMasterKeyring(`k2:${keyB64()}`, '');
    expect(ring.current.id).toBe('k2');
    expect(ring.ids()).toEqual(['k2']);
  });

  it('reads a comma-separated previous list, tolerating spaces and a trailing comma', () => {
    const ring = parseMasterKeyring(`k3:${keyB64()}`, ` k2:${keyB64()} , k1:${keyB64()},`);
    expect(ring.ids()).toEqual(['k3', 'k2', 'k1']);
    expect(ring.get('k1').id).toBe('k1');
  });

  it('rejects duplicate ids, also between current and previous', () => {
    expect(() => parseMasterKeyring(`k1:${keyB64()}`, `k1:${keyB64()}`)).toThrow(
      'duplicate master key id "k1"',
    );
    expect(() => parseMasterKeyring(`k3:${keyB64()}`, `k1:${keyB64()},k1:${keyB64()}`)).toThrow(
      /duplicate/,
    );
  });

  it('says which entry is wrong without showing it', () => {
    const secret = keyB64(16);
    const current = errorOf(() => parseMasterKeyring(`k2:${secret}`, ''));
    expect(current.message).toMatch(/^current master key: .*16 bytes/);
    const previous = errorOf(() =>
      parseMasterKeyring(`k3:${keyB64()}`, `k2:${keyB64()},${secret}`),
    );
    expect(previous.message).toMatch(/^previous master key #2: /);
    expect(leaks(current.message, secret)).toBe(false);
    expect(leaks(previous.message, secret)).toBe(false);
  });
});

describe('MasterKeyring', () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };

  it('finds current and previous keys by id', () => {
    const ring = new MasterKeyring(k2, [k1]);
    expect(ring.current).toBe(k2);
    expect(ring.get('k2')).toBe(k2);
    expect(ring.get('k1')).toBe(k1);
  });

  it('names the missing id when a key is unknown', () => {
    const ring = new MasterKeyring(k2, []);
    const error = errorOf(() => ring.get('k1'));
    expect(error).toBeInstanceOf(UnknownMasterKeyError);
    expect(error.name).toBe('UnknownMasterKeyError');
    expect(error.message).toContain('"k1"');
    expect((error as UnknownMasterKeyError).keyId).toBe('k1');
  });

  it('refuses keys that are not 32 bytes or have a bad id', () => {
    expect(() => new MasterKeyring({ id: 'k1', key: randomBytes(16) }, [])).toThrow(/32 bytes/);
    expect(() => new MasterKeyring({ id: 'k:1', key: randomBytes(32) }, [])).toThrow(/key id/);
  });
});

describe('generateMasterKey and generateSecret', () => {
  it('generates a key that parses back, with a dated default id', () => {
    const text = generateMasterKey();
    const key = parseMasterKey(text);
    expect(key.id).toMatch(/^k\d{8}$/);
    expect(key.key).toHaveLength(32);
  });

  it('uses a given id and a new random key every time', () => {
    const a = parseMasterKey(generateMasterKey('k1'));
    const b = parseMasterKey(generateMasterKey('k1'));
    expect(a.id).toBe('k1');
    expect(a.key.equals(b.key)).toBe(false);
  });

  it('refuses an id that would not parse back', () => {
    expect(() => generateMasterKey('k:1')).toThrow(/key id/);
  });

  it('builds the default id from the UTC date', () => {
    expect(defaultMasterKeyId(new Date('2025-03-14T23:30:00-02:00'))).toBe('k20250315');
  });

  it('generates base64 secrets of the asked length', () => {
    expect(Buffer.from(generateSecret(), 'base64')).toHaveLength(32);
    expect(Buffer.from(generateSecret(48), 'base64')).toHaveLength(48);
    expect(generateSecret()).not.toBe(generateSecret());
    expect(() => generateSecret(0)).toThrow();
    expect(() => generateSecret(1.5)).toThrow();
  });
});
