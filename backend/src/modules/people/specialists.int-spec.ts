import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

const FIELDS = `id userId external name email phone qualifications costPerHourCents active
  professions { key name } services { serviceId name stateCode costCents } units { unitId name }`;
const CREATE = `mutation ($input: CreateSpecialistInput!) { createSpecialist(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSpecialistInput!) { updateSpecialist(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { specialist(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: SpecialistFilter, $first: Int, $after: String) {
  specialists(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

interface SpecialistView {
  id: string;
  userId: string | null;
  external: boolean;
  name: string;
  email: string | null;
  phone: string | null;
  qualifications: string | null;
  costPerHourCents: number | null;
  active: boolean;
  professions: Array<{ key: string; name: string }>;
  services: Array<{
    serviceId: string;
    name: string;
    stateCode: string | null;
    costCents: number | null;
  }>;
  units: Array<{ unitId: string; name: string }>;
}
interface ListView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; name: string } }>;
}
interface Answer<T> {
  data?: T;
  code?: string;
  fields?: Array<{ field: string; key: string; params?: Record<string, unknown> }>;
}

describe('specialists registry: staff and external specialists, their services and units (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let other: string;
  let admin: string;
  let reader: string;
  let otherAdmin: string;
  let physio: string;
  let privateService: string;
  let otherService: string;
  let parentUnit: string;
  let childUnit: string;
  let otherUnit: string;

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);

  async function call<T = SpecialistView>(
    token: string,
    document: string,
    variables?: object,
  ): Promise<Answer<T>> {
    const res = await graphql(api.url, document, { token, variables, locale: 'en' });
    const error = res.body.errors?.[0];
    if (error)
      return {
        code: error.extensions.code as string,
        fields: error.extensions.fields as Answer<T>['fields'],
      };
    return { data: Object.values(res.body.data!)[0] as T };
  }
  const create = (input: object, token = admin) => call(token, CREATE, { input });
  const list = (filter: object, first = 50, after?: string, token = reader) =>
    call<ListView>(token, LIST, { filter, first, after });

  /** Every row of the registry's tables of `organizationId`: a refusal must leave it alone. */
  const snapshot = (organizationId = org) =>
    sql(
      `SELECT (SELECT json_agg(s ORDER BY s.id) FROM specialist s WHERE organization_id = $1) AS specialists,
              (SELECT json_agg(x ORDER BY x.specialist_id, x.service_id) FROM specialist_service x WHERE organization_id = $1) AS services,
              (SELECT json_agg(x ORDER BY x.specialist_id, x.unit_id) FROM specialist_unit x WHERE organization_id = $1) AS units`,
      [organizationId],
    );

  async function providerService(organizationId: string, name: string, stateCode: string | null) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO provider_service (organization_id, state_code, name, forms, valid)
       VALUES ($1, $2, $3, '{individual}', '[2020-01-01,)') RETURNING id`,
      [organizationId, stateCode, name],
    );
    return row!.id;
  }
  async function unit(organizationId: string, name: string, parentId?: string) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO org_unit (organization_id, parent_id, name) VALUES ($1, $2, $3) RETURNING id`,
      [organizationId, parentId ?? null, name],
    );
    return row!.id;
  }

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
    org = await fx.organization('Spetsialistide Keskus OÜ');
    other = await fx.organization('Teine Keskus OÜ');
    admin = (await fx.staffLogin(org, ['organization-admin'])).token;
    reader = (await fx.staffLogin(org, ['specialist'])).token;
    otherAdmin = (await fx.staffLogin(other, ['organization-admin'])).token;
    // SKA physiotherapy (TARIFFS.md 2001): only a physiotherapist may provide it. The seed
    // migration may already hold it; the test needs it either way.
    await sql(
      `INSERT INTO funder (code, kind, name_et, name_en)
       SELECT 'SKA', 'ska', 'Sotsiaalkindlustusamet', 'Social Insurance Board'
        WHERE NOT EXISTS (SELECT 1 FROM funder WHERE code = 'SKA')`,
    );
    await sql(
      `INSERT INTO state_service (code, funder_id, name_et, name_en, unit, professions, valid)
       SELECT '2001', (SELECT id FROM funder WHERE code = 'SKA'), 'Füsioterapeut',
              'Physiotherapist', 'hour', '{physiotherapist}', '[2016-01-01,)'
        WHERE NOT EXISTS (SELECT 1 FROM state_service WHERE code = '2001')`,
    );
    physio = await providerService(org, 'Füsioteraapia', '2001');
    privateService = await providerService(org, 'Massaaž', null);
    otherService = await providerService(other, 'Teise asutuse teenus', null);
    parentUnit = await unit(org, 'Tallinna osakond');
    childUnit = await unit(org, 'Lastetiim', parentUnit);
    otherUnit = await unit(other, 'Teise asutuse üksus');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('registers an external specialist with professions, services, costs and units; any staff member reads it, and both are audited', async () => {
    const created = await create({
      name: '  Piret Põder ',
      email: 'piret@example.ee',
      phone: '+372 5123 4567',
      professions: ['physiotherapist', 'social-worker'],
      qualifications: 'Füsioterapeudi kutsetunnistus, tase 7',
      costPerHourCents: 3500,
      services: [{ serviceId: physio, costCents: 2800 }, { serviceId: privateService }],
      unitIds: [childUnit],
    });
    expect(created.code).toBeUndefined();
    const s = created.data!;
    expect(s).toMatchObject({
      userId: null,
      external: true,
      name: 'Piret Põder',
      email: 'piret@example.ee',
      phone: '+372 5123 4567',
      costPerHourCents: 3500,
      active: true,
      // In the classifier's order.
      professions: [
        { key: 'social-worker', name: 'Social worker' },
        { key: 'physiotherapist', name: 'Physiotherapist' },
      ],
      units: [{ unitId: childUnit, name: 'Lastetiim' }],
    });
    expect(s.services).toEqual([
      { serviceId: physio, name: 'Füsioteraapia', stateCode: '2001', costCents: 2800 },
      { serviceId: privateService, name: 'Massaaž', stateCode: null, costCents: null },
    ]);
    const read = await call(reader, GET, { id: s.id });
    expect(read.data).toEqual(s);
    const events = await sql<{ action: string; fields: string[] }>(
      `SELECT action, fields FROM audit_event WHERE entity_type = 'specialist' AND entity_id = $1
        ORDER BY id`,
      [s.id],
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'read', 'read']);
    expect(events[0]!.fields).toEqual(expect.arrayContaining(['name', 'services', 'units']));
    expect(events[1]!.fields).toEqual(['name', 'email', 'phone']);
  });

  it('registers a staff member under the name and e-mail of their account, and only once', async () => {
    const member = await fx.staff(org, ['specialist']);
    await sql(`UPDATE app_user SET display_name = 'Mari Maasikas' WHERE id = $1`, [member]);
    const [{ email }] = await sql<{ email: string }>(`SELECT email FROM app_user WHERE id = $1`, [
      member,
    ]);
    const created = await create({ userId: member, professions: ['psychologist'] });
    expect(created.data).toMatchObject({
      userId: member,
      external: false,
      name: 'Mari Maasikas',
      email,
    });
    // A rename of the account shows in the registry.
    await sql(`UPDATE app_user SET display_name = 'Mari Murakas' WHERE id = $1`, [member]);
    expect((await call(reader, GET, { id: created.data!.id })).data!.name).toBe('Mari Murakas');

    const before = await snapshot();
    const again = await create({ userId: member, professions: [] });
    expect(again.code).toBe('BAD_USER_INPUT');
    expect(again.fields).toEqual([
      expect.objectContaining({ field: 'input.userId', key: 'ALREADY_EXISTS' }),
    ]);
    // The name and e-mail of a staff specialist are the account's: they cannot be given.
    const named = await create({
      userId: await fx.staff(org),
      name: 'Teine nimi',
      professions: [],
    });
    expect(named.fields).toEqual([
      expect.objectContaining({ field: 'input.name', key: 'INVALID_VALUE' }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const deactivated = await fx.staff(org, ['specialist']);
    await sql(`UPDATE membership SET active = false WHERE user_id = $1`, [deactivated]);
    const outsider = await fx.staff(other, ['specialist']);
    const cases: Array<[object, string, string]> = [
      [{ professions: [] }, 'input.name', 'REQUIRED'],
      [{ name: '   ', professions: [] }, 'input.name', 'REQUIRED'],
      [{ name: 'X', email: 'ei-ole-aadress', professions: [] }, 'input.email', 'INVALID_EMAIL'],
      [{ name: 'X', professions: ['astronaut'] }, 'input.professions', 'UNKNOWN_REFERENCE'],
      [{ name: 'X', professions: [], costPerHourCents: -1 }, 'input.costPerHourCents', 'MIN_VALUE'],
      [
        { name: 'X', professions: [], costPerHourCents: 10_000_001 },
        'input.costPerHourCents',
        'MAX_VALUE',
      ],
      [
        {
          name: 'X',
          professions: [],
          services: [{ serviceId: privateService, costCents: 10_000_001 }],
        },
        'input.services.0.costCents',
        'MAX_VALUE',
      ],
      [
        { name: 'X', professions: [], services: [{ serviceId: otherService }] },
        'input.services.0.serviceId',
        'UNKNOWN_REFERENCE',
      ],
      [{ name: 'X', professions: [], unitIds: [otherUnit] }, 'input.unitIds', 'UNKNOWN_REFERENCE'],
      [{ userId: deactivated, professions: [] }, 'input.userId', 'UNKNOWN_REFERENCE'],
      [{ userId: outsider, professions: [] }, 'input.userId', 'UNKNOWN_REFERENCE'],
      [{ name: 'X'.repeat(201), professions: [] }, 'input.name', 'TOO_LONG'],
    ];
    const before = await snapshot();
    for (const [input, field, key] of cases) {
      const answer = await create(input);
      expect({
        input,
        code: answer.code,
        fields: answer.fields?.map((f) => [f.field, f.key]),
      }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        fields: [[field, key]],
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('does not link a specialist without an allowed profession to SKA physiotherapy, on create or by a later change', async () => {
    const before = await snapshot();
    const refused = await create({
      name: 'Sotsiaaltöötaja Sirje',
      professions: ['social-worker'],
      services: [{ serviceId: privateService }, { serviceId: physio }],
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual([
      expect.objectContaining({
        field: 'input.services.1.serviceId',
        key: 'PROFESSION_NOT_ALLOWED',
        params: { allowed: 'Physiotherapist' },
      }),
    ]);
    expect(await snapshot()).toEqual(before);

    const physiotherapist = await create({
      name: 'Füsioterapeut Füüsa',
      professions: ['physiotherapist'],
      services: [{ serviceId: physio }],
    });
    expect(physiotherapist.code).toBeUndefined();
    const id = physiotherapist.data!.id;
    const beforeChange = await snapshot();
    const dropped = await call(admin, UPDATE, { id, input: { professions: ['social-worker'] } });
    expect(dropped.fields).toEqual([
      expect.objectContaining({ field: 'input.professions', key: 'PROFESSION_NOT_ALLOWED' }),
    ]);
    expect(await snapshot()).toEqual(beforeChange);
  });

  it('changes only the fields given, audits the change, and deactivates and reactivates without deleting', async () => {
    const { data } = await create({
      name: 'Muudetav Mart',
      professions: ['psychologist'],
      costPerHourCents: 2000,
    });
    const id = data!.id;
    const updated = await call(admin, UPDATE, {
      id,
      input: {
        costPerHourCents: 2500,
        unitIds: [parentUnit],
        services: [{ serviceId: privateService, costCents: 0 }],
      },
    });
    expect(updated.data).toMatchObject({
      name: 'Muudetav Mart',
      costPerHourCents: 2500,
      professions: [{ key: 'psychologist' }],
      units: [{ unitId: parentUnit }],
      services: [{ serviceId: privateService, costCents: 0 }],
    });
    const deactivated = await call(
      admin,
      `mutation ($id: ID!) { deactivateSpecialist(id: $id) { active } }`,
      { id },
    );
    expect(deactivated.data).toEqual({ active: false });
    expect((await call(reader, GET, { id })).data!.active).toBe(false);
    const reactivated = await call(
      admin,
      `mutation ($id: ID!) { reactivateSpecialist(id: $id) { active } }`,
      { id },
    );
    expect(reactivated.data).toEqual({ active: true });
    const changes = await sql<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE entity_type = 'specialist' AND entity_id = $1 AND action = 'update'
        ORDER BY id`,
      [id],
    );
    expect(changes.map((c) => c.fields)).toEqual([
      ['cost_per_hour_cents', 'services', 'units'],
      ['active'],
      ['active'],
    ]);
  });

  it('keeps each organization to its own: another organization gets NOT_FOUND and cannot use our ids', async () => {
    const { data } = await create({ name: 'Oma Olev', professions: [] });
    const id = data!.id;
    const before = await snapshot();
    expect((await call(otherAdmin, GET, { id })).code).toBe('NOT_FOUND');
    expect((await call(otherAdmin, UPDATE, { id, input: { qualifications: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await call(otherAdmin, `mutation ($id: ID!) { deactivateSpecialist(id: $id) { id } }`, {
          id,
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await list({}, 50, undefined, otherAdmin)).data!.edges.map((e) => e.node.id),
    ).not.toContain(id);
    const otherBefore = await snapshot(other);
    const borrowed = await create(
      {
        name: 'Laenaja',
        professions: [],
        services: [{ serviceId: privateService }],
        unitIds: [parentUnit],
      },
      otherAdmin,
    );
    expect(borrowed.fields?.map((f) => f.field).sort()).toEqual([
      'input.services.0.serviceId',
      'input.unitIds',
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await snapshot(other)).toEqual(otherBefore);
  });

  it('lets a role without catalog.manage read but not change the registry', async () => {
    const before = await snapshot();
    expect((await create({ name: 'Keelatud', professions: [] }, reader)).code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('filters by name, profession, unit (with sub-units), service, activity and kind, and pages by name', async () => {
    const fresh = await fx.organization();
    const token = (await fx.staffLogin(fresh, ['organization-admin'])).token;
    const top = await unit(fresh, 'Ülemüksus');
    const below = await unit(fresh, 'Alamüksus', top);
    const service = await providerService(fresh, 'Nõustamine', null);
    const member = await fx.staff(fresh, ['specialist']);
    await sql(`UPDATE app_user SET display_name = 'Aino Töötaja' WHERE id = $1`, [member]);
    const made: Record<string, string> = {};
    for (const input of [
      { userId: member, professions: ['psychologist'], unitIds: [top] },
      {
        name: 'Bruno Väline',
        professions: ['social-worker'],
        unitIds: [below],
        services: [{ serviceId: service }],
      },
      { name: 'Cärol Väline', email: 'carol@example.ee', professions: ['social-worker'] },
      { name: 'Dagmar Väline', professions: ['psychologist'], services: [{ serviceId: service }] },
      { name: 'Eero Väline', professions: [] },
    ]) {
      const answer = await create(input, token);
      expect(answer.code).toBeUndefined();
      made[answer.data!.name.split(' ')[0]!] = answer.data!.id;
    }
    await call(token, `mutation ($id: ID!) { deactivateSpecialist(id: $id) { id } }`, {
      id: made.Eero,
    });
    const names = async (filter: object) =>
      (await list(filter, 50, undefined, token)).data!.edges.map((e) => e.node.name.split(' ')[0]);

    expect(await names({})).toEqual(['Aino', 'Bruno', 'Cärol', 'Dagmar', 'Eero']);
    expect(await names({ search: 'VÄLINE' })).toEqual(['Bruno', 'Cärol', 'Dagmar', 'Eero']);
    expect(await names({ search: 'carol@' })).toEqual(['Cärol']);
    expect(await names({ profession: 'psychologist' })).toEqual(['Aino', 'Dagmar']);
    expect(await names({ unitId: top })).toEqual(['Aino', 'Bruno']);
    expect(await names({ unitId: below })).toEqual(['Bruno']);
    expect(await names({ serviceId: service })).toEqual(['Bruno', 'Dagmar']);
    expect(await names({ active: false })).toEqual(['Eero']);
    expect(await names({ external: false })).toEqual(['Aino']);
    expect(await names({ external: true, active: true, profession: 'social-worker' })).toEqual([
      'Bruno',
      'Cärol',
    ]);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await list({}, 2, after, token)).data!;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.name.split(' ')[0]!));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['Aino', 'Bruno', 'Cärol', 'Dagmar', 'Eero']);
    expect((await list({}, 2, 'not-a-cursor', token)).fields).toEqual([
      expect.objectContaining({ field: 'after', key: 'INVALID_FORMAT' }),
    ]);

    const exported = await call<{ rowCount: number; contentBase64: string; filename: string }>(
      token,
      `{ exportSpecialists(format: CSV, filter: { external: true, active: true }) { rowCount contentBase64 filename } }`,
    );
    expect(exported.data!.rowCount).toBe(3);
    const csv = Buffer.from(exported.data!.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('Name;Kind;E-mail');
    expect(csv).toContain('Cärol Väline;external;carol@example.ee');
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND action = 'export'
          AND entity_type = 'specialist'`,
      [fresh],
    );
    expect(n).toBe(1);
  });
});
