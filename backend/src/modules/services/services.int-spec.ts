import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

type Body = Awaited<ReturnType<typeof graphql>>['body'];
interface GqlError {
  extensions: { code: string; fields?: Array<{ field: string; key: string; params?: object }> };
}

const STATE_SERVICES = `query ($d: String) { stateServices(onDate: $d) {
  code unit professions invoiced funderCode forms { form validTo }
  tariffs { form groupSizeMin groupSizeMax priceCents validFrom validTo } } }`;
const SCHEDULE = `mutation ($input: ScheduleStateTariffInput!) {
  scheduleStateTariff(input: $input) { form groupSizeMin priceCents validFrom validTo } }`;
const CREATE = `mutation ($input: CreateProviderServiceInput!) {
  createProviderService(input: $input) { id stateCode name forms groupMin groupMax professions public validFrom validTo } }`;

describe('services catalog: central state data, provider services, packages, public catalog (real API)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let admin: { token: string };
  let specialist: { token: string };

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);
  const gql = async (token: string | undefined, query: string, variables?: object): Promise<Body> =>
    (await graphql(api.url, query, { token, variables })).body;
  const firstError = (body: Body) => (body.errors as unknown as GqlError[] | undefined)?.[0];
  const count = async (table: string) =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

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
    org = await fx.organization('Teenuste Keskus OÜ');
    admin = await fx.staffLogin(org, ['organization-admin']);
    specialist = await fx.staffLogin(org, ['specialist']);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('seeded state data', () => {
    it('has the SKA codes with their 2023 prices, units and professions', async () => {
      const res = await gql(specialist.token, STATE_SERVICES, { d: '2023-06-01' });
      expect(res.errors).toBeUndefined();
      const services = res.data!.stateServices as Array<{
        code: string;
        tariffs: Array<{ priceCents: number }>;
      }>;
      expect(services.map((s) => s.code)).toEqual(
        expect.arrayContaining(['2001', '2002', '2016', '2028', '3001', '3002', '4003']),
      );
      expect(services).toHaveLength(22);
      const byCode = new Map(services.map((s) => [s.code, s]));
      expect(byCode.get('2001')).toMatchObject({
        unit: 'hour',
        professions: ['physiotherapist'],
        funderCode: 'SKA',
        invoiced: true,
        forms: [{ form: 'individual', validTo: null }],
        tariffs: [
          {
            form: 'individual',
            groupSizeMin: 1,
            groupSizeMax: 1,
            priceCents: 2936,
            validFrom: '2023-01-01',
            validTo: null,
          },
        ],
      });
      expect(byCode.get('2002')!.tariffs).toEqual([
        {
          form: 'group',
          groupSizeMin: 2,
          groupSizeMax: 100,
          priceCents: 1044,
          validFrom: '2023-01-01',
          validTo: null,
        },
      ]);
      expect(byCode.get('2028')!.tariffs[0].priceCents).toBe(4880);
      expect(byCode.get('3002')).toMatchObject({ unit: 'km', invoiced: false });
      expect(byCode.get('3001')).toMatchObject({ unit: 'day' });
    });

    it('allows the family form for 2001 until 31.07.2018, never for the doctor', async () => {
      const before = await gql(specialist.token, STATE_SERVICES, { d: '2018-07-31' });
      const forms = (code: string, body: Body) =>
        (body.data!.stateServices as Array<{ code: string; forms: Array<{ form: string }> }>)
          .find((s) => s.code === code)!
          .forms.map((f) => f.form);
      expect(forms('2001', before)).toEqual(['family', 'individual']);
      expect(forms('2028', before)).toEqual(['individual']);
      const after = await gql(specialist.token, STATE_SERVICES, { d: '2018-08-01' });
      expect(forms('2001', after)).toEqual(['individual']);
      // Before 2023 there is no seeded tariff: the list says so by being empty.
      expect(
        (after.data!.stateServices as Array<{ tariffs: unknown[] }>).every(
          (s) => !s.tariffs.length,
        ),
      ).toBe(true);
    });

    it('seeds funders and VAT rates (20 % → 22 % → 24 %)', async () => {
      const funders = await gql(
        specialist.token,
        `{ funders { code kind registryCode municipalityCode } }`,
      );
      expect((funders.data!.funders as Array<{ code: string }>).map((f) => f.code)).toEqual([
        'SKA',
        'TK',
        'HK',
        'KOV-0784',
        'KOV-0793',
        'CLIENT',
        'OTHER',
      ]);
      const kov = await gql(specialist.token, `{ funders(kind: "kov") { municipalityCode } }`);
      expect(kov.data!.funders).toEqual([
        { municipalityCode: '0784' },
        { municipalityCode: '0793' },
      ]);
      const vat = await gql(
        specialist.token,
        `{ vatRates { category rateBasisPoints validFrom validTo } }`,
      );
      expect(vat.data!.vatRates).toEqual(
        expect.arrayContaining([
          {
            category: 'standard',
            rateBasisPoints: 2200,
            validFrom: '2024-01-01',
            validTo: '2025-07-01',
          },
          { category: 'standard', rateBasisPoints: 2400, validFrom: '2025-07-01', validTo: null },
          { category: 'exempt', rateBasisPoints: 0, validFrom: '2009-07-01', validTo: null },
        ]),
      );
    });
  });

  describe('the operator maintains state tariffs', () => {
    it('schedules a new price from a future date: both versions kept, the old one ends the day before', async () => {
      const res = await gql(fx.operatorToken(), SCHEDULE, {
        input: {
          code: '2004',
          form: 'individual',
          groupSizeMin: 1,
          groupSizeMax: 1,
          priceCents: 3100,
          validFrom: '2030-01-01',
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.scheduleStateTariff).toEqual([
        {
          form: 'individual',
          groupSizeMin: 1,
          priceCents: 2696,
          validFrom: '2023-01-01',
          validTo: '2030-01-01',
        },
        {
          form: 'individual',
          groupSizeMin: 1,
          priceCents: 3100,
          validFrom: '2030-01-01',
          validTo: null,
        },
      ]);
      const price = async (d: string) =>
        (
          await gql(
            specialist.token,
            `query ($d: String) { stateService(code: "2004", onDate: $d) { tariffs { priceCents } } }`,
            { d },
          )
        ).data!.stateService;
      expect(await price('2029-12-31')).toEqual({ tariffs: [{ priceCents: 2696 }] });
      expect(await price('2030-01-01')).toEqual({ tariffs: [{ priceCents: 3100 }] });
      const [audit] = await sql<{ principal_kind: string }>(
        `SELECT principal_kind FROM audit_event WHERE entity_type = 'state_tariff' AND action = 'create'`,
      );
      expect(audit!.principal_kind).toBe('operator');
    });

    it('refuses an overlapping version with OVERLAPPING_VALIDITY and changes nothing', async () => {
      const before = await sql(`SELECT * FROM state_tariff ORDER BY id`);
      const res = await gql(fx.operatorToken(), SCHEDULE, {
        input: {
          code: '2004',
          form: 'individual',
          groupSizeMin: 1,
          groupSizeMax: 1,
          priceCents: 2900,
          validFrom: '2026-01-01',
        },
      });
      expect(firstError(res)!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.validFrom',
            key: 'OVERLAPPING_VALIDITY',
            params: { from: '01.01.2023', to: '31.12.2029' },
          },
        ],
      });
      expect(await sql(`SELECT * FROM state_tariff ORDER BY id`)).toEqual(before);
    });

    it('adds a state service version from a date and ends the form it replaces', async () => {
      const op = fx.operatorToken();
      const res = await gql(
        op,
        `mutation ($input: UpsertStateServiceInput!) { upsertStateService(input: $input) { code nameEt validFrom } }`,
        {
          input: {
            code: '2010',
            funderCode: 'SKA',
            nameEt: 'Psühholoogi teenus (uus)',
            nameEn: 'Psychologist',
            unit: 'hour',
            professions: ['psychologist', 'clinical-psychologist'],
            invoiced: true,
            validFrom: '2031-01-01',
          },
        },
      );
      expect(res.errors).toBeUndefined();
      const versions = await sql<{ valid: string }>(
        `SELECT valid::text AS valid FROM state_service WHERE code = '2010' ORDER BY lower(valid)`,
      );
      expect(versions.map((v) => v.valid)).toEqual(['[2016-01-01,2031-01-01)', '[2031-01-01,)']);
      const form = await gql(
        op,
        `mutation { setStateServiceForm(input: { code: "2003", form: "family", validFrom: "2016-01-01", validTo: "2018-09-01" }) { form validTo } }`,
      );
      expect(form.data!.setStateServiceForm).toContainEqual({
        form: 'family',
        validTo: '2018-09-01',
      });
    });

    it('refuses operator mutations to staff (FORBIDDEN) and gives reha_app no write on central tables', async () => {
      const before = await sql(`SELECT * FROM state_tariff ORDER BY id`);
      const res = await gql(admin.token, SCHEDULE, {
        input: {
          code: '2001',
          form: 'individual',
          groupSizeMin: 1,
          groupSizeMax: 1,
          priceCents: 1,
          validFrom: '2040-01-01',
        },
      });
      expect(firstError(res)!.extensions.code).toBe('FORBIDDEN');
      const funder = await gql(
        admin.token,
        `mutation { upsertFunder(input: { code: "X1", kind: "other", nameEt: "X", nameEn: "X" }) { id } }`,
      );
      expect(firstError(funder)!.extensions.code).toBe('FORBIDDEN');
      expect(await sql(`SELECT * FROM state_tariff ORDER BY id`)).toEqual(before);
      const [grants] = await sql<Record<string, boolean>>(
        `SELECT bool_or(has_table_privilege('reha_app', t, 'INSERT')
                     OR has_table_privilege('reha_app', t, 'UPDATE')
                     OR has_table_privilege('reha_app', t, 'DELETE')) AS writable
           FROM unnest(ARRAY['funder', 'state_service', 'state_service_form', 'state_tariff', 'vat_rate']) t`,
      );
      expect(grants!.writable).toBe(false);
    });
  });

  describe('provider services', () => {
    let physio: string;

    it('creates a service on top of a state code and a private one', async () => {
      const res = await gql(admin.token, CREATE, {
        input: {
          stateCode: '2002',
          name: 'Rühmavõimlemine',
          forms: ['group'],
          groupMin: 3,
          groupMax: 8,
          professions: ['physiotherapist'],
          public: true,
          validFrom: '2024-01-01',
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createProviderService).toMatchObject({
        stateCode: '2002',
        forms: ['group'],
        groupMin: 3,
        groupMax: 8,
        validTo: null,
      });
      physio = (res.data!.createProviderService as { id: string }).id;
      const priv = await gql(admin.token, CREATE, {
        input: { name: 'Massaaž', forms: ['individual'], validFrom: '2024-01-01' },
      });
      expect(priv.errors).toBeUndefined();
      const list = await gql(specialist.token, `{ providerServices(stateCode: "2002") { id } }`);
      expect(list.data!.providerServices).toEqual([{ id: physio }]);
    });

    it.each([
      [
        'an unknown state code',
        { stateCode: '9999', forms: ['individual'] },
        'input.stateCode',
        'UNKNOWN_REFERENCE',
      ],
      [
        'a form the code does not allow',
        { stateCode: '2028', forms: ['group'], professions: ['doctor'] },
        'input.forms',
        'NOT_ONE_OF',
      ],
      [
        'the family form after 2018-08-01',
        { stateCode: '2001', forms: ['family'], validFrom: '2019-01-01' },
        'input.forms',
        'NOT_ONE_OF',
      ],
      [
        'a profession the code does not allow',
        { stateCode: '2001', forms: ['individual'], professions: ['psychologist'] },
        'input.professions',
        'PROFESSION_NOT_ALLOWED',
      ],
      [
        'a group size without the group form',
        { stateCode: '2001', forms: ['individual'], groupMin: 2 },
        'input.groupMin',
        'GROUP_SIZE_OUT_OF_BOUNDS',
      ],
      [
        'a group size over 100',
        { stateCode: '2002', forms: ['group'], groupMax: 150 },
        'input.groupMax',
        'GROUP_SIZE_OUT_OF_BOUNDS',
      ],
    ])('refuses %s and writes nothing', async (_name, input, field, key) => {
      const before = await count('provider_service');
      const res = await gql(admin.token, CREATE, {
        input: { name: 'Vigane teenus', validFrom: '2024-01-01', ...input },
      });
      expect(firstError(res)!.extensions.code).toBe('BAD_USER_INPUT');
      expect(firstError(res)!.extensions.fields).toContainEqual(
        expect.objectContaining({ field, key }),
      );
      expect(await count('provider_service')).toBe(before);
    });

    it('names the allowed professions', async () => {
      const res = await gql(admin.token, CREATE, {
        input: {
          name: 'X',
          stateCode: '2010',
          forms: ['individual'],
          professions: ['nurse'],
          validFrom: '2024-01-01',
        },
      });
      expect(firstError(res)!.extensions.fields).toEqual([
        {
          field: 'input.professions',
          key: 'PROFESSION_NOT_ALLOWED',
          params: { allowed: 'psychologist' },
          message: expect.any(String),
        },
      ]);
    });

    it('refuses writes to a specialist without catalog.manage', async () => {
      const res = await gql(specialist.token, CREATE, {
        input: { name: 'X', forms: ['individual'] },
      });
      expect(firstError(res)!.extensions.code).toBe('FORBIDDEN');
    });

    it('ends a service instead of deleting it', async () => {
      const res = await gql(
        admin.token,
        `mutation ($id: ID!) { endProviderService(id: $id, validTo: "2030-01-01") { validTo } }`,
        { id: physio },
      );
      expect(res.data!.endProviderService).toEqual({ validTo: '2030-01-01' });
      const active = await gql(
        specialist.token,
        `{ providerServices(activeOn: "2030-01-01") { id } }`,
      );
      expect(
        (active.data!.providerServices as Array<{ id: string }>).map((s) => s.id),
      ).not.toContain(physio);
      expect(await count('provider_service')).toBeGreaterThan(0);
    });

    it('keeps another organization out: NOT_FOUND, nothing changed', async () => {
      const other = await fx.staffLogin(await fx.organization('Teine OÜ'), ['organization-admin']);
      const read = await gql(other.token, `query ($id: ID!) { providerService(id: $id) { id } }`, {
        id: physio,
      });
      expect(firstError(read)!.extensions.code).toBe('NOT_FOUND');
      const list = await gql(other.token, `{ providerServices { id } }`);
      expect(list.data!.providerServices).toEqual([]);
      const before = await sql(`SELECT * FROM provider_service WHERE id = $1`, [physio]);
      const change = await gql(
        other.token,
        `mutation ($id: ID!) { updateProviderService(id: $id, input: { name: "Võõras" }) { id } }`,
        { id: physio },
      );
      expect(firstError(change)!.extensions.code).toBe('NOT_FOUND');
      expect(await sql(`SELECT * FROM provider_service WHERE id = $1`, [physio])).toEqual(before);
      const pkg = await gql(
        other.token,
        `mutation ($s: ID!) { createServicePackage(input: { name: "P", items: [{ serviceId: $s, quantity: 1 }] }) { id } }`,
        { s: physio },
      );
      expect(firstError(pkg)!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'input.items.0.serviceId', key: 'UNKNOWN_REFERENCE' }),
      ]);
    });

    it('bundles services into a package with quantities', async () => {
      const res = await gql(
        admin.token,
        `mutation ($s: ID!) { createServicePackage(input: { name: "Standardprogramm", items: [{ serviceId: $s, quantity: 10 }] }) { id name items { serviceId serviceName quantity } } }`,
        { s: physio },
      );
      expect(res.errors).toBeUndefined();
      expect((res.data!.createServicePackage as { items: unknown[] }).items).toEqual([
        { serviceId: physio, serviceName: 'Rühmavõimlemine', quantity: 10 },
      ]);
      const zero = await gql(
        admin.token,
        `mutation ($s: ID!) { createServicePackage(input: { name: "Null", items: [{ serviceId: $s, quantity: 0 }] }) { id } }`,
        { s: physio },
      );
      expect(firstError(zero)!.extensions.code).toBe('BAD_USER_INPUT');
      expect(await count('service_package')).toBe(1);
    });
  });

  describe('public catalog', () => {
    it('shows without a token only the public services offered today by that organization', async () => {
      await gql(admin.token, CREATE, {
        input: {
          name: 'Avalik loovteraapia',
          stateCode: '2019',
          forms: ['individual'],
          public: true,
          publicDescription: 'Kõigile',
          durationMinutes: 60,
          validFrom: '2024-01-01',
        },
      });
      await gql(admin.token, CREATE, {
        input: {
          name: 'Sisemine teenus',
          forms: ['individual'],
          public: false,
          validFrom: '2024-01-01',
        },
      });
      await gql(admin.token, CREATE, {
        input: {
          name: 'Tulevane avalik',
          forms: ['individual'],
          public: true,
          validFrom: '2099-01-01',
        },
      });
      const res = await gql(
        undefined,
        `query ($o: ID!) { publicServices(organizationId: $o) { name publicDescription durationMinutes forms stateCode } }`,
        { o: org },
      );
      expect(res.errors).toBeUndefined();
      // The group service made public above ended on 2030-01-01, so it is still offered today.
      expect(res.data!.publicServices).toEqual([
        {
          name: 'Avalik loovteraapia',
          publicDescription: 'Kõigile',
          durationMinutes: 60,
          forms: ['individual'],
          stateCode: '2019',
        },
        {
          name: 'Rühmavõimlemine',
          publicDescription: null,
          durationMinutes: null,
          forms: ['group'],
          stateCode: '2002',
        },
      ]);
      await sql(`UPDATE organization SET status = 'suspended' WHERE id = $1`, [org]);
      const suspended = await gql(
        undefined,
        `query ($o: ID!) { publicServices(organizationId: $o) { name } }`,
        { o: org },
      );
      expect(suspended.data!.publicServices).toEqual([]);
      await sql(`UPDATE organization SET status = 'active' WHERE id = $1`, [org]);
    });
  });
});
