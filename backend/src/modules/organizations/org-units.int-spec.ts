import { isikukoodSequence } from '../../../test/access-matrix';
import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

const UNIT_FIELDS = `id parentId name code description depth path memberCount clientCount managers { userId displayName }`;
const CREATE = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { ${UNIT_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $parentId: ID) { moveOrgUnit(id: $id, parentId: $parentId) { ${UNIT_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteOrgUnit(id: $id) }`;
const TREE = `{ orgUnits { id name depth path } }`;
const REPORT = `{ orgUnitReport { name path depth users clients totalUsers totalClients activeServices } }`;

type Body = Awaited<ReturnType<typeof graphql>>['body'];
interface FieldError {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

describe('org units: the tree, its refusals and the report (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let otherOrg: string;
  let admin: { userId: string; token: string };
  let otherAdmin: { userId: string; token: string };
  const isikukood = isikukoodSequence();
  // The tree every test builds on: Tallinn → Lapsed → Väikelapsed, and Tartu.
  const unit: Record<string, string> = {};

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);
  const gql = async (token: string, query: string, variables?: object): Promise<Body> =>
    (await graphql(api.url, query, { token, variables })).body;
  const fieldErrors = (body: Body): FieldError[] => {
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // Without the localised message: the tests compare which field and what is wrong.
    return (body.errors![0]!.extensions.fields as FieldError[]).map(({ field, key, params }) => ({
      field,
      key,
      ...(params ? { params } : {}),
    }));
  };
  const create = async (input: Record<string, unknown>, token = admin.token) => {
    const body = await gql(token, CREATE, { input });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.createOrgUnit as { id: string; depth: number; path: string[] };
  };
  const units = () =>
    sql(`SELECT id, parent_id, name, code FROM org_unit WHERE organization_id = $1 ORDER BY id`, [
      org,
    ]);
  /** A client of `org` filed in `unitId` (through the API, as its admin). */
  const clientIn = async (unitId: string) => {
    const body = await gql(
      admin.token,
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      {
        input: {
          isikukood: isikukood(),
          firstName: 'Üksuse',
          lastName: 'Klient',
          unitIds: [unitId],
        },
      },
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data!.createClient as { id: string }).id;
  };
  /** A staff member working in `unitIds`. */
  const staffIn = async (roles: string[], unitIds: string[]) => {
    const login = await fx.staffLogin(org, roles);
    for (const unitId of unitIds)
      await sql(
        `INSERT INTO membership_unit (organization_id, unit_id, user_id) VALUES ($1, $2, $3)`,
        [org, unitId, login.userId],
      );
    return login;
  };

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
    org = await fx.organization('Üksuste Rehabilitatsioon OÜ');
    otherOrg = await fx.organization('Teine Asutus');
    admin = await fx.staffLogin(org, ['organization-admin']);
    otherAdmin = await fx.staffLogin(otherOrg, ['organization-admin']);
    unit.tallinn = (await create({ name: '  Tallinna osakond ', code: 'TLN' })).id;
    unit.lapsed = (await create({ name: 'Lastetiim', parentId: unit.tallinn })).id;
    unit.vaikelapsed = (await create({ name: 'Väikelapsed', parentId: unit.lapsed })).id;
    unit.tartu = (await create({ name: 'Tartu osakond', code: 'TRT' })).id;
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('builds a tree of any depth, listed depth-first with each unit’s path, and audits each change', async () => {
    const tree = await gql(admin.token, TREE);
    expect(tree.errors).toBeUndefined();
    expect(tree.data!.orgUnits).toEqual([
      { id: unit.tallinn, name: 'Tallinna osakond', depth: 0, path: ['Tallinna osakond'] },
      {
        id: unit.lapsed,
        name: 'Lastetiim',
        depth: 1,
        path: ['Tallinna osakond', 'Lastetiim'],
      },
      {
        id: unit.vaikelapsed,
        name: 'Väikelapsed',
        depth: 2,
        path: ['Tallinna osakond', 'Lastetiim', 'Väikelapsed'],
      },
      { id: unit.tartu, name: 'Tartu osakond', depth: 0, path: ['Tartu osakond'] },
    ]);
    // Any staff member may see the tree; only admins change it.
    const specialist = await fx.staffLogin(org, ['specialist']);
    expect((await gql(specialist.token, TREE)).data!.orgUnits).toHaveLength(4);
    const refused = await gql(specialist.token, CREATE, { input: { name: 'Salajane' } });
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(
      await sql(
        `SELECT action, fields FROM audit_event WHERE entity_type = 'org_unit' AND entity_id = $1`,
        [unit.lapsed],
      ),
    ).toEqual([{ action: 'create', fields: ['name', 'parent_id'] }]);
  });

  it('refuses to move a unit under itself or its own descendant (UNIT_CYCLE), changing nothing', async () => {
    const before = await units();
    for (const parentId of [unit.vaikelapsed, unit.lapsed, unit.tallinn]) {
      const body = await gql(admin.token, MOVE, { id: unit.tallinn, parentId });
      expect(fieldErrors(body)).toEqual([{ field: 'parentId', key: 'UNIT_CYCLE' }]);
    }
    expect(await units()).toEqual(before);
    // The database refuses it too, whatever path the write takes.
    await expect(
      sql(`UPDATE org_unit SET parent_id = $1 WHERE id = $2`, [unit.vaikelapsed, unit.tallinn]),
    ).rejects.toMatchObject({ constraint: 'org_unit_no_cycle' });
  });

  it('moves a subtree and back: depths and paths follow', async () => {
    const moved = await gql(admin.token, MOVE, { id: unit.lapsed, parentId: unit.tartu });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrgUnit).toMatchObject({
      parentId: unit.tartu,
      depth: 1,
      path: ['Tartu osakond', 'Lastetiim'],
    });
    const tree = (await gql(admin.token, TREE)).data!.orgUnits as { id: string; path: string[] }[];
    expect(tree.find((u) => u.id === unit.vaikelapsed)!.path).toEqual([
      'Tartu osakond',
      'Lastetiim',
      'Väikelapsed',
    ]);
    const top = await gql(admin.token, MOVE, { id: unit.lapsed, parentId: null });
    expect(top.data!.moveOrgUnit).toMatchObject({ parentId: null, depth: 0 });
    await gql(admin.token, MOVE, { id: unit.lapsed, parentId: unit.tallinn });
    expect(
      await sql(
        `SELECT action, fields FROM audit_event WHERE entity_id = $1 AND action = 'update'`,
        [unit.lapsed],
      ),
    ).toHaveLength(3);
  });

  it('refuses a duplicate sibling name (any case) and a duplicate code, allowing the name elsewhere', async () => {
    const before = await units();
    const name = await gql(admin.token, CREATE, {
      input: { name: ' lastetiim ', parentId: unit.tallinn },
    });
    expect(fieldErrors(name)).toEqual([{ field: 'input.name', key: 'ALREADY_EXISTS' }]);
    const code = await gql(admin.token, CREATE, { input: { name: 'Uus', code: 'TLN' } });
    expect(fieldErrors(code)).toEqual([{ field: 'input.code', key: 'ALREADY_EXISTS' }]);
    const rename = await gql(admin.token, UPDATE, {
      id: unit.tartu,
      input: { name: 'TALLINNA OSAKOND' },
    });
    expect(fieldErrors(rename)).toEqual([{ field: 'input.name', key: 'ALREADY_EXISTS' }]);
    const badCode = await gql(admin.token, CREATE, { input: { name: 'Uus', code: 'a b' } });
    expect(fieldErrors(badCode)).toEqual([
      expect.objectContaining({ field: 'input.code', key: 'INVALID_FORMAT' }),
    ]);
    const blank = await gql(admin.token, CREATE, { input: { name: '   ' } });
    expect(fieldErrors(blank)).toEqual([{ field: 'input.name', key: 'REQUIRED' }]);
    expect(await units()).toEqual(before);
    // The same name under another parent is another unit.
    const elsewhere = await create({ name: 'Lastetiim', parentId: unit.tartu });
    expect(elsewhere.path).toEqual(['Tartu osakond', 'Lastetiim']);
    expect((await gql(admin.token, DELETE, { id: elsewhere.id })).data!.deleteOrgUnit).toBe(
      elsewhere.id,
    );
  });

  it('refuses to delete a unit with child units, clients or members, naming the counts', async () => {
    const parent = await gql(admin.token, DELETE, { id: unit.lapsed });
    expect(fieldErrors(parent)).toEqual([
      { field: 'id', key: 'UNIT_HAS_CHILDREN', params: { count: 1 } },
    ]);
    const withClients = await create({ name: 'Klientidega', parentId: unit.tartu });
    await clientIn(withClients.id);
    await clientIn(withClients.id);
    expect(fieldErrors(await gql(admin.token, DELETE, { id: withClients.id }))).toEqual([
      { field: 'id', key: 'UNIT_HAS_CLIENTS', params: { count: 2 } },
    ]);
    const withMembers = await create({ name: 'Töötajatega', parentId: unit.tartu });
    await staffIn(['specialist'], [withMembers.id]);
    expect(fieldErrors(await gql(admin.token, DELETE, { id: withMembers.id }))).toEqual([
      { field: 'id', key: 'UNIT_HAS_MEMBERS', params: { count: 1 } },
    ]);
    expect(
      await sql(`SELECT count(*)::int AS n FROM org_unit WHERE id = ANY ($1)`, [
        [unit.lapsed, withClients.id, withMembers.id],
      ]),
    ).toEqual([{ n: 3 }]);
    const empty = await create({ name: 'Tühi', parentId: unit.tartu });
    expect((await gql(admin.token, DELETE, { id: empty.id })).data!.deleteOrgUnit).toBe(empty.id);
    expect(await sql(`SELECT 1 FROM org_unit WHERE id = $1`, [empty.id])).toEqual([]);
    expect(
      await sql(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [empty.id]),
    ).toEqual([{ action: 'create' }, { action: 'delete' }]);
  });

  it('sets managers from active members only, and puts them into the unit', async () => {
    const manager = await fx.staffLogin(org, ['unit-manager']);
    const stranger = await fx.staffLogin(otherOrg, ['unit-manager']);
    const refused = await gql(admin.token, UPDATE, {
      id: unit.tallinn,
      input: { managerUserIds: [manager.userId, stranger.userId] },
    });
    expect(fieldErrors(refused)).toEqual([
      { field: 'input.managerUserIds', key: 'UNKNOWN_REFERENCE' },
    ]);
    expect(await sql(`SELECT 1 FROM org_unit_manager WHERE unit_id = $1`, [unit.tallinn])).toEqual(
      [],
    );
    const set = await gql(admin.token, UPDATE, {
      id: unit.tallinn,
      input: { managerUserIds: [manager.userId], description: 'Pealinna tiimid' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateOrgUnit).toMatchObject({
      description: 'Pealinna tiimid',
      code: 'TLN',
      managers: [{ userId: manager.userId, displayName: 'Test staff' }],
      memberCount: 1,
    });
    expect(
      await sql(`SELECT unit_id FROM membership_unit WHERE user_id = $1`, [manager.userId]),
    ).toEqual([{ unit_id: unit.tallinn }]);
    const cleared = await gql(admin.token, UPDATE, {
      id: unit.tallinn,
      input: { managerUserIds: [] },
    });
    expect(cleared.data!.updateOrgUnit).toMatchObject({ managers: [], memberCount: 1 });
    await sql(`DELETE FROM membership_unit WHERE user_id = $1`, [manager.userId]);
  });

  it("answers NOT_FOUND for another organization's units, and will not take them as a parent", async () => {
    const before = await units();
    for (const [document, variables] of [
      [UPDATE, { id: unit.lapsed, input: { name: 'Võõras' } }],
      [MOVE, { id: unit.lapsed, parentId: null }],
      [DELETE, { id: unit.vaikelapsed }],
      [DELETE, { id: 'not-a-uuid' }],
    ] as const) {
      const body = await gql(otherAdmin.token, document, variables);
      expect(body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    const theirs = await create({ name: 'Nende osakond' }, otherAdmin.token);
    const asParent = await gql(otherAdmin.token, CREATE, {
      input: { name: 'Alam', parentId: unit.tallinn },
    });
    expect(fieldErrors(asParent)).toEqual([{ field: 'input.parentId', key: 'UNKNOWN_REFERENCE' }]);
    const moveUnder = await gql(otherAdmin.token, MOVE, { id: theirs.id, parentId: unit.tallinn });
    expect(fieldErrors(moveUnder)).toEqual([{ field: 'parentId', key: 'UNKNOWN_REFERENCE' }]);
    expect((await gql(otherAdmin.token, TREE)).data!.orgUnits).toEqual([
      { id: theirs.id, name: 'Nende osakond', depth: 0, path: ['Nende osakond'] },
    ]);
    expect(await units()).toEqual(before);
  });

  it('reports staff and clients per unit with the roll-up over each subtree, only within the caller’s reach', async () => {
    const report = await create({ name: 'Aruanne' });
    const middle = await create({ name: 'Keskmine', parentId: report.id });
    const leafA = await create({ name: 'Leht A', parentId: middle.id });
    const leafB = await create({ name: 'Leht B', parentId: middle.id });
    const sibling = await create({ name: 'Kõrvaline', parentId: report.id });
    // One person in two units of the same subtree counts once in its totals.
    const both = await staffIn(['specialist'], [leafA.id, leafB.id]);
    await staffIn(['specialist'], [leafA.id]);
    await staffIn(['specialist'], [sibling.id]);
    const middleManager = await staffIn(['unit-manager'], [middle.id]);
    await clientIn(leafA.id);
    await clientIn(leafB.id);
    await clientIn(middle.id);
    await clientIn(sibling.id);
    expect(both.userId).toBeTruthy();

    const rows = (await gql(admin.token, REPORT)).data!.orgUnitReport as {
      name: string;
      path: string[];
    }[];
    const byName = (name: string) => rows.find((r) => r.name === name);
    expect(byName('Aruanne')).toEqual({
      name: 'Aruanne',
      path: ['Aruanne'],
      depth: 0,
      users: 0,
      clients: 0,
      totalUsers: 4,
      totalClients: 4,
      activeServices: null,
    });
    expect(byName('Keskmine')).toMatchObject({
      users: 1,
      clients: 1,
      totalUsers: 3,
      totalClients: 3,
    });
    expect(byName('Leht A')).toMatchObject({
      users: 2,
      clients: 1,
      totalUsers: 2,
      totalClients: 1,
    });
    expect(byName('Leht B')).toMatchObject({
      users: 1,
      clients: 1,
      totalUsers: 1,
      totalClients: 1,
    });
    expect(byName('Kõrvaline')).toMatchObject({
      users: 1,
      clients: 1,
      totalUsers: 1,
      totalClients: 1,
    });

    // A unit manager working in the middle unit sees only that subtree.
    const theirs = (await gql(middleManager.token, REPORT)).data!.orgUnitReport as {
      name: string;
    }[];
    expect(theirs).toEqual([
      {
        name: 'Keskmine',
        path: ['Aruanne', 'Keskmine'],
        depth: 1,
        users: 1,
        clients: 1,
        totalUsers: 3,
        totalClients: 3,
        activeServices: null,
      },
      expect.objectContaining({ name: 'Leht A', totalUsers: 2 }),
      expect.objectContaining({ name: 'Leht B', totalUsers: 1 }),
    ]);

    const exported = await graphql(
      api.url,
      `
        {
          exportOrgUnitReport(format: CSV) {
            filename
            mimeType
            contentBase64
            rowCount
          }
        }
      `,
      { token: middleManager.token, locale: 'en' },
    );
    const file = exported.body.data!.exportOrgUnitReport as {
      contentBase64: string;
      rowCount: number;
      filename: string;
    };
    expect(file.rowCount).toBe(3);
    expect(file.filename).toMatch(/^org-units-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Unit;Level;Staff;Clients;Staff incl. sub-units;Clients incl. sub-units;Active services;Active services incl. sub-units',
    );
    expect(lines[1]).toBe('Aruanne / Keskmine;1;1;1;3;3;;');
    const estonian = await graphql(
      api.url,
      `
        {
          exportOrgUnitReport(format: XLSX) {
            rowCount
          }
        }
      `,
      {
        token: admin.token,
        locale: 'et',
      },
    );
    expect(estonian.body.errors).toBeUndefined();
    expect(
      await sql(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'org_unit' AND action = 'export'`,
      ),
    ).toEqual([{ n: 2 }]);
  });
});
