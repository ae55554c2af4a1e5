import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { APP_CONFIG } from '../config/config.module';
import { FILE_CIPHER, FileCipher, FileCipherContext } from './file-cipher';
import { FileService } from './file.service';
import { FilesModule } from './files.module';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.alloc(64, 1),
]);
const ELF = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(64)]);
const WINDOWS_EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]);
const ORG = '5f0c7a4e-8a51-4b6e-9d0a-3c2b1a0f9e8d';
const CLIENT = 'a3e1c6d2-7b94-4f1a-8e25-6d0c9b8a7f61';

/** Reverses and tags the bytes: visibly not the plaintext, and checks it gets the context back. */
class RecordingCipher implements FileCipher {
  readonly contexts: FileCipherContext[] = [];
  async encrypt(plaintext: Buffer, context: FileCipherContext): Promise<Buffer> {
    this.contexts.push(context);
    return Buffer.concat([Buffer.from('ENC:'), Buffer.from(plaintext).reverse()]);
  }
  async decrypt(ciphertext: Buffer, context: FileCipherContext): Promise<Buffer> {
    this.contexts.push(context);
    return Buffer.from(ciphertext.subarray(4)).reverse();
  }
}

async function filesOnDisk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('FileService', () => {
  let storageDir: string;
  let files: FileService;
  let cipher: RecordingCipher;

  beforeEach(async () => {
    storageDir = await mkdtemp(path.join(tmpdir(), 'reha-files-'));
    cipher = new RecordingCipher();
    const moduleRef = await Test.createTestingModule({ imports: [FilesModule] })
      .overrideProvider(APP_CONFIG)
      .useValue({ fileStorageDir: storageDir, uploadLimitBytes: 1024 })
      .overrideProvider(FILE_CIPHER)
      .useValue(cipher)
      .compile();
    files = moduleRef.get(FileService);
  });
  afterEach(() => rm(storageDir, { recursive: true, force: true }));

  it('stores an accepted PDF and gives back its kind, MIME type, size and SHA-256', async () => {
    const stored = await files.store({
      buffer: PDF,
      declaredName: 'Õie Tänav – tegevuskava.PDF',
      declaredMime: 'application/pdf',
      allowed: ['pdf', 'png', 'jpeg'],
      owner: { organizationId: ORG, clientId: CLIENT },
    });

    expect(stored).toEqual({
      key: expect.stringMatching(new RegExp(`^${ORG}/[0-9a-f-]{36}$`)),
      kind: 'pdf',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(await files.read(stored.key, { organizationId: ORG, clientId: CLIENT })).toEqual(PDF);
  });

  it('passes every write and read through the FileCipher with the owner, so disk holds only its output', async () => {
    const owner = { organizationId: ORG, clientId: CLIENT };
    const stored = await files.store({
      buffer: PDF,
      declaredName: 'plan.pdf',
      allowed: ['pdf'],
      owner,
    });

    const [onDisk] = await filesOnDisk(storageDir);
    const raw = await readFile(onDisk!);
    expect(raw.subarray(0, 4).toString()).toBe('ENC:');
    expect(raw.includes(Buffer.from('%PDF-'))).toBe(false);
    expect(await files.read(stored.key, owner)).toEqual(PDF);
    expect(cipher.contexts).toEqual([owner, owner]);
  });

  it('keeps the uploaded file name off the disk', async () => {
    await files.store({
      buffer: PDF,
      declaredName: 'Mari Maasikas.pdf',
      allowed: ['pdf'],
      owner: { organizationId: ORG },
    });
    const paths = await filesOnDisk(storageDir);
    expect(paths).toHaveLength(1);
    expect(paths[0]).not.toMatch(/Mari|Maasikas|\.pdf/);
  });

  it('refuses a file over the limit with FILE_TOO_LARGE, by default the UPLOAD_LIMIT, and stores nothing', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(2000, 0x20)]);
    await expect(
      files.store({ buffer: big, declaredName: 'a.pdf', allowed: ['pdf'] }),
    ).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      params: {
        fileName: 'a.pdf',
        size: '3 kB',
        max: '1 kB',
        sizeBytes: big.length,
        maxBytes: 1024,
      },
    });
    await expect(
      files.store({ buffer: PDF, declaredName: 'a.pdf', allowed: ['pdf'], maxBytes: 10 }),
    ).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      params: { maxBytes: 10 },
    });
    expect(await filesOnDisk(storageDir)).toEqual([]);
  });

  it.each([
    ['a Linux program named as a PDF', ELF, 'report.pdf'],
    ['a Windows program named as an image', WINDOWS_EXE, 'photo.png'],
    ['a shell script named as text', Buffer.from('#!/bin/sh\necho hi\n'), 'notes.txt'],
    [
      'an HTML page named as text',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'notes.txt',
    ],
    ['a Windows batch file', Buffer.from('@echo off\r\ndel *.*\r\n'), 'run.bat'],
    ['a file without an extension', PDF, 'document'],
    ['binary data of no known format', Buffer.from([0, 1, 2, 3, 4, 5]), 'data.csv'],
  ])('refuses %s with FILE_TYPE_NOT_ALLOWED', async (_case, buffer, declaredName) => {
    await expect(
      files.store({ buffer, declaredName, allowed: ['pdf', 'png', 'jpeg', 'csv', 'text'] }),
    ).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      params: { fileName: declaredName, allowed: 'PDF, PNG, JPG/JPEG, CSV, TXT' },
    });
    expect(await filesOnDisk(storageDir)).toEqual([]);
  });

  it('refuses a real PNG where only PDFs are allowed with FILE_TYPE_NOT_ALLOWED', async () => {
    await expect(
      files.store({ buffer: PNG, declaredName: 'scan.png', allowed: ['pdf'] }),
    ).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
  });

  it('refuses content that is not what its name or declared type says with FILE_CONTENT_MISMATCH', async () => {
    const allowed = ['pdf', 'png', 'csv'] as const;
    await expect(
      files.store({ buffer: PDF, declaredName: 'scan.png', allowed: [...allowed] }),
    ).rejects.toMatchObject({
      code: 'FILE_CONTENT_MISMATCH',
      params: { fileName: 'scan.png', declared: 'png', detected: 'pdf' },
    });
    await expect(
      files.store({ buffer: PNG, declaredName: 'list.csv', allowed: [...allowed] }),
    ).rejects.toMatchObject({
      code: 'FILE_CONTENT_MISMATCH',
    });
    await expect(
      files.store({
        buffer: PDF,
        declaredName: 'plan.pdf',
        declaredMime: 'image/png',
        allowed: [...allowed],
      }),
    ).rejects.toMatchObject({ code: 'FILE_CONTENT_MISMATCH' });
    expect(await filesOnDisk(storageDir)).toEqual([]);
  });

  it('accepts UTF-8 CSV however browsers declare it, including Windows’ application/vnd.ms-excel', async () => {
    const csv = Buffer.from(
      '\ufeffNimi;Linn\r\nÕie Tänav;Tartu\r\nŠokolaadi Žürii;Narva\r\n',
      'utf8',
    );
    for (const declaredMime of [
      'text/csv; charset=utf-8',
      'application/vnd.ms-excel',
      'application/octet-stream',
      undefined,
    ]) {
      const stored = await files.store({
        buffer: csv,
        declaredName: 'kliendid.csv',
        declaredMime,
        allowed: ['csv'],
      });
      expect(stored).toMatchObject({ kind: 'csv', mime: 'text/csv' });
      expect(await files.read(stored.key)).toEqual(csv);
    }
  });

  it('stores an SVG only after sanitising it, and describes the sanitised content', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(1)</script>' +
        '<circle r="4" fill="#0a5c8a"/><image href="https://tracker.example/p.png"/></svg>',
    );
    const stored = await files.store({
      buffer: svg,
      declaredName: 'logo.svg',
      declaredMime: 'image/svg+xml',
      allowed: ['svg', 'png'],
    });

    const content = await files.read(stored.key);
    expect(content.toString()).toContain('<circle r="4" fill="#0a5c8a"/>');
    expect(content.toString()).not.toMatch(/script|onload|tracker/);
    expect(stored).toMatchObject({ kind: 'svg', mime: 'image/svg+xml', size: content.length });
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('deletes a stored file', async () => {
    const stored = await files.store({ buffer: PDF, declaredName: 'a.pdf', allowed: ['pdf'] });
    await files.delete(stored.key);
    await expect(files.read(stored.key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
