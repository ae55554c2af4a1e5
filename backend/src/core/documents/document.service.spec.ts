import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { Clock, FixedClock } from '../clock/clock';
import { BrandedDocument } from './branded-document';
import { DocumentService } from './document.service';
import { DocumentsModule } from './documents.module';
import { sampleDocument } from './sample-document';

// Poppler's tools read the PDF the way a viewer does; CI installs poppler-utils, so these
// checks run there. Without them only the structural checks run.
const hasPoppler = ['pdftotext', 'pdftoppm'].every((tool) => !spawnSync(tool, ['-v']).error);
const withPoppler = hasPoppler ? it : it.skip;

const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('DocumentService', () => {
  let documents: DocumentService;
  let workDir: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [DocumentsModule] })
      .overrideProvider(Clock)
      .useValue(new FixedClock(new Date('2026-03-09T08:30:00Z')))
      .compile();
    documents = moduleRef.get(DocumentService);
    workDir = await mkdtemp(path.join(tmpdir(), 'reha-documents-'));
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  async function pdfText(pdf: Buffer, page?: number): Promise<string> {
    const file = path.join(workDir, `text-${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, pdf);
    const pages = page ? ['-f', String(page), '-l', String(page)] : [];
    return execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
  }

  it('renders the sample service confirmation as a PDF of two A4 pages', async () => {
    const pdf = await documents.render(sampleDocument());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    // Creation date from the injected clock, so a re-render of the same data is recognisable.
    expect(pdf.toString('latin1')).toContain('(D:20260309083000Z)');
  });

  withPoppler(
    'prints Estonian and Russian letters and numbers the pages "Lk n / total"',
    async () => {
      const text = await pdfText(await documents.render(sampleDocument()));

      expect(text).toContain('Teenuse osutamise kinnitus');
      expect(text).toContain('Õõ Ää Öö Üü Šš Žž');
      expect(text).toContain('Подтверждение оказания услуг');
      expect(text).toContain('Lk 1 / 2');
      expect(text).toContain('Lk 2 / 2');
      expect(text).toContain('Registrikood 14870236');
    },
  );

  withPoppler(
    'repeats the letterhead and the table header row on the page the table continues on',
    async () => {
      const secondPage = await pdfText(await documents.render(sampleDocument()), 2);

      expect(secondPage).toContain('Tervisetee Rehabilitatsioonikeskus OÜ');
      expect(secondPage).toMatch(/Nr\s+Kuupäev\s+Teenus\s+Spetsialist\s+Kestus\s+Summa/);
      expect(secondPage).toMatch(/36\s+06\.03\.2026/);
      expect(secondPage).toMatch(/Kokku\s+2265 min\s+1263,00\s€/);
    },
  );

  withPoppler('renders the first page to an image', async () => {
    const file = path.join(workDir, 'sample.pdf');
    await writeFile(file, await documents.render(sampleDocument()));

    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      path.join(workDir, 'page'),
    ]);

    const png = await readFile(path.join(workDir, 'page.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from('89504e470d0a1a0a', 'hex'));
    // A4 at 60 dpi is 496 × 702 pixels, give or take poppler's rounding.
    expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1);
  });

  withPoppler('numbers pages and labels the registry code in the document’s language', async () => {
    const english = await pdfText(await documents.render({ ...sampleDocument(), locale: 'en' }));
    const russian = await pdfText(await documents.render({ ...sampleDocument(), locale: 'ru' }));

    expect(english).toContain('Page 1 of 2');
    expect(english).toContain('Registry code 14870236');
    expect(russian).toContain('Стр. 2 из 2');
    expect(russian).toContain('Рег. код 14870236');
  });

  withPoppler(
    'renders a one-page letter without logo, address, footer text or registry code',
    async () => {
      const letter: BrandedDocument = {
        locale: 'et',
        branding: { organizationName: 'Väike Abi MTÜ' },
        title: 'Teade',
        blocks: [{ type: 'paragraph', text: 'Teie broneering on kinnitatud.' }],
      };
      const pdf = await documents.render(letter);

      expect(pageCount(pdf)).toBe(1);
      const text = await pdfText(pdf);
      expect(text).toContain('Väike Abi MTÜ');
      expect(text).toContain('Lk 1 / 1');
      expect(text).not.toContain('Registrikood');
    },
  );

  it('refuses a logo that is neither PNG nor JPEG, and a colour that is not #RRGGBB', async () => {
    const sample = sampleDocument();
    await expect(
      documents.render({
        ...sample,
        branding: {
          ...sample.branding,
          logo: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'branding.logo', key: 'INVALID_FORMAT' }],
    });
    await expect(
      documents.render({ ...sample, branding: { ...sample.branding, primaryColor: 'teal' } }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'branding.primaryColor', key: 'INVALID_FORMAT' }],
    });
  });
});
