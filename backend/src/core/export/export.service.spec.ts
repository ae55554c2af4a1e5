import ExcelJS from 'exceljs';
import { Test } from '@nestjs/testing';
import { ExportColumn } from './export-column';
import { ExportModule } from './export.module';
import { ExportService } from './export.service';

/** Reads `;`-separated CSV with RFC 4180 quoting, as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ';') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return records;
}

const columns: ExportColumn[] = [
  { key: 'name', header: 'Nimi' },
  { key: 'note', header: 'Märkus' },
  { key: 'amount', header: 'Summa (€)' },
  { key: 'date', header: 'Kuupäev' },
];

describe('ExportService', () => {
  let exports: ExportService;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ExportModule] }).compile();
    exports = moduleRef.get(ExportService);
  });

  describe('toCsv', () => {
    it('starts with a UTF-8 BOM and separates fields with ; and lines with CRLF', () => {
      const csv = exports.toCsv(columns, [
        {
          name: 'Õie Tänav',
          note: 'kõik korras',
          amount: 12.5,
          date: new Date('2026-03-02T10:00:00Z'),
        },
      ]);

      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.subarray(3).toString('utf8')).toBe(
        'Nimi;Märkus;Summa (€);Kuupäev\r\nÕie Tänav;kõik korras;12,5;02.03.2026\r\n',
      );
    });

    it('round-trips Estonian letters and fields holding ; quotes and line breaks', () => {
      const rows = [
        { name: 'Õie Tänav', note: 'Tuleb; kui saab', amount: 1, date: null },
        {
          name: 'Šokolaadi Žürii',
          note: 'Ütles: "jah"\nJärgmine rida',
          amount: 2,
          date: undefined,
        },
        { name: 'Анна Иванова', note: 'Tere\r\nõhtust', amount: 3 },
      ];
      const text = exports
        .toCsv(columns, rows)
        .toString('utf8')
        .replace(/^\ufeff/, '');

      expect(text).toContain('"Tuleb; kui saab"');
      expect(text).toContain('"Ütles: ""jah""\nJärgmine rida"');
      expect(parseCsv(text)).toEqual([
        ['Nimi', 'Märkus', 'Summa (€)', 'Kuupäev'],
        ['Õie Tänav', 'Tuleb; kui saab', '1', ''],
        ['Šokolaadi Žürii', 'Ütles: "jah"\nJärgmine rida', '2', ''],
        ['Анна Иванова', 'Tere\r\nõhtust', '3', ''],
      ]);
    });

    it('writes numbers with a decimal comma and dates as dd.mm.yyyy in Tallinn time', () => {
      const text = exports
        .toCsv(
          [
            { key: 'n', header: 'n' },
            { key: 'd', header: 'd' },
          ],
          [
            { n: 1234.56, d: new Date('2025-12-31T22:30:00Z') }, // already 1 January in Tallinn
            { n: -0.75, d: new Date('2026-06-30T20:59:00Z') }, // 23:59 summer time
            { n: 42n, d: null },
            { n: Number.NaN, d: null },
          ],
        )
        .toString('utf8');

      expect(parseCsv(text.slice(1)).slice(1)).toEqual([
        ['1234,56', '01.01.2026'],
        ['-0,75', '30.06.2026'],
        ['42', ''],
        ['', ''],
      ]);
    });

    it('stops a spreadsheet from running cells as formulas but leaves negative numbers alone', () => {
      const values = [
        '=HYPERLINK("http://evil.example","Klõpsa")',
        '+372 5555 1234',
        '-2+3',
        '@SUM(A1:A9)',
        '\t=1+1',
        '-12,5',
        '-7',
        'Tavaline tekst',
      ];
      const text = exports
        .toCsv(
          [{ key: 'v', header: 'v' }],
          values.map((v) => ({ v })),
        )
        .toString('utf8');

      expect(
        parseCsv(text.slice(1))
          .slice(1)
          .map(([v]) => v),
      ).toEqual([
        '\'=HYPERLINK("http://evil.example","Klõpsa")',
        "'+372 5555 1234",
        "'-2+3",
        "'@SUM(A1:A9)",
        "'\t=1+1",
        '-12,5',
        '-7',
        'Tavaline tekst',
      ]);
      expect(exports.toCsv([{ key: 'v', header: '=Päis' }], []).toString('utf8')).toBe(
        "\ufeff'=Päis\r\n",
      );
    });

    it('refuses values that would print as [object Object]', () => {
      expect(() =>
        exports.toCsv([{ key: 'client', header: 'Klient' }], [{ client: { id: 1 } }]),
      ).toThrow(TypeError);
    });
  });

  describe('toXlsx', () => {
    const rows = [
      {
        name: 'Õie Tänav',
        note: 'Tuleb; kui saab',
        amount: 12.5,
        date: new Date('2025-12-31T22:30:00Z'),
      },
      { name: 'Šokolaadi Žürii', note: '=1+1', amount: -3, date: null },
      {
        name: 'Анна Иванова',
        note: 'rida\u0007 kellaga',
        amount: 1000000,
        date: new Date('2026-03-02T10:00:00Z'),
      },
    ];

    async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
      return workbook.worksheets[0]!;
    }

    it('re-reads with the same cells: text as text, numbers as numbers, dates as Tallinn dates', async () => {
      const sheet = await load(await exports.toXlsx('Teenused 2026', columns, rows));

      expect(sheet.name).toBe('Teenused 2026');
      const values = [1, 2, 3, 4].map((r) =>
        [1, 2, 3, 4].map((c) => sheet.getRow(r).getCell(c).value),
      );
      expect(values).toEqual([
        ['Nimi', 'Märkus', 'Summa (€)', 'Kuupäev'],
        ['Õie Tänav', 'Tuleb; kui saab', 12.5, new Date('2026-01-01T00:00:00Z')],
        ['Šokolaadi Žürii', '=1+1', -3, null],
        ['Анна Иванова', 'rida kellaga', 1000000, new Date('2026-03-02T00:00:00Z')],
      ]);
      expect(sheet.getRow(2).getCell(4).numFmt).toBe('dd.mm.yyyy');
      // Stored as text, not as a formula a spreadsheet would evaluate.
      expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
    });

    it('makes the header row bold, frozen and filterable, and sizes columns to their content', async () => {
      const sheet = await load(await exports.toXlsx('Teenused', columns, rows));

      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe('A1:D1');
      expect(sheet.getColumn(1).width).toBe('Šokolaadi Žürii'.length + 2);
      expect(sheet.getColumn(4).width).toBe('dd.mm.yyyy'.length + 2);
    });

    it('turns any sheet name into one Excel accepts', async () => {
      const sheet = await load(
        await exports.toXlsx('Aruanne [1/2]: kliendid ja teenused, I kvartal', columns, []),
      );
      expect(sheet.name).toBe('Aruanne 1 2 kliendid ja teenuse');
      expect(sheet.name.length).toBeLessThanOrEqual(31);
    });
  });
});
