import * as crypto from './index';

describe('crypto public API', () => {
  it('exports the primitives from one place', () => {
    expect(Object.keys(crypto).sort()).toEqual(
      [
        'BlindIndexer',
        'DATA_KEY_BYTES',
        'DecryptionError',
        'INDEX_KEY_MIN_BYTES',
        'MASTER_KEY_BYTES',
        'MasterKeyring',
        'NAME_HASH_BYTES',
        'NAME_PREFIX_MAX',
        'NAME_PREFIX_MIN',
        'NameQueryTooShortError',
        'UnknownMasterKeyError',
        'defaultMasterKeyId',
        'generateMasterKey',
        'generateSecret',
        'nameTokens',
        'newDataKey',
        'normalizeExact',
        'openText',
        'openValue',
        'parseMasterKey',
        'parseMasterKeyring',
        'rewrapDataKey',
        'sealText',
        'sealValue',
        'unwrapDataKey',
        'wrapDataKey',
      ].sort(),
    );
  });

  it('works end to end: keyring from env, wrapped data key, sealed value, blind index', () => {
    const ring = crypto.parseMasterKeyring(crypto.generateMasterKey('k1'), '');
    const dataKey = crypto.newDataKey();
    const stored = crypto.wrapDataKey(ring, 'org-1', dataKey);
    const sealed = crypto.sealText(dataKey, '49001010000', 'patient:1:isikukood');
    const indexer = new crypto.BlindIndexer(Buffer.from(crypto.generateSecret(), 'base64'));

    const reopened = crypto.unwrapDataKey(ring, stored.masterKeyId, stored.wrapped, 'org-1');
    expect(crypto.openText(reopened, sealed, 'patient:1:isikukood')).toBe('49001010000');
    expect(
      indexer
        .exact('org:1:isikukood', ' 4900101 0000')
        .equals(indexer.exact('org:1:isikukood', '49001010000')),
    ).toBe(true);
  });
});
