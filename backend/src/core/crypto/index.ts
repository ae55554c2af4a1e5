/**
 * Envelope encryption and blind indexes, with node:crypto only. Pure functions and classes:
 * no database and no Nest DI, so they can be used (and tested) anywhere.
 */
export {
  MASTER_KEY_BYTES,
  MasterKeyring,
  UnknownMasterKeyError,
  defaultMasterKeyId,
  generateMasterKey,
  generateSecret,
  parseMasterKey,
  parseMasterKeyring,
} from './master-keys';
export type { MasterKey } from './master-keys';
export {
  DATA_KEY_BYTES,
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
export type { WrappedDataKey } from './envelope';
export {
  BlindIndexer,
  INDEX_KEY_MIN_BYTES,
  NAME_HASH_BYTES,
  NAME_PREFIX_MAX,
  NAME_PREFIX_MIN,
  NameQueryTooShortError,
} from './blind-index';
export { nameTokens, normalizeExact } from './normalize';
