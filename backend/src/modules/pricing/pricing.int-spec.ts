import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

const QUOTE = `query ($serviceId: ID!, $funderId: ID!, $date: String!, $form: String!, $groupSize: Int!) {
  priceQuote(serviceId: $serviceId, funderId: $funderId, date: $date, form: $form, groupSize: $groupSize) {
    priceCents vatCategory vatRateBasisPoints vatCents grossCents source priceListRowId
    stateTariffId validFrom validTo explanation } }`;
const SCHEDULE = `mutation ($input: SchedulePriceInput!) { schedulePrice(input: $input) {
  id form groupSizeMin groupSizeMax priceCents vatCategory validFrom validTo } }`;
const CREATE_LIST = `mutation ($funderId: ID!, $name: String!) { createPriceList(funderId: $funderId, name: $name) { id funderCode name } }`;
const LIST = `query ($id: ID!, $serviceId: ID, $validOn: String) { priceList(id: $id) { id name
  rows(serviceId: $serviceId, validOn: $validOn) { id serviceId priceCents validFrom validTo } } }`;
const IMPORT = `mutation ($id: ID!, $format: ExportFormat!, $content: String!, $mode: PriceImportMode!) {
  importPriceList(priceListId: $id, format: $format, contentBase64: $content, mode: $mode) {
    imported errors { line field message } } }`;
const EXPORT = `query ($id: ID!, $format: ExportFormat!) { exportPriceList(priceListId: $id, format: $format) { filename mimeType contentBase64 rowCount } }`;

type Body = Awaited<ReturnType<typeof graphql>>['body'];
interface Quote {
  priceCents: number;
  vatCategory: string;
  vatRateBasisPoints: number;
  vatCents: number;
  grossCents: number;
  source: string;
  priceListRowId: string | null;
  stateTariffId: string | null;
  validFrom: string;
  validTo: string | null;
  explanation: string;
}

/** A code nobody else in this database uses: funder codes and state codes are central. */
const code = (prefix: string) => `${prefix}${randomBytes(3).toString('hex').toUpperCase()}`;

describe('prices: the one price function, scheduled changes, VAT, import/export (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let admin: { userId: string; token: string };
  let specialist: { userId: string; token: string };
  let otherAdmin: { userId: string; token: string };
  const funder = { ska: '', tk: '', kov: '' };
  let stateCode: string;
  let stateTariffId: string;
  /** Our services: physio individual on a state code, a group service 2–8, a TK consultation. */
  const service = { physio: '', group: '', tkConsult: '', fresh: '' };

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);
  const gql = async (token: string, query: string, variables?: object, locale?: string) =>
    (await graphql(api.url, query, { token, variables, locale })).body;
  const ok = (body: Body) => {
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const quote = async (vars: Record<string, unknown>, locale?: string) =>
    gql(admin.token, QUOTE, { form: 'individual', groupSize: 1, ...vars }, locale);
  const quoted = async (vars: Record<string, unknown>, locale?: string) =>
    ok(await quote(vars, locale)).priceQuote as Quote;
  const newList = async (funderId: string, name: string) =>
    (ok(await gql(admin.token, CREATE_LIST, { funderId, name })).createPriceList as { id: string })
      .id;
  const schedule = (input: Record<string, unknown>, token = admin.token) =>
    gql(token, SCHEDULE, { input: { form: 'individual', ...input } });
  const rowsOf = (priceListId: string) =>
    sql<{ price_cents: number; valid: string }>(
      `SELECT price_cents, valid::text FROM price_list_row WHERE price_list_id = $1 ORDER BY lower(valid), price_cents`,
      [priceListId],
    );
  const fieldErrors = (body: Body) => {
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    return (body.errors![0]!.extensions.fields as Array<Record<string, unknown>>).map(
      ({ field, key, params }) => ({ field, key, ...(params ? { params } : {}) }),
    );
  };
  const providerService = async (values: {
    name: string;
    stateCode?: string;
    forms: string[];
    groupMin?: number;
    groupMax?: number;
  }) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO provider_service (organization_id, name, state_code, forms, group_min, group_max, valid)
         VALUES ($1, $2, $3, $4, $5, $6, '[2020-01-01,)') RETURNING id`,
        [
          org,
          values.name,
          values.stateCode ?? null,
          values.forms,
          values.groupMin ?? null,
          values.groupMax ?? null,
        ],
      )
    )[0]!.id;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        RATE_LIMIT_PER_MINUTE: '0',
      }),
    );
    fx = new TenancyFixtures(db.url);
    org = await fx.organization('Hinna Rehabilitatsioon OÜ');
    const otherOrg = await fx.organization('Teine Asutus');
    admin = await fx.staffLogin(org, ['organization-admin']);
    specialist = await fx.staffLogin(org, ['specialist']);
    otherAdmin = await fx.staffLogin(otherOrg, ['organization-admin']);

    // Our own funders with unique codes: the seeded ones may or may not be there.
    for (const [key, kind] of [
      ['ska', 'ska'],
      ['tk', 'tk'],
      ['kov', 'other'],
    ] as const)
      funder[key] = (
        await sql<{ id: string }>(
          `INSERT INTO funder (code, kind, name_et, name_en) VALUES ($1, $2, $3, $3) RETURNING id`,
          [code(`T${key.toUpperCase()}`), kind, `Testrahastaja ${key}`],
        )
      )[0]!.id;
    stateCode = code('Q');
    await sql(
      `INSERT INTO state_service (code, funder_id, name_et, name_en, unit, valid)
       VALUES ($1, $2, 'füsioterapeut', 'physiotherapist', 'hour', '[2023-01-01,)')`,
      [stateCode, funder.ska],
    );
    stateTariffId = (
      await sql<{ id: string }>(
        `INSERT INTO state_tariff (code, form, group_size, price_cents, valid)
         VALUES ($1, 'individual', '[1,1]', 2936, '[2023-01-01,)') RETURNING id`,
        [stateCode],
      )
    )[0]!.id;
    // VAT 20 % → 22 % (2024-01-01) → 24 % (2025-07-01), unless the seed already holds it.
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM vat_rate WHERE category = 'standard'`,
    );
    if (n === 0)
      await sql(`INSERT INTO vat_rate (category, rate_basis_points, valid) VALUES
        ('standard', 2000, '[2009-07-01,2024-01-01)'), ('standard', 2200, '[2024-01-01,2025-07-01)'),
        ('standard', 2400, '[2025-07-01,)')`);

    service.physio = await providerService({
      name: 'Füsioteraapia',
      stateCode,
      forms: ['individual'],
    });
    service.group = await providerService({
      name: 'Liikumisgrupp',
      forms: ['individual', 'group'],
      groupMin: 2,
      groupMax: 8,
    });
    service.tkConsult = await providerService({
      name: 'Psühholoogi konsultatsioon',
      forms: ['individual'],
    });
    service.fresh = await providerService({ name: 'Loovteraapia', forms: ['individual'] });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a scheduled change ends the old price the day before; the service date decides the price, not today', async () => {
    const list = await newList(funder.kov, 'KOV hinnakiri');
    const first = await schedule({
      priceListId: list,
      serviceId: service.fresh,
      priceCents: 3000,
      validFrom: '2025-01-01',
    });
    expect(ok(first).schedulePrice).toMatchObject({ validFrom: '2025-01-01', validTo: null });
    const next = await schedule({
      priceListId: list,
      serviceId: service.fresh,
      priceCents: 3300,
      validFrom: '2025-08-01',
    });
    expect(ok(next).schedulePrice).toMatchObject({ priceCents: 3300, validFrom: '2025-08-01' });
    // The old version now ends on 31 July, in the same transaction.
    expect(await rowsOf(list)).toEqual([
      { price_cents: 3000, valid: '[2025-01-01,2025-08-01)' },
      { price_cents: 3300, valid: '[2025-08-01,)' },
    ]);
    // A delivery on 20 July invoiced in August: the date asked is the service date.
    const july = await quoted({
      serviceId: service.fresh,
      funderId: funder.kov,
      date: '2025-07-20',
    });
    expect(july).toMatchObject({
      priceCents: 3000,
      source: 'organization',
      validFrom: '2025-01-01',
      validTo: '2025-07-31',
      vatCategory: 'exempt',
      vatCents: 0,
      grossCents: 3000,
      stateTariffId: null,
    });
    expect(july.explanation).toBe(
      'KOV hinnakiri: Loovteraapia, individuaalne, kehtib 01.01.2025–31.07.2025',
    );
    const august = await quoted({
      serviceId: service.fresh,
      funderId: funder.kov,
      date: '2025-08-01',
    });
    expect(august).toMatchObject({ priceCents: 3300, validFrom: '2025-08-01', validTo: null });
    expect(august.explanation).toMatch(/kehtib 01\.08\.2025–…$/);
    // Before any version: no guess, a clear error naming the service and the date.
    const before = await quote({
      serviceId: service.fresh,
      funderId: funder.kov,
      date: '2024-12-31',
    });
    expect(before.errors?.[0]?.extensions.code).toBe('VERSION_MISSING');
    expect(before.errors?.[0]?.message).toContain('31.12.2024');
    expect(before.errors?.[0]?.message).toContain('Loovteraapia');
    // The list shows both versions; filtered to a date, the one in force.
    const onDate = ok(await gql(specialist.token, LIST, { id: list, validOn: '2025-07-31' }));
    expect((onDate.priceList as { rows: unknown[] }).rows).toEqual([
      expect.objectContaining({ priceCents: 3000, validTo: '2025-07-31' }),
    ]);
    // Every change is in the audit log.
    const audit = await sql<{ action: string; entity_type: string }>(
      `SELECT action, entity_type FROM audit_event WHERE organization_id = $1 AND entity_type LIKE 'price_list%' ORDER BY id`,
      [org],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'create', entity_type: 'price_list' },
        { action: 'create', entity_type: 'price_list_row' },
        { action: 'update', entity_type: 'price_list_row' },
      ]),
    );
  });

  it('falls back to the state tariff of the code, and the organization list wins over it', async () => {
    const state = await quoted({
      serviceId: service.physio,
      funderId: funder.ska,
      date: '2024-05-02',
    });
    expect(state).toMatchObject({
      priceCents: 2936,
      source: 'state',
      stateTariffId,
      priceListRowId: null,
      validFrom: '2023-01-01',
      validTo: null,
      vatCents: 0,
    });
    expect(state.explanation).toMatch(
      new RegExp(
        `riiklik hinnakiri: ${stateCode} füsioterapeut, individuaalne, kehtib 01\\.01\\.2023–…$`,
      ),
    );
    expect(
      (await quoted({ serviceId: service.physio, funderId: funder.ska, date: '2024-05-02' }, 'en'))
        .explanation,
    ).toMatch(/state price list: .* physiotherapist, individual, valid 01\.01\.2023–…$/);
    // Another funder does not pay for the state code: no state price for it.
    const kov = await quote({
      serviceId: service.physio,
      funderId: funder.kov,
      date: '2024-05-02',
    });
    expect(kov.errors?.[0]?.extensions.code).toBe('VERSION_MISSING');

    const list = await newList(funder.ska, 'SKA hinnakiri');
    const row = ok(
      await schedule({
        priceListId: list,
        serviceId: service.physio,
        priceCents: 3100,
        validFrom: '2024-01-01',
      }),
    ).schedulePrice as { id: string };
    const own = await quoted({
      serviceId: service.physio,
      funderId: funder.ska,
      date: '2024-05-02',
    });
    expect(own).toMatchObject({ priceCents: 3100, source: 'organization', priceListRowId: row.id });
    expect(own.explanation).toBe(
      `SKA hinnakiri: ${stateCode} Füsioteraapia, individuaalne, kehtib 01.01.2024–…`,
    );
    // Before the organization's version, the state tariff still answers.
    expect(
      (await quoted({ serviceId: service.physio, funderId: funder.ska, date: '2023-06-01' }))
        .source,
    ).toBe('state');
    // One list per funder.
    const again = await gql(admin.token, CREATE_LIST, { funderId: funder.ska, name: 'Teine' });
    expect(fieldErrors(again)).toEqual([{ field: 'funderId', key: 'ALREADY_EXISTS' }]);
  });

  it('prices a group per participant within the service’s group size, and refuses forms and sizes it does not allow', async () => {
    const list = (
      await sql<{ id: string }>(`SELECT id FROM price_list WHERE funder_id = $1`, [funder.kov])
    )[0]!.id;
    ok(
      await schedule({
        priceListId: list,
        serviceId: service.group,
        form: 'group',
        groupSizeMin: 2,
        groupSizeMax: 5,
        priceCents: 1100,
        validFrom: '2025-01-01',
      }),
    );
    ok(
      await schedule({
        priceListId: list,
        serviceId: service.group,
        form: 'group',
        groupSizeMin: 6,
        groupSizeMax: 8,
        priceCents: 900,
        validFrom: '2025-01-01',
      }),
    );
    const vars = {
      serviceId: service.group,
      funderId: funder.kov,
      date: '2025-03-03',
      form: 'group',
    };
    expect((await quoted({ ...vars, groupSize: 4 })).priceCents).toBe(1100);
    const seven = await quoted({ ...vars, groupSize: 7 });
    expect(seven.priceCents).toBe(900);
    expect(seven.explanation).toContain('grupp (osaleja kohta, grupis 7)');
    expect(fieldErrors(await quote({ ...vars, groupSize: 9 }))).toEqual([
      { field: 'groupSize', key: 'GROUP_SIZE_OUT_OF_BOUNDS', params: { min: 2, max: 8 } },
    ]);
    expect(fieldErrors(await quote({ ...vars, groupSize: 1 }))).toEqual([
      { field: 'groupSize', key: 'GROUP_SIZE_OUT_OF_BOUNDS', params: { min: 2, max: 8 } },
    ]);
    const family = await quote({ ...vars, form: 'family', groupSize: 2 });
    expect(family.errors?.[0]?.extensions.code).toBe('DELIVERY_FORM_NOT_ALLOWED');
    // A price row beyond the service's bounds is refused too.
    const tooBig = await schedule({
      priceListId: list,
      serviceId: service.group,
      form: 'group',
      groupSizeMin: 9,
      groupSizeMax: 12,
      priceCents: 800,
      validFrom: '2025-01-01',
    });
    expect(fieldErrors(tooBig)).toEqual([
      { field: 'input.groupSizeMin', key: 'GROUP_SIZE_OUT_OF_BOUNDS', params: { min: 2, max: 8 } },
    ]);
  });

  it('adds VAT by the rate on the supply date: 20 % in 2023, 22 % from 2024, 24 % from 1 July 2025', async () => {
    const list = await newList(funder.tk, 'TK hinnakiri');
    ok(
      await schedule({
        priceListId: list,
        serviceId: service.tkConsult,
        priceCents: 5500,
        vatCategory: 'standard',
        validFrom: '2023-01-01',
      }),
    );
    const at = (date: string) =>
      quoted({ serviceId: service.tkConsult, funderId: funder.tk, date });
    expect(await at('2023-12-31')).toMatchObject({
      vatCategory: 'standard',
      vatRateBasisPoints: 2000,
      vatCents: 1100,
      grossCents: 6600,
    });
    expect(await at('2024-01-01')).toMatchObject({
      vatRateBasisPoints: 2200,
      vatCents: 1210,
      grossCents: 6710,
    });
    expect(await at('2025-07-01')).toMatchObject({
      vatRateBasisPoints: 2400,
      vatCents: 1320,
      grossCents: 6820,
    });
  });

  it('refuses an overlapping version, absurd amounts and unknown references, writing nothing', async () => {
    const list = (
      await sql<{ id: string }>(`SELECT id FROM price_list WHERE funder_id = $1`, [funder.kov])
    )[0]!.id;
    const before = await rowsOf(list);
    const auditBefore = await sql(`SELECT id FROM audit_event WHERE organization_id = $1`, [org]);
    // A closed period inside the existing versions: neither may be shortened silently.
    const overlap = await schedule({
      priceListId: list,
      serviceId: service.fresh,
      priceCents: 3500,
      validFrom: '2025-03-01',
      validTo: '2025-03-31',
    });
    expect(fieldErrors(overlap)).toEqual([
      {
        field: 'input.validFrom',
        key: 'OVERLAPPING_VALIDITY',
        params: { from: '01.01.2025', to: '31.07.2025' },
      },
    ]);
    const bad = await schedule({
      priceListId: list,
      serviceId: service.fresh,
      priceCents: 10_000_001,
      validFrom: '2026-01-01',
    });
    expect(fieldErrors(bad)).toEqual([
      { field: 'input.priceCents', key: 'MAX_VALUE', params: { max: '100 000 €' } },
    ]);
    const zero = await schedule({
      priceListId: list,
      serviceId: service.fresh,
      priceCents: 0,
      validFrom: '2026-01-01',
    });
    expect(fieldErrors(zero)).toEqual([
      { field: 'input.priceCents', key: 'MIN_VALUE', params: { min: '0,01 €' } },
    ]);
    const unknown = await schedule({
      priceListId: '00000000-0000-4000-8000-000000000000',
      serviceId: 'nonsense',
      priceCents: 100,
      validFrom: '2026-01-01',
    });
    expect(fieldErrors(unknown)).toEqual([
      { field: 'input.priceListId', key: 'UNKNOWN_REFERENCE' },
      { field: 'input.serviceId', key: 'UNKNOWN_REFERENCE' },
    ]);
    // A specialist may read prices but not change them.
    const denied = await schedule(
      { priceListId: list, serviceId: service.fresh, priceCents: 100, validFrom: '2026-01-01' },
      specialist.token,
    );
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await rowsOf(list)).toEqual(before);
    const changes = await sql(
      `SELECT id FROM audit_event WHERE organization_id = $1 AND result = 'ok' AND action IN ('create', 'update')`,
      [org],
    );
    expect(changes.length).toBeLessThanOrEqual(auditBefore.length);
  });

  it('calls off a version that has not started yet, but keeps history', async () => {
    const list = (
      await sql<{ id: string }>(`SELECT id FROM price_list WHERE funder_id = $1`, [funder.kov])
    )[0]!.id;
    const future = ok(
      await schedule({
        priceListId: list,
        serviceId: service.fresh,
        priceCents: 3600,
        validFrom: '2099-01-01',
      }),
    ).schedulePrice as { id: string };
    expect((await rowsOf(list)).filter((r) => r.price_cents === 3300)).toEqual([
      { price_cents: 3300, valid: '[2025-08-01,2099-01-01)' },
    ]);
    expect(
      ok(
        await gql(admin.token, `mutation ($id: ID!) { deletePriceRow(id: $id) }`, {
          id: future.id,
        }),
      ).deletePriceRow,
    ).toBe(true);
    // The version it had ended runs on until further notice again.
    expect((await rowsOf(list)).filter((r) => r.price_cents >= 3300)).toEqual([
      { price_cents: 3300, valid: '[2025-08-01,)' },
    ]);
    const [past] = await sql<{ id: string }>(
      `SELECT id FROM price_list_row WHERE price_list_id = $1 AND lower(valid) = '2025-01-01' AND service_id = $2`,
      [list, service.fresh],
    );
    const refused = await gql(admin.token, `mutation ($id: ID!) { deletePriceRow(id: $id) }`, {
      id: past!.id,
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('imports a file row by row: reports every bad line; ALL_OR_NOTHING writes nothing, VALID_ROWS the good rows', async () => {
    const list = await newList(
      (
        await sql<{ id: string }>(
          `INSERT INTO funder (code, kind, name_et, name_en) VALUES ($1, 'client', 'Eraisik', 'Private') RETURNING id`,
          [code('TPRIV')],
        )
      )[0]!.id,
      'Erahinnakiri',
    );
    const csv = [
      'Teenuse ID;Teenus;Vorm;Grupi suurus alates;Grupi suurus kuni;Hind (€);KM kategooria;Kehtib alates;Kehtib kuni',
      `;Füsioteraapia;individuaalne;;;29,36;maksuvaba;01.01.2025;`,
      `;Liikumisgrupp;grupp;2;8;10.44;;2025-01-01;31.12.2025`,
      `;Olematu teenus;individuaalne;;;20;;01.01.2025;`,
      `${service.tkConsult};;individuaalne;;;abc;;32.13.2025;`,
      `;Füsioteraapia;individuaalne;;;30,00;;01.06.2025;30.06.2025`,
      `;Loovteraapia;pere;;;25;;01.01.2025;`,
    ].join('\r\n');
    const content = Buffer.from(`\ufeff${csv}`, 'utf8').toString('base64');
    const all = ok(
      await gql(
        admin.token,
        IMPORT,
        { id: list, format: 'CSV', content, mode: 'ALL_OR_NOTHING' },
        'en',
      ),
    ).importPriceList as {
      imported: number;
      errors: Array<{ line: number; field: string; message: string }>;
    };
    expect(all.imported).toBe(0);
    expect(all.errors.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 4, field: 'Teenus' },
      { line: 5, field: 'Hind (€)' },
      { line: 5, field: 'Kehtib alates' },
      { line: 6, field: 'Kehtib alates' },
      { line: 7, field: 'Vorm' },
    ]);
    expect(all.errors[3]!.message).toContain('01.01.2025');
    expect(all.errors[0]!.message).toMatch(/not found/);
    expect(await rowsOf(list)).toEqual([]);

    const some = ok(
      await gql(admin.token, IMPORT, { id: list, format: 'CSV', content, mode: 'VALID_ROWS' }),
    ).importPriceList as { imported: number; errors: unknown[] };
    expect(some.imported).toBe(2);
    expect(some.errors).toHaveLength(5);
    expect(await rowsOf(list)).toEqual([
      { price_cents: 1044, valid: '[2025-01-01,2026-01-01)' },
      { price_cents: 2936, valid: '[2025-01-01,)' },
    ]);

    // Export: heading and one line per version, readable back as XLSX too.
    const csvFile = ok(await gql(admin.token, EXPORT, { id: list, format: 'CSV' }))
      .exportPriceList as {
      contentBase64: string;
      rowCount: number;
      filename: string;
    };
    expect(csvFile.rowCount).toBe(2);
    const lines = Buffer.from(csvFile.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Teenuse ID;Teenus;Riiklik kood;Vorm;Grupi suurus alates;Grupi suurus kuni;Hind (€);KM kategooria;Kehtib alates;Kehtib kuni',
    );
    expect(lines.slice(1)).toEqual([
      `${service.physio};Füsioteraapia;${stateCode};individuaalne;1;1;29,36;maksuvaba;01.01.2025;`,
      `${service.group};Liikumisgrupp;;grupp;2;8;10,44;maksuvaba;01.01.2025;31.12.2025`,
    ]);
    const xlsx = ok(await gql(admin.token, EXPORT, { id: list, format: 'XLSX' }))
      .exportPriceList as {
      contentBase64: string;
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(3);
    // The exported workbook imports again, into a fresh list.
    const [otherFunder] = await sql<{ id: string }>(
      `INSERT INTO funder (code, kind, name_et, name_en) VALUES ($1, 'other', 'Muu', 'Other') RETURNING id`,
      [code('TOTH')],
    );
    const copy = await newList(otherFunder!.id, 'Koopia');
    const again = ok(
      await gql(admin.token, IMPORT, {
        id: copy,
        format: 'XLSX',
        content: xlsx.contentBase64,
        mode: 'ALL_OR_NOTHING',
      }),
    ).importPriceList as { imported: number; errors: unknown[] };
    expect(again).toEqual({ imported: 2, errors: [] });
  });

  it('keeps price lists to their organization', async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT id FROM price_list WHERE funder_id = $1`, [
      funder.kov,
    ]);
    const other = await gql(otherAdmin.token, LIST, { id });
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(ok(await gql(otherAdmin.token, `{ priceLists { id } }`)).priceLists).toEqual([]);
    const exported = await gql(otherAdmin.token, EXPORT, { id, format: 'CSV' });
    expect(exported.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // Their quote for our service: our service does not exist for them.
    const theirs = await gql(otherAdmin.token, QUOTE, {
      serviceId: service.fresh,
      funderId: funder.kov,
      date: '2025-07-01',
      form: 'individual',
      groupSize: 1,
    });
    expect(fieldErrors(theirs)).toEqual([{ field: 'serviceId', key: 'UNKNOWN_REFERENCE' }]);
  });
});
