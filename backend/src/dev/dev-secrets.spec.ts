import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_SECRET_NAMES, devSecrets } from './dev-secrets';

const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

describe('devSecrets', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'reha-dev-secrets-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates the three secrets once, in the expected formats, into secrets.json', () => {
    const first = devSecrets(dataDir, {});

    expect(first.file).toBe(join(dataDir, 'secrets.json'));
    expect(first.fromFile).toEqual([...DEV_SECRET_NAMES]);
    expect(first.values.REHA_MASTER_KEY).toMatch(/^k1:[A-Za-z0-9+/]{43}=$/);
    expect(first.values.REHA_INDEX_KEY).toMatch(BASE64_32_BYTES);
    expect(first.values.REHA_JWT_SECRET).toMatch(BASE64_32_BYTES);
    expect(Buffer.from(first.values.REHA_INDEX_KEY, 'base64')).toHaveLength(32);
    expect(new Set(Object.values(first.values)).size).toBe(3);
    expect(JSON.parse(readFileSync(first.file, 'utf8'))).toEqual(first.values);
  });

  it('reuses the file on the next start instead of generating new keys', () => {
    const first = devSecrets(dataDir, {});
    const second = devSecrets(dataDir, {});

    expect(second.values).toEqual(first.values);
    expect(second.fromFile).toEqual([...DEV_SECRET_NAMES]);
  });

  (process.platform === 'win32' ? it.skip : it)(
    'keeps the file readable by its owner only (0600), also when it was looser',
    () => {
      const { file } = devSecrets(dataDir, {});
      expect(statSync(file).mode & 0o777).toBe(0o600);

      chmodSync(file, 0o644);
      devSecrets(dataDir, {});
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
  );

  it('lets values from the environment win and takes only the missing ones from the file', () => {
    const stored = devSecrets(dataDir, {}).values;

    const result = devSecrets(dataDir, { REHA_JWT_SECRET: 'from-the-environment' });

    expect(result.values).toEqual({ ...stored, REHA_JWT_SECRET: 'from-the-environment' });
    expect(result.fromFile).toEqual(['REHA_MASTER_KEY', 'REHA_INDEX_KEY']);
    expect(JSON.parse(readFileSync(result.file, 'utf8'))).toEqual(stored);
  });

  it('neither reads nor creates the file when the environment has all three', () => {
    const env = { REHA_MASTER_KEY: 'k9:x', REHA_INDEX_KEY: 'i', REHA_JWT_SECRET: 'j' };

    const result = devSecrets(dataDir, env);

    expect(result.values).toEqual(env);
    expect(result.fromFile).toEqual([]);
    expect(existsSync(result.file)).toBe(false);
  });

  it('adds a secret an older file lacks and keeps the existing ones', () => {
    const file = join(dataDir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ REHA_MASTER_KEY: 'k1:old' }), { mode: 0o600 });

    const result = devSecrets(dataDir, {});

    expect(result.values.REHA_MASTER_KEY).toBe('k1:old');
    expect(result.values.REHA_INDEX_KEY).toMatch(BASE64_32_BYTES);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(result.values);
  });

  it('refuses a damaged file rather than replacing the keys the data is encrypted with', () => {
    const file = join(dataDir, 'secrets.json');
    writeFileSync(file, '{ not json');

    expect(() => devSecrets(dataDir, {})).toThrow(/secrets\.json is not a JSON object/);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });
});
