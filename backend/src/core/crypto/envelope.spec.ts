import { randomBytes } from 'node:crypto';
import {
  DecryptionError,
  newDataKey,
  openText,
  openValue,
  rewrapDataKey,
  sealText,
  sealValue,
  unwrapDataKey,
  wrapDataKey,
} from './envelope';
import { MasterKeyring, UnknownMasterKeyError } from './master-keys';

const AAD = 'patient:7b0c:notes';

describe('sealValue / openValue', () => {
  const key = newDataKey();

  it('round-trips bytes, including empty and large values', () => {
    for (const plaintext of [Buffer.alloc(0), Buffer.from([0]), randomBytes(100_000)]) {
      expect(openValue(key, sealValue(key, plaintext, AAD), AAD).equals(plaintext)).toBe(true);
    }
  });

  it('uses the layout [0x01][12-byte IV][16-byte tag][ciphertext]', () => {
    const sealed = sealValue(key, Buffer.from('hello'), AAD);
    expect(sealed[0]).toBe(0x01);
    expect(sealed).toHaveLength(1 + 12 + 16 + 5);
  });

  it('uses a fresh IV each time, so equal values do not look equal', () => {
    const a = sealText(key, 'same', AAD);
    const b = sealText(key, 'same', AAD);
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
  });

  it('fails when any single byte is altered', () => {
    const sealed = sealText(key, 'Mari-Liis Tamm, 49001010000', AAD);
    for (let i = 0; i < sealed.length; i++) {
      for (const flip of [0x01, 0x80]) {
        const tampered = Buffer.from(sealed);
        tampered[i] ^= flip;
        expect(() => openValue(key, tampered, AAD)).toThrow(DecryptionError);
      }
    }
  });

  it('fails when truncated to any length or extended', () => {
    const sealed = sealText(key, 'diagnosis', AAD);
    for (let length = 0; length < sealed.length; length++) {
      expect(() => openValue(key, sealed.subarray(0, length), AAD)).toThrow(DecryptionError);
    }
    expect(() => openValue(key, Buffer.concat([sealed, Buffer.from([0])]), AAD)).toThrow(
      DecryptionError,
    );
  });

  it('fails with the wrong AAD, e.g. a value copied to another row or column', () => {
    const sealed = sealText(key, 'secret', 'patient:1:notes');
    expect(() => openText(key, sealed, 'patient:2:notes')).toThrow(DecryptionError);
    expect(() => openText(key, sealed, 'patient:1:diagnosis')).toThrow(DecryptionError);
    expect(() => openText(key, sealed, '')).toThrow(DecryptionError);
  });

  it("fails for a ciphertext sealed with another client's key", () => {
    const clientA = newDataKey();
    const clientB = newDataKey();
    const sealed = sealText(clientA, 'client A data', AAD);
    expect(() => openText(clientB, sealed, AAD)).toThrow(DecryptionError);
    expect(openText(clientA, sealed, AAD)).toBe('client A data');
  });

  it('fails for an unknown version, even with a valid rest', () => {
    const sealed = sealText(key, 'x', AAD);
    for (const version of [0x00, 0x02, 0xff]) {
      const other = Buffer.from(sealed);
      other[0] = version;
      expect(() => openValue(key, other, AAD)).toThrow(DecryptionError);
    }
  });

  it('gives one uninformative error name and message', () => {
    let error: unknown;
    try {
      openText(newDataKey(), sealText(key, 'x', AAD), AAD);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecryptionError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('DecryptionError');
    expect((error as Error).message).toBe(
      'encrypted value does not belong to this key or was altered',
    );
  });

  it('refuses keys that are not 32 bytes as a programming error', () => {
    expect(() => sealValue(randomBytes(16), Buffer.from('x'), AAD)).toThrow(/32 bytes, got 16/);
    const sealed = sealText(key, 'x', AAD);
    expect(() => openValue(randomBytes(16), sealed, AAD)).toThrow(/32 bytes/);
    expect(() => openValue(randomBytes(16), sealed, AAD)).not.toThrow(DecryptionError);
  });
});

describe('sealText / openText', () => {
  it('round-trips UTF-8 text', () => {
    const key = newDataKey();
    for (const text of ['', 'Õun ja Tšernõšova', 'Чернышёва', '🙂 emoji', 'a\u0000b']) {
      expect(openText(key, sealText(key, text, AAD), AAD)).toBe(text);
    }
  });

  it('opens as bytes what was sealed as text', () => {
    const key = newDataKey();
    expect(openValue(key, sealText(key, 'Õ', AAD), AAD).equals(Buffer.from('Õ', 'utf8'))).toBe(
      true,
    );
  });
});

describe('newDataKey', () => {
  it('returns 32 fresh random bytes', () => {
    const a = newDataKey();
    expect(a).toHaveLength(32);
    expect(a.equals(newDataKey())).toBe(false);
  });
});

describe('wrapping data keys', () => {
  const oldKey = { id: 'k1', key: randomBytes(32) };
  const newKey = { id: 'k2', key: randomBytes(32) };
  const before = new MasterKeyring(oldKey, []);
  const after = new MasterKeyring(newKey, [oldKey]);

  it('wraps with the current master key and unwraps again', () => {
    const dataKey = newDataKey();
    const { masterKeyId, wrapped } = wrapDataKey(after, 'dk-1', dataKey);
    expect(masterKeyId).toBe('k2');
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(after, masterKeyId, wrapped, 'dk-1').equals(dataKey)).toBe(true);
  });

  it('still unwraps old wraps with a previous master key after rotation', () => {
    const dataKey = newDataKey();
    const old = wrapDataKey(before, 'dk-1', dataKey);
    expect(old.masterKeyId).toBe('k1');
    expect(unwrapDataKey(after, old.masterKeyId, old.wrapped, 'dk-1').equals(dataKey)).toBe(true);
  });

  it('rewraps an old wrap under the current master key', () => {
    const dataKey = newDataKey();
    const old = wrapDataKey(before, 'dk-1', dataKey);
    const moved = rewrapDataKey(after, old.masterKeyId, old.wrapped, 'dk-1');
    expect(moved.masterKeyId).toBe('k2');
    expect(moved.wrapped.equals(old.wrapped)).toBe(false);
    expect(unwrapDataKey(after, moved.masterKeyId, moved.wrapped, 'dk-1').equals(dataKey)).toBe(
      true,
    );
    // The rewrapped key no longer needs the old master key at all.
    const onlyNew = new MasterKeyring(newKey, []);
    expect(unwrapDataKey(onlyNew, moved.masterKeyId, moved.wrapped, 'dk-1').equals(dataKey)).toBe(
      true,
    );
  });

  it('rewraps a current wrap too, with a fresh IV', () => {
    const dataKey = newDataKey();
    const current = wrapDataKey(after, 'dk-1', dataKey);
    const again = rewrapDataKey(after, current.masterKeyId, current.wrapped, 'dk-1');
    expect(again.masterKeyId).toBe('k2');
    expect(again.wrapped.equals(current.wrapped)).toBe(false);
    expect(unwrapDataKey(after, 'k2', again.wrapped, 'dk-1').equals(dataKey)).toBe(true);
  });

  it('will not unwrap a wrapped key moved to another key row', () => {
    const { masterKeyId, wrapped } = wrapDataKey(after, 'dk-1', newDataKey());
    expect(() => unwrapDataKey(after, masterKeyId, wrapped, 'dk-2')).toThrow(DecryptionError);
    expect(() => rewrapDataKey(after, masterKeyId, wrapped, 'dk-2')).toThrow(DecryptionError);
  });

  it('will not unwrap with a master key other than the one named', () => {
    const { wrapped } = wrapDataKey(before, 'dk-1', newDataKey());
    expect(() => unwrapDataKey(after, 'k2', wrapped, 'dk-1')).toThrow(DecryptionError);
  });

  it('throws UnknownMasterKeyError once the old master key is removed', () => {
    const old = wrapDataKey(before, 'dk-1', newDataKey());
    const onlyNew = new MasterKeyring(newKey, []);
    expect(() => unwrapDataKey(onlyNew, old.masterKeyId, old.wrapped, 'dk-1')).toThrow(
      UnknownMasterKeyError,
    );
    expect(() => rewrapDataKey(onlyNew, old.masterKeyId, old.wrapped, 'dk-1')).toThrow(
      UnknownMasterKeyError,
    );
  });

  it('detects a tampered wrap', () => {
    const { masterKeyId, wrapped } = wrapDataKey(after, 'dk-1', newDataKey());
    const tampered = Buffer.from(wrapped);
    tampered[tampered.length - 1] ^= 1;
    expect(() => unwrapDataKey(after, masterKeyId, tampered, 'dk-1')).toThrow(DecryptionError);
  });

  it('refuses to wrap something that is not a 32-byte data key', () => {
    expect(() => wrapDataKey(after, 'dk-1', randomBytes(16))).toThrow(/32 bytes, got 16/);
  });

  it('refuses to unwrap a value of the wrong length even if it authenticates', () => {
    // Sealed directly with the right AAD, bypassing wrapDataKey's length check.
    const wrapped = sealValue(newKey.key, randomBytes(16), 'data-key:dk-1');
    expect(() => unwrapDataKey(after, 'k2', wrapped, 'dk-1')).toThrow(DecryptionError);
  });

  it('wraps data keys that then encrypt data end to end', () => {
    const dataKey = newDataKey();
    const stored = wrapDataKey(before, 'org-1', dataKey);
    const sealed = sealText(dataKey, 'Tamm, Mari-Liis', 'patient:1:name');
    const rotated = rewrapDataKey(after, stored.masterKeyId, stored.wrapped, 'org-1');
    const reopened = unwrapDataKey(after, rotated.masterKeyId, rotated.wrapped, 'org-1');
    expect(openText(reopened, sealed, 'patient:1:name')).toBe('Tamm, Mari-Liis');
  });
});
