import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { DEFAULT_ROLES } from './default-roles';
import { ALL_PERMISSIONS } from './permissions';

const ROLE_FIELDS = `id key names { et en ru } permissions scope fieldRules { field rule }
  isDefault customized customizedAt memberCount`;
const ROLES = `{ roles { ${ROLE_FIELDS} } }`;
const CATALOGUE = `{ permissionCatalogue {
  permissions { key description readsPersonalData holders assignable }
  fieldRuleKeys { key description requires } fieldRules scopes } }`;
const UPSERT = `mutation ($input: UpsertRoleInput!) { upsertRole(input: $input) { ${ROLE_FIELDS} } }`;
const RESET = `mutation ($key: String!) { resetRoleToDefault(key: $key) { ${ROLE_FIELDS} } }`;

type Body = Awaited<ReturnType<typeof graphql>>['body'];
type RoleOut = {
  key: string;
  permissions: string[];
  scope: string;
  fieldRules: Array<{ field: string; rule: string }>;
  isDefault: boolean;
  customized: boolean;
  customizedAt: string | null;
  memberCount: number;
  names: { et: string; en: string; ru: string };
};

const NAMES = { et: 'Õde', en: 'Nurse', ru: 'Медсестра' };

describe('the role editor over GraphQL (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let otherOrg: string;
  let admin: { userId: string; token: string };

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);
  const gql = async (token: string, query: string, variables?: object): Promise<Body> =>
    (await graphql(api.url, query, { token, variables })).body;
  const roleRows = (organizationId: string) =>
    sql(
      `SELECT key, name_et, permissions, scope, field_rules, customized_at, updated_at
         FROM role WHERE organization_id = $1 ORDER BY key`,
      [organizationId],
    );
  const roleAudit = (key: string) =>
    sql<{ action: string; fields: string[]; actor_id: string; result: string }>(
      `SELECT action, fields, actor_id, result FROM audit_event
        WHERE organization_id = $1 AND entity_type = 'role' AND entity_id = $2 ORDER BY id`,
      [org, key],
    );

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
    org = await fx.organization('Rollide Rehabilitatsioon OÜ');
    otherOrg = await fx.organization('Teise Asutuse Rollid');
    admin = await fx.staffLogin(org, ['organization-admin']);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it("lists the organization's roles with member counts, and the catalogue", async () => {
    await fx.staff(org, ['receptionist']);
    await fx.staff(org, ['receptionist', 'accountant']);
    const res = await gql(admin.token, ROLES);
    expect(res.errors).toBeUndefined();
    const roles = res.data!.roles as RoleOut[];
    expect(roles.map((r) => r.key)).toEqual(DEFAULT_ROLES.map((r) => r.key));
    const receptionist = roles.find((r) => r.key === 'receptionist')!;
    expect(receptionist).toMatchObject({
      names: { et: 'Registraator', en: 'Receptionist', ru: 'Регистратор' },
      permissions: ['client.read', 'client.create', 'client.update'],
      scope: 'organization',
      fieldRules: [
        { field: 'client.isikukood', rule: 'mask' },
        { field: 'client.notes', rule: 'hide' },
      ],
      isDefault: true,
      customized: false,
      customizedAt: null,
      memberCount: 2,
    });
    expect(roles.find((r) => r.key === 'accountant')!.memberCount).toBe(1);
    expect(roles.find((r) => r.key === 'organization-admin')!.memberCount).toBe(1);
    expect(roles.find((r) => r.key === 'specialist')!.memberCount).toBe(0);

    const cat = await gql(admin.token, CATALOGUE);
    expect(cat.errors).toBeUndefined();
    const catalogue = cat.data!.permissionCatalogue as {
      permissions: Array<Record<string, unknown>>;
      fieldRuleKeys: Array<Record<string, unknown>>;
      fieldRules: string[];
      scopes: string[];
    };
    expect(catalogue.permissions.map((p) => p.key)).toEqual(ALL_PERMISSIONS);
    expect(catalogue.permissions.find((p) => p.key === 'client.health.read')).toMatchObject({
      readsPersonalData: true,
      holders: ['staff'],
      assignable: true,
    });
    expect(catalogue.permissions.find((p) => p.key === 'platform.tariffs')).toMatchObject({
      readsPersonalData: false,
      holders: ['operator'],
      assignable: false,
    });
    expect(catalogue.fieldRuleKeys).toEqual([
      expect.objectContaining({ key: 'client.isikukood', requires: null }),
      expect.objectContaining({ key: 'client.notes', requires: 'client.health.read' }),
    ]);
    expect(catalogue.fieldRules).toEqual(['mask', 'hide']);
    expect(catalogue.scopes).toEqual(['own', 'unit', 'subtree', 'organization']);
  });

  it('creates a custom role, audited as a create', async () => {
    const res = await gql(admin.token, UPSERT, {
      input: {
        key: 'nurse',
        names: NAMES,
        permissions: ['client.health.read', 'client.read'],
        scope: 'unit',
        fieldRules: [{ field: 'client.isikukood', rule: 'mask' }],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertRole).toMatchObject({
      key: 'nurse',
      names: NAMES,
      permissions: ['client.read', 'client.health.read'],
      scope: 'unit',
      fieldRules: [{ field: 'client.isikukood', rule: 'mask' }],
      isDefault: false,
      customized: false,
      memberCount: 0,
    });
    expect(((await gql(admin.token, ROLES)).data!.roles as RoleOut[]).map((r) => r.key)).toContain(
      'nurse',
    );
    expect(await roleAudit('nurse')).toEqual([
      {
        action: 'create',
        fields: ['names', 'permissions', 'scope', 'field_rules'],
        actor_id: admin.userId,
        result: 'ok',
      },
    ]);
  });

  it('edits a default role (then customized) and resets it, each change audited', async () => {
    const edited = await gql(admin.token, UPSERT, {
      input: {
        key: 'unit-manager',
        names: { et: 'Üksuse juht', en: 'Unit manager', ru: 'Руководитель подразделения' },
        permissions: ['client.read', 'statistics.read'],
        scope: 'subtree',
      },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.upsertRole).toMatchObject({
      key: 'unit-manager',
      permissions: ['client.read', 'statistics.read'],
      isDefault: true,
      customized: true,
    });
    expect((edited.data!.upsertRole as RoleOut).customizedAt).toEqual(expect.any(String));
    const listed = (await gql(admin.token, ROLES)).data!.roles as RoleOut[];
    expect(listed.find((r) => r.key === 'unit-manager')!.customized).toBe(true);

    const reset = await gql(admin.token, RESET, { key: 'unit-manager' });
    expect(reset.errors).toBeUndefined();
    const shipped = DEFAULT_ROLES.find((r) => r.key === 'unit-manager')!;
    expect(reset.data!.resetRoleToDefault).toMatchObject({
      permissions: shipped.permissions,
      scope: shipped.scope,
      customized: false,
      customizedAt: null,
    });
    expect(await roleAudit('unit-manager')).toEqual([
      { action: 'update', fields: ['permissions'], actor_id: admin.userId, result: 'ok' },
      {
        action: 'update',
        fields: ['names', 'permissions', 'scope', 'field_rules', 'customized_at'],
        actor_id: admin.userId,
        result: 'ok',
      },
    ]);
    // A custom role has nothing to go back to.
    const custom = await gql(admin.token, RESET, { key: 'nurse' });
    expect(custom.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses invalid input naming the field, and changes nothing', async () => {
    const before = await roleRows(org);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ permissions: ['client.read', 'client.fly'] }, 'input.permissions', 'INVALID_VALUE'],
      [{ permissions: ['platform.tariffs'] }, 'input.permissions', 'INVALID_VALUE'],
      [{ scope: 'galaxy' }, 'input.scope', 'NOT_ONE_OF'],
      [{ key: 'Not A Key' }, 'input.key', 'INVALID_FORMAT'],
      [{ names: { ...NAMES, et: '  ' } }, 'input.names.et', 'REQUIRED'],
      [
        { fieldRules: [{ field: 'client.shoeSize', rule: 'hide' }] },
        'input.fieldRules',
        'INVALID_VALUE',
      ],
      [
        { fieldRules: [{ field: 'client.notes', rule: 'blur' }] },
        'input.fieldRules.client.notes',
        'NOT_ONE_OF',
      ],
      [
        {
          fieldRules: [
            { field: 'client.notes', rule: 'hide' },
            { field: 'client.notes', rule: 'mask' },
          ],
        },
        'input.fieldRules',
        'INVALID_VALUE',
      ],
    ];
    for (const [change, field, key] of cases) {
      const res = await gql(admin.token, UPSERT, {
        input: {
          key: 'nurse',
          names: NAMES,
          permissions: ['client.read'],
          scope: 'own',
          ...change,
        },
      });
      expect([field, res.errors?.[0]?.extensions.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ field, key })]);
    }
    expect(await roleRows(org)).toEqual(before);
  });

  it('refuses a must-deny cell with ROLE_MUST_DENY, and changes nothing', async () => {
    const before = await roleRows(org);
    const auditBefore = await roleAudit('receptionist');
    const res = await gql(admin.token, UPSERT, {
      input: {
        key: 'receptionist',
        names: { et: 'Registraator', en: 'Receptionist', ru: 'Регистратор' },
        permissions: ['client.read', 'client.create', 'client.update', 'client.health.read'],
        scope: 'organization',
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'ROLE_MUST_DENY' });
    expect(res.data?.upsertRole ?? null).toBeNull();
    expect(await roleRows(org)).toEqual(before);
    expect((await roleAudit('receptionist')).filter((e) => e.result === 'ok')).toEqual(
      auditBefore.filter((e) => e.result === 'ok'),
    );
  });

  it('refuses a specialist every role operation (FORBIDDEN), changing nothing', async () => {
    const specialist = await fx.staffLogin(org, ['specialist']);
    const before = await roleRows(org);
    for (const [query, variables] of [
      [ROLES, undefined],
      [CATALOGUE, undefined],
      [
        UPSERT,
        { input: { key: 'nurse', names: NAMES, permissions: ['client.read'], scope: 'own' } },
      ],
      [RESET, { key: 'receptionist' }],
    ] as Array<[string, object | undefined]>) {
      const res = await gql(specialist.token, query, variables);
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect(await roleRows(org)).toEqual(before);
  });

  it("never shows or changes another organization's roles", async () => {
    const otherAdmin = await fx.staffLogin(otherOrg, ['organization-admin']);
    const res = await gql(otherAdmin.token, ROLES);
    expect(res.errors).toBeUndefined();
    const keys = (res.data!.roles as RoleOut[]).map((r) => r.key);
    expect(keys).toEqual(DEFAULT_ROLES.map((r) => r.key));
    expect(keys).not.toContain('nurse');
    const otherBefore = await roleRows(otherOrg);
    const ours = await roleRows(org);
    // Resetting or writing "nurse" there touches only the other organization's rows.
    expect(
      (await gql(otherAdmin.token, RESET, { key: 'nurse' })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    const created = await gql(otherAdmin.token, UPSERT, {
      input: { key: 'nurse', names: NAMES, permissions: ['client.read'], scope: 'own' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertRole).toMatchObject({ scope: 'own', permissions: ['client.read'] });
    expect(await roleRows(org)).toEqual(ours);
    expect((await roleRows(otherOrg)).length).toBe(otherBefore.length + 1);
  });

  it('keeps role and user management with the organization admin role, so nobody locks the organization out', async () => {
    const res = await gql(
      admin.token,
      `mutation ($input: UpsertRoleInput!) { upsertRole(input: $input) { key } }`,
      {
        input: {
          key: 'organization-admin',
          names: { et: 'Administraator', en: 'Administrator', ru: 'Администратор' },
          permissions: ['client.read'],
          scope: 'organization',
        },
      },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        expect.objectContaining({ field: 'input.permissions', key: 'REQUIRED' }),
        expect.objectContaining({ field: 'input.permissions', key: 'REQUIRED' }),
      ],
    });
  });
});
