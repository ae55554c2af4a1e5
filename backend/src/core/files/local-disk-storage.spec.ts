import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../errors/app-error';
import { LocalDiskStorage } from './local-disk-storage';

describe('LocalDiskStorage', () => {
  let base: string;
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'reha-storage-'));
    root = path.join(base, 'files');
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(base, { recursive: true, force: true }));

  it('stores, finds, reads and deletes a file under a nested key', async () => {
    const key = 'org-1/2b7c9a1e-0d4f-4c57-9f0e-7b1d2c3a4e5f';
    expect(await storage.exists(key)).toBe(false);

    await storage.put(key, Buffer.from('Õie Tänav'));

    expect(await storage.exists(key)).toBe(true);
    expect((await storage.get(key)).toString('utf8')).toBe('Õie Tänav');
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('stores a stream and replaces an existing file whole, leaving no temporary files', async () => {
    await storage.put('a/report.csv', Buffer.from('old'));
    await storage.put('a/report.csv', Readable.from([Buffer.from('new '), Buffer.from('content')]));

    expect((await storage.get('a/report.csv')).toString()).toBe('new content');
    expect(await readdir(path.join(root, 'a'))).toEqual(['report.csv']);
  });

  it('answers NOT_FOUND for a missing file and accepts deleting one', async () => {
    await expect(storage.get('a/missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(storage.delete('a/missing')).resolves.toBeUndefined();
  });

  it.each([
    '../outside',
    'a/../../outside',
    '/etc/passwd',
    'a\\..\\b',
    '.hidden',
    'a/.tmp',
    'a//b',
    '',
    'a/',
    'ä/b',
  ])('refuses the key %j, which could leave the storage folder or is malformed', async (key) => {
    for (const attempt of [
      () => storage.put(key, Buffer.from('x')),
      () => storage.get(key),
      () => storage.exists(key),
      () => storage.delete(key),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'key' }] });
    }
    expect(await readdir(base)).toEqual([]);
  });
});
