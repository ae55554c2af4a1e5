import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

const FIELDS = `id name unitId unitName address capacity equipment accessibility costPerHourCents active
  services { serviceId name }`;
const CREATE = `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { room(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: RoomFilter, $first: Int, $after: String) {
  rooms(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

interface RoomView {
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  capacity: number;
  active: boolean;
  services: Array<{ serviceId: string; name: string }>;
}
interface ListView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; name: string } }>;
}
interface Answer<T> {
  data?: T;
  code?: string;
  fields?: Array<{ field: string; key: string }>;
}

describe('rooms registry: capacity, equipment, cost and the services that need a room (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let other: string;
  let admin: string;
  let reader: string;
  let otherAdmin: string;
  let gym: string;
  let talk: string;
  let otherService: string;
  let parentUnit: string;
  let childUnit: string;
  let otherUnit: string;

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);

  async function call<T = RoomView>(
    token: string,
    document: string,
    variables?: object,
  ): Promise<Answer<T>> {
    const res = await graphql(api.url, document, { token, variables, locale: 'en' });
    const error = res.body.errors?.[0];
    if (error)
      return {
        code: error.extensions.code as string,
        fields: (error.extensions.fields as Answer<T>['fields'])?.map((f) => ({
          field: f.field,
          key: f.key,
        })),
      };
    return { data: Object.values(res.body.data!)[0] as T };
  }
  const create = (input: object, token = admin) => call(token, CREATE, { input });

  /** Every room row of `organizationId`: a refusal must leave it alone. */
  const snapshot = (organizationId = org) =>
    sql(
      `SELECT (SELECT json_agg(r ORDER BY r.id) FROM room r WHERE organization_id = $1) AS rooms,
              (SELECT json_agg(x ORDER BY x.room_id, x.service_id) FROM room_service x WHERE organization_id = $1) AS services`,
      [organizationId],
    );

  async function providerService(organizationId: string, name: string) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO provider_service (organization_id, name, forms, valid)
       VALUES ($1, $2, '{individual,group}', '[2020-01-01,)') RETURNING id`,
      [organizationId, name],
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
    org = await fx.organization('Ruumide Keskus OÜ');
    other = await fx.organization('Teine Keskus OÜ');
    admin = (await fx.staffLogin(org, ['organization-admin'])).token;
    reader = (await fx.staffLogin(org, ['receptionist'])).token;
    otherAdmin = (await fx.staffLogin(other, ['organization-admin'])).token;
    gym = await providerService(org, 'Grupiteraapia');
    talk = await providerService(org, 'Nõustamine');
    otherService = await providerService(other, 'Teise asutuse teenus');
    parentUnit = await unit(org, 'Tartu osakond');
    childUnit = await unit(org, 'Tartu võimla', parentUnit);
    otherUnit = await unit(other, 'Teise asutuse üksus');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('registers a room with its unit, notes, cost and services; any staff member reads it; the change is audited', async () => {
    const created = await create({
      name: ' Võimla ',
      unitId: childUnit,
      address: 'Riia 1, Tartu',
      capacity: 12,
      equipment: 'Matid, pallid, ribiseinad',
      accessibility: 'Kaldtee, invatualett',
      costPerHourCents: 1500,
      serviceIds: [gym, talk, gym],
    });
    expect(created.code).toBeUndefined();
    expect(created.data).toMatchObject({
      name: 'Võimla',
      unitId: childUnit,
      unitName: 'Tartu võimla',
      capacity: 12,
      costPerHourCents: 1500,
      active: true,
      services: [
        { serviceId: gym, name: 'Grupiteraapia' },
        { serviceId: talk, name: 'Nõustamine' },
      ],
    });
    expect((await call(reader, GET, { id: created.data!.id })).data).toEqual(created.data);
    const [event] = await sql<{ action: string; fields: string[] }>(
      `SELECT action, fields FROM audit_event WHERE entity_type = 'room' AND entity_id = $1`,
      [created.data!.id],
    );
    expect(event).toEqual({
      action: 'create',
      fields: expect.arrayContaining(['name', 'unit_id', 'capacity', 'services']),
    });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await snapshot();
    const cases: Array<[object, string, string]> = [
      [{ name: '', capacity: 1 }, 'input.name', 'REQUIRED'],
      [{ name: '   ', capacity: 1 }, 'input.name', 'REQUIRED'],
      [{ name: 'R'.repeat(201), capacity: 1 }, 'input.name', 'TOO_LONG'],
      [{ name: 'Ruum', capacity: 0 }, 'input.capacity', 'MIN_VALUE'],
      [{ name: 'Ruum', capacity: 1001 }, 'input.capacity', 'MAX_VALUE'],
      [{ name: 'Ruum', capacity: 2, costPerHourCents: -5 }, 'input.costPerHourCents', 'MIN_VALUE'],
      [
        { name: 'Ruum', capacity: 2, costPerHourCents: 10_000_001 },
        'input.costPerHourCents',
        'MAX_VALUE',
      ],
      [{ name: 'Ruum', capacity: 2, unitId: otherUnit }, 'input.unitId', 'UNKNOWN_REFERENCE'],
      [
        { name: 'Ruum', capacity: 2, serviceIds: [gym, otherService] },
        'input.serviceIds',
        'UNKNOWN_REFERENCE',
      ],
    ];
    for (const [input, field, key] of cases)
      expect({ input, ...(await create(input)) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        fields: [{ field, key }],
      });
    const { data } = await create({ name: 'Muudetav', capacity: 3 });
    const afterCreate = await snapshot();
    for (const [input, field, key] of [
      [{ capacity: 0 }, 'input.capacity', 'MIN_VALUE'],
      [{ name: ' ' }, 'input.name', 'REQUIRED'],
      [{ unitId: otherUnit }, 'input.unitId', 'UNKNOWN_REFERENCE'],
    ] as Array<[object, string, string]>)
      expect(await call(admin, UPDATE, { id: data!.id, input })).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field, key }],
      });
    expect(await snapshot()).toEqual(afterCreate);
    expect(before).not.toEqual(afterCreate);
  });

  it('changes only the fields given, and deactivates and reactivates without deleting', async () => {
    const { data } = await create({ name: 'Saal', capacity: 20, serviceIds: [gym] });
    const id = data!.id;
    const updated = await call(admin, UPDATE, {
      id,
      input: { capacity: 25, serviceIds: [talk], equipment: 'Projektor' },
    });
    expect(updated.data).toMatchObject({
      name: 'Saal',
      capacity: 25,
      equipment: 'Projektor',
      services: [{ serviceId: talk }],
    });
    expect(
      (await call(admin, `mutation ($id: ID!) { deactivateRoom(id: $id) { active } }`, { id }))
        .data,
    ).toEqual({ active: false });
    expect((await call(reader, GET, { id })).data!.active).toBe(false);
    expect(
      (await call(admin, `mutation ($id: ID!) { reactivateRoom(id: $id) { active } }`, { id }))
        .data,
    ).toEqual({ active: true });
    const changes = await sql<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE entity_type = 'room' AND entity_id = $1 AND action = 'update'
        ORDER BY id`,
      [id],
    );
    expect(changes.map((c) => c.fields)).toEqual([
      ['capacity', 'equipment', 'services'],
      ['active'],
      ['active'],
    ]);
  });

  it('keeps each organization to its own: another organization gets NOT_FOUND and cannot use our ids', async () => {
    const { data } = await create({ name: 'Oma ruum', capacity: 2 });
    const id = data!.id;
    const before = await snapshot();
    const otherBefore = await snapshot(other);
    expect((await call(otherAdmin, GET, { id })).code).toBe('NOT_FOUND');
    expect((await call(otherAdmin, UPDATE, { id, input: { capacity: 3 } })).code).toBe('NOT_FOUND');
    expect(
      (await call(otherAdmin, `mutation ($id: ID!) { deactivateRoom(id: $id) { id } }`, { id }))
        .code,
    ).toBe('NOT_FOUND');
    const listed = await call<ListView>(otherAdmin, LIST, {});
    expect(listed.data!.edges.map((e) => e.node.id)).not.toContain(id);
    const borrowed = await create(
      { name: 'Laenatud', capacity: 2, unitId: parentUnit, serviceIds: [gym] },
      otherAdmin,
    );
    expect(borrowed.fields).toEqual([
      { field: 'input.unitId', key: 'UNKNOWN_REFERENCE' },
      { field: 'input.serviceIds', key: 'UNKNOWN_REFERENCE' },
    ]);
    expect((await create({ name: 'Keelatud', capacity: 2 }, reader)).code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    expect(await snapshot(other)).toEqual(otherBefore);
  });

  it('filters by text, unit (with sub-units), service, activity and capacity, pages by name, and exports', async () => {
    const fresh = await fx.organization();
    const token = (await fx.staffLogin(fresh, ['organization-admin'])).token;
    const top = await unit(fresh, 'Maja');
    const below = await unit(fresh, 'Teine korrus', top);
    const service = await providerService(fresh, 'Rühmatöö');
    const ids: Record<string, string> = {};
    for (const input of [
      { name: 'A-saal', capacity: 30, unitId: top, serviceIds: [service], equipment: 'Projektor' },
      { name: 'B-kabinet', capacity: 2, unitId: below },
      { name: 'C-kabinet', capacity: 3, address: 'Pärnu mnt 5' },
      { name: 'D-võimla', capacity: 15, unitId: below, serviceIds: [service] },
      { name: 'E-ladu', capacity: 1 },
    ]) {
      const answer = await create(input, token);
      expect(answer.code).toBeUndefined();
      ids[input.name] = answer.data!.id;
    }
    await call(token, `mutation ($id: ID!) { deactivateRoom(id: $id) { id } }`, {
      id: ids['E-ladu'],
    });
    const names = async (filter: object) =>
      (await call<ListView>(token, LIST, { filter })).data!.edges.map((e) => e.node.name);

    expect(await names({})).toEqual(['A-saal', 'B-kabinet', 'C-kabinet', 'D-võimla', 'E-ladu']);
    expect(await names({ search: 'KABINET' })).toEqual(['B-kabinet', 'C-kabinet']);
    expect(await names({ search: 'pärnu' })).toEqual(['C-kabinet']);
    expect(await names({ search: 'projektor' })).toEqual(['A-saal']);
    expect(await names({ unitId: top })).toEqual(['A-saal', 'B-kabinet', 'D-võimla']);
    expect(await names({ unitId: below })).toEqual(['B-kabinet', 'D-võimla']);
    expect(await names({ serviceId: service })).toEqual(['A-saal', 'D-võimla']);
    expect(await names({ active: false })).toEqual(['E-ladu']);
    expect(await names({ minCapacity: 3, active: true })).toEqual([
      'A-saal',
      'C-kabinet',
      'D-võimla',
    ]);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await call<ListView>(token, LIST, { first: 2, after })).data!;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['A-saal', 'B-kabinet', 'C-kabinet', 'D-võimla', 'E-ladu']);
    expect((await call(token, LIST, { first: 2, after: 'x' })).fields).toEqual([
      { field: 'after', key: 'INVALID_FORMAT' },
    ]);

    const exported = await call<{ rowCount: number; contentBase64: string }>(
      token,
      `{ exportRooms(format: CSV, filter: { serviceId: "${service}" }) { rowCount contentBase64 } }`,
    );
    expect(exported.data!.rowCount).toBe(2);
    const csv = Buffer.from(exported.data!.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('Name;Unit;Address;Capacity');
    expect(csv).toContain('A-saal;Maja;;30;Projektor');
    const xlsx = await call<{ rowCount: number; contentBase64: string }>(
      token,
      `{ exportRooms(format: XLSX) { rowCount contentBase64 } }`,
    );
    expect(xlsx.data!.rowCount).toBe(5);
    expect(Buffer.from(xlsx.data!.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
