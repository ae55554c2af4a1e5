import { isikukoodCheckDigit } from '@reha/shared';
import { Client as Pg } from 'pg';
import { syncDefaultRoles } from '../../../migrations/helpers/roles';
import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { AppError } from '../errors/app-error';
import type { StaffPrincipal } from '../tenancy/principal';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import { DEFAULT_ROLES, DefaultRole } from './default-roles';
import { RoleInput, RolesService } from './roles.service';

const ik = (first10: string) => `${first10}${isikukoodCheckDigit(first10)}`;
const CLIENT = `query ($id: ID!) { client(id: $id) { isikukood notes firstName } }`;

describe('roles as data per organization (real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let org: string;
  let admin: { userId: string; token: string };
  let clientId: string;

  const sql = <T>(text: string, values: unknown[] = []) => queryDatabase<T>(db.url, text, values);
  const asAdmin = <T>(fn: (roles: RolesService) => Promise<T>, requestId?: string) =>
    api.app.get(TenantTransactions).run(
      {
        kind: 'staff',
        userId: admin.userId,
        organizationId: org,
        roles: [],
        permissions: new Set(),
      },
      () => fn(api.app.get(RolesService)),
      { requestId },
    );
  const failure = async (promise: Promise<unknown>): Promise<AppError> => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };
  const asRow = (r: DefaultRole, position: number) => ({
    key: r.key,
    name_et: r.names.et,
    name_en: r.names.en,
    name_ru: r.names.ru,
    permissions: [...r.permissions],
    scope: r.scope,
    field_rules: r.fieldRules,
    position,
  });
  /** Puts the staff member on the client's team, so roles of any scope reach the client. */
  const assign = (userId: string) =>
    sql(`INSERT INTO client_team (organization_id, client_id, user_id) VALUES ($1, $2, $3)`, [
      org,
      clientId,
      userId,
    ]);
  const readClient = async (roles: string[]) => {
    const { token, userId } = await fx.staffLogin(org, roles);
    await assign(userId);
    const res = await graphql(api.url, CLIENT, { token, variables: { id: clientId } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.client as Record<string, string | null>;
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
    org = await fx.organization('Rollide Keskus');
    admin = await fx.staffLogin(org, ['organization-admin']);
    const created = await graphql(
      api.url,
      `
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      {
        token: admin.token,
        variables: {
          input: {
            isikukood: ik('4940313651'),
            firstName: 'Mari',
            lastName: 'Väli',
            notes: 'Diabeet, insuliin hommikul',
          },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    clientId = (created.body.data!.createClient as { id: string }).id;
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('keeps default_role equal to the data file default-roles.ts (the file is the source)', async () => {
    const rows = await sql(
      `SELECT key, name_et, name_en, name_ru, permissions, scope, field_rules, position
         FROM default_role ORDER BY position`,
    );
    expect(rows).toEqual(DEFAULT_ROLES.map(asRow));
  });

  it('gives every new organization the default roles, without a seed step', async () => {
    const fresh = await fx.organization();
    const rows = await sql(
      `SELECT key, name_et, name_en, name_ru, permissions, scope, field_rules, position
         FROM role WHERE organization_id = $1 AND is_default AND customized_at IS NULL
        ORDER BY position`,
      [fresh],
    );
    expect(rows).toEqual(DEFAULT_ROLES.map(asRow));
  });

  it('refuses a membership naming a role its organization does not have, and deleting a role in use', async () => {
    await expect(fx.staff(org, ['specialist', 'wizard'])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringContaining('wizard'),
    });
    await expect(
      sql(`DELETE FROM role WHERE organization_id = $1 AND key = 'organization-admin'`, [org]),
    ).rejects.toMatchObject({ code: '23503' });
    // Another organization's custom role does not count for this one.
    const other = await fx.organization();
    await sql(
      `INSERT INTO role (organization_id, key, name_et, name_en, name_ru, scope)
       VALUES ($1, 'elsewhere', 'Mujal', 'Elsewhere', 'В другом месте', 'own')`,
      [other],
    );
    await expect(fx.staff(org, ['elsewhere'])).rejects.toMatchObject({ code: '23503' });
    await fx.staff(other, ['elsewhere']);
  });

  it("resolves a member's roles from the organization's rows when the request opens", async () => {
    const { userId } = await fx.staffLogin(org, ['receptionist', 'home-care-worker']);
    const principal: StaffPrincipal = {
      kind: 'staff',
      userId,
      organizationId: org,
      roles: [],
      permissions: new Set(),
    };
    await api.app.get(TenantTransactions).run(principal, async () => undefined);
    expect(principal.roles).toEqual(['receptionist', 'home-care-worker']);
    expect([...principal.permissions].sort()).toEqual(
      ['client.create', 'client.health.read', 'client.read', 'client.update'].sort(),
    );
    expect(principal.scope).toBe('organization');
    expect(principal.fieldRules).toEqual({ 'client.isikukood': 'mask' });
  });

  it('filters governed fields in the server by the caller’s roles: masked, hidden or shown', async () => {
    const code = ik('4940313651');
    const masked = `••••••••${code.slice(-3)}`;
    const notes = 'Diabeet, insuliin hommikul';
    expect(await readClient(['receptionist'])).toEqual({
      isikukood: masked,
      notes: null,
      firstName: 'Mari',
    });
    expect(await readClient(['accountant'])).toEqual({
      isikukood: code,
      notes: null,
      firstName: 'Mari',
    });
    expect(await readClient(['unit-manager'])).toEqual({
      isikukood: code,
      notes: null,
      firstName: 'Mari',
    });
    expect(await readClient(['home-care-worker'])).toEqual({
      isikukood: masked,
      notes,
      firstName: 'Mari',
    });
    expect(await readClient(['specialist'])).toEqual({ isikukood: code, notes, firstName: 'Mari' });
    expect(await readClient(['receptionist', 'specialist'])).toEqual({
      isikukood: code,
      notes,
      firstName: 'Mari',
    });
    // The same through every path that returns a Client: lists, search, a mutation's answer.
    const { token } = await fx.staffLogin(org, ['receptionist']);
    const many = await graphql(
      api.url,
      `
        query ($ids: [ID!]!, $code: String!) {
          clientsByIds(ids: $ids) {
            isikukood
            notes
          }
          clients(search: $code) {
            edges {
              node {
                isikukood
                notes
              }
            }
          }
        }
      `,
      { token, variables: { ids: [clientId], code } },
    );
    expect(many.body).toEqual({
      data: {
        clientsByIds: [{ isikukood: masked, notes: null }],
        clients: { edges: [{ node: { isikukood: masked, notes: null } }] },
      },
    });
    const created = await graphql(
      api.url,
      `
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            isikukood
            notes
          }
        }
      `,
      {
        token,
        variables: {
          input: { isikukood: ik('3800108571'), firstName: 'A', lastName: 'B', notes: 'x' },
        },
      },
    );
    expect(created.body.data).toEqual({
      createClient: { isikukood: `••••••••${ik('3800108571').slice(-3)}`, notes: null },
    });
  });

  it('lists and gets the organization’s roles; another organization’s stay invisible', async () => {
    const roles = await asAdmin((s) => s.list());
    expect(roles.map((r) => r.key)).toEqual(DEFAULT_ROLES.map((r) => r.key));
    expect(roles.every((r) => r.isDefault && r.customizedAt === null)).toBe(true);
    const receptionist = await asAdmin((s) => s.get('receptionist'));
    expect(receptionist).toMatchObject({
      key: 'receptionist',
      names: { et: 'Registraator', en: 'Receptionist', ru: 'Регистратор' },
      scope: 'organization',
      fieldRules: { 'client.isikukood': 'mask', 'client.notes': 'hide' },
    });
    expect((await failure(asAdmin((s) => s.get('elsewhere')))).code).toBe('NOT_FOUND');
  });

  it('refuses unknown permissions, scopes and field rules with BAD_USER_INPUT naming the field', async () => {
    const base: RoleInput = {
      key: 'nurse',
      names: { et: 'Õde', en: 'Nurse', ru: 'Медсестра' },
      permissions: ['client.read'],
      scope: 'own',
    };
    const unknown = await failure(
      asAdmin((s) => s.upsert({ ...base, permissions: ['client.read', 'client.telepathy'] })),
    );
    expect(unknown.code).toBe('BAD_USER_INPUT');
    expect(unknown.fields).toEqual([
      { field: 'input.permissions', key: 'INVALID_VALUE', params: { value: 'client.telepathy' } },
    ]);
    // A platform permission is no organization's to give.
    const platform = await failure(
      asAdmin((s) => s.upsert({ ...base, permissions: ['platform.tariffs'] })),
    );
    expect(platform.fields).toEqual([
      { field: 'input.permissions', key: 'INVALID_VALUE', params: { value: 'platform.tariffs' } },
    ]);
    const rest = await failure(
      asAdmin((s) =>
        s.upsert({
          ...base,
          key: 'Bad Key',
          names: { et: '', en: 'Nurse', ru: 'Медсестра' },
          scope: 'galaxy',
          fieldRules: { 'client.aura': 'mask', 'client.notes': 'blur' },
        }),
      ),
    );
    expect(rest.fields.map((f) => `${f.field}:${f.key}`)).toEqual([
      'input.key:INVALID_FORMAT',
      'input.names.et:REQUIRED',
      'input.scope:NOT_ONE_OF',
      'input.fieldRules:INVALID_VALUE',
      'input.fieldRules.client.notes:NOT_ONE_OF',
    ]);
    expect(await sql(`SELECT 1 FROM role WHERE key = 'nurse'`)).toEqual([]);
  });

  it('refuses the must-deny cells with ROLE_MUST_DENY', async () => {
    const receptionist = await asAdmin((s) => s.get('receptionist'));
    const refused = await failure(
      asAdmin((s) =>
        s.upsert({
          ...receptionist,
          permissions: [...receptionist.permissions, 'client.health.read'],
        }),
      ),
    );
    expect(refused.code).toBe('ROLE_MUST_DENY');
    expect(refused.params).toEqual({ role: 'receptionist', permission: 'client.health.read' });
    const specialist = await asAdmin((s) => s.get('specialist'));
    expect(
      (
        await failure(
          asAdmin((s) =>
            s.upsert({ ...specialist, permissions: [...specialist.permissions, 'invoice.send'] }),
          ),
        )
      ).code,
    ).toBe('ROLE_MUST_DENY');
    expect((await asAdmin((s) => s.get('receptionist'))).permissions).toEqual(
      receptionist.permissions,
    );
  });

  it('creates a role of the organization’s own and audits it', async () => {
    const created = await asAdmin(
      (s) =>
        s.upsert({
          key: 'nurse',
          names: { et: 'Õde', en: 'Nurse', ru: 'Медсестра' },
          permissions: ['client.health.read', 'client.read', 'client.read'],
          scope: 'unit',
          fieldRules: { 'client.isikukood': 'mask' },
        }),
      'role-create-1',
    );
    expect(created).toMatchObject({
      key: 'nurse',
      permissions: ['client.read', 'client.health.read'],
      isDefault: false,
      customizedAt: null,
    });
    expect(
      await sql(
        `SELECT action, entity_type, entity_id, fields, result FROM audit_event WHERE request_id = 'role-create-1'`,
      ),
    ).toEqual([
      {
        action: 'create',
        entity_type: 'role',
        entity_id: 'nurse',
        fields: ['names', 'permissions', 'scope', 'field_rules'],
        result: 'ok',
      },
    ]);
    const nurse = await fx.staffLogin(org, ['nurse']);
    await assign(nurse.userId);
    const res = await graphql(api.url, CLIENT, { token: nurse.token, variables: { id: clientId } });
    expect(res.body.data!.client).toMatchObject({ notes: 'Diabeet, insuliin hommikul' });
    expect((res.body.data!.client as { isikukood: string }).isikukood).toMatch(/^•{8}\d{3}$/);
  });

  it('lets the admin edit a default role: audited, customized, in force from the next request', async () => {
    const { token } = await fx.staffLogin(org, ['receptionist']);
    expect(
      (await graphql(api.url, CLIENT, { token, variables: { id: clientId } })).body.errors,
    ).toBeUndefined();
    const before = await asAdmin((s) => s.get('receptionist'));
    const edited = await asAdmin(
      (s) =>
        s.upsert({
          ...before,
          permissions: ['client.create'],
          fieldRules: { 'client.isikukood': 'hide', 'client.notes': 'hide' },
        }),
      'role-edit-1',
    );
    expect(edited.customizedAt).toBeInstanceOf(Date);
    expect(
      await sql(
        `SELECT action, entity_id, fields FROM audit_event WHERE request_id = 'role-edit-1'`,
      ),
    ).toEqual([
      { action: 'update', entity_id: 'receptionist', fields: ['permissions', 'field_rules'] },
    ]);
    // The same token, the next request: no client.read any more.
    const refused = await graphql(api.url, CLIENT, { token, variables: { id: clientId } });
    expect(refused.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    // Saving the same content again changes and records nothing.
    await asAdmin((s) => s.upsert({ ...edited }), 'role-edit-2');
    expect(await sql(`SELECT 1 FROM audit_event WHERE request_id = 'role-edit-2'`)).toEqual([]);
    // Back to the shipped defaults.
    const reset = await asAdmin((s) => s.resetToDefault('receptionist'));
    expect(reset).toMatchObject({ permissions: before.permissions, customizedAt: null });
    expect(
      (await graphql(api.url, CLIENT, { token, variables: { id: clientId } })).body.errors,
    ).toBeUndefined();
  });

  it('follows a change of the data file in every organization, except where an admin customized the role', async () => {
    const other = await fx.organization();
    await asAdmin((s) =>
      s.upsert({
        ...DEFAULT_ROLES.find((r) => r.key === 'accountant')!,
        names: { et: 'Pearaamatupidaja', en: 'Chief accountant', ru: 'Главный бухгалтер' },
      }),
    );
    const changed: DefaultRole[] = [
      ...DEFAULT_ROLES.filter((r) => r.key !== 'home-care-worker').map((r) =>
        r.key === 'accountant' || r.key === 'unit-manager'
          ? { ...r, permissions: [...r.permissions, 'audit.read' as const] }
          : r,
      ),
      {
        key: 'volunteer',
        names: { et: 'Vabatahtlik', en: 'Volunteer', ru: 'Волонтёр' },
        permissions: [],
        scope: 'own',
        fieldRules: {},
      },
    ];
    const c = new Pg({ connectionString: db.url });
    await c.connect();
    try {
      await syncDefaultRoles((text, values) => c.query(text, values), changed);
      const state = async () =>
        (
          await c.query<{
            organization_id: string;
            key: string;
            permissions: string[];
            is_default: boolean;
          }>(
            `SELECT organization_id, key, permissions, is_default FROM role
              WHERE organization_id = ANY ($1) AND key IN ('accountant', 'unit-manager', 'volunteer', 'home-care-worker')
              ORDER BY organization_id = $2 DESC, key`,
            [[org, other], org],
          )
        ).rows;
      const rows = await state();
      const of = (o: string, key: string) =>
        rows.find((r) => r.organization_id === o && r.key === key);
      // Customized in `org`: left alone; elsewhere the file wins.
      expect(of(org, 'accountant')!.permissions).not.toContain('audit.read');
      expect(of(other, 'accountant')!.permissions).toContain('audit.read');
      expect(of(org, 'unit-manager')!.permissions).toContain('audit.read');
      // A new default reaches every organization; a dropped one stays as the organization's own.
      expect(of(org, 'volunteer')).toMatchObject({ is_default: true });
      expect(of(other, 'volunteer')).toMatchObject({ is_default: true });
      expect(of(other, 'home-care-worker')).toMatchObject({ is_default: false });
      // Idempotent, and back to the real file.
      await syncDefaultRoles((text, values) => c.query(text, values), changed);
      expect(await state()).toEqual(rows);
      await syncDefaultRoles((text, values) => c.query(text, values), DEFAULT_ROLES);
      expect(
        (await c.query(`SELECT key FROM default_role ORDER BY position`)).rows.map((r) => r.key),
      ).toEqual(DEFAULT_ROLES.map((r) => r.key));
    } finally {
      await c.end();
    }
  });
});
