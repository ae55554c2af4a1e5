import { Module } from '@nestjs/common';
import { Context, Field, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Client as Pg } from 'pg';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { graphql, startApi } from '../../../test/api-app';
import { TEST_KEYS, testEnv } from '../../../test/env';
import { tenantTablesWithoutForcedRls } from '../../../test/rls-coverage';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { Permission } from '../auth/permissions';
import { RequirePermission } from '../auth/require-permission';
import type { RequestContext } from '../request/request-context';
import { AuditService } from '../audit/audit.service';
import { Db } from './db';
import { TenantTransactions } from './tenant-transactions';

@ObjectType()
class DbIdentity {
  @Field()
  currentUser: string;
  @Field()
  superuser: boolean;
  @Field()
  organizationId: string;
  @Field(() => Int)
  backendPid: number;
  @Field(() => Int)
  clientsVisible: number;
}

/** Asks PostgreSQL, from inside a request, who it thinks is asking. */
@Resolver(() => DbIdentity)
class DbIdentityResolver {
  constructor(private readonly db: Db) {}

  @RequirePermission(Permission.ClientRead)
  @Query(() => DbIdentity)
  async dbIdentity(): Promise<DbIdentity> {
    const [row] = await this.db.query<Record<string, unknown>[]>(`
      SELECT current_user AS "currentUser",
             (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             current_setting('app.organization_id', true) AS "organizationId",
             pg_backend_pid() AS "backendPid",
             (SELECT count(*)::int FROM client) AS "clientsVisible"`);
    return row as unknown as DbIdentity;
  }

  /** A nested field resolved through a DataLoader: must run on the request's connection. */
  @ResolveField(() => Int)
  loaderBackendPid(@Context() ctx: RequestContext): Promise<number> {
    return ctx.loaders
      .get<string, number>('probe.pid', async (keys) => {
        const [row] = await this.db.query<{ pid: number }[]>(`SELECT pg_backend_pid() AS pid`);
        return keys.map(() => row!.pid);
      })
      .load('x');
  }
}

@Module({ providers: [DbIdentityResolver] })
class ProbeModule {}

describe('tenancy: one transaction per operation as reha_app under RLS (real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let adminA: { userId: string; token: string };

  const sql = <T>(text: string, values: unknown[] = []) => queryDatabase<T>(db.url, text, values);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
      [ProbeModule],
    );
    fx = new TenancyFixtures(db.url);
    orgA = await fx.organization('Alfa');
    orgB = await fx.organization('Beeta');
    adminA = await fx.staffLogin(orgA);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it("runs request code as reha_app, not a superuser, with the caller's organization, on one connection", async () => {
    const res = await graphql(
      api.url,
      `
        {
          dbIdentity {
            currentUser
            superuser
            organizationId
            backendPid
            loaderBackendPid
          }
        }
      `,
      { token: adminA.token },
    );
    expect(res.body.errors).toBeUndefined();
    const identity = res.body.data!.dbIdentity as Record<string, unknown>;
    expect(identity).toMatchObject({
      currentUser: 'reha_app',
      superuser: false,
      organizationId: orgA,
    });
    expect(identity.loaderBackendPid).toBe(identity.backendPid);
  });

  it('finds every tenant table under forced RLS, and the check itself catches a table without it', async () => {
    const client = new Pg({ connectionString: db.url });
    await client.connect();
    try {
      expect(await tenantTablesWithoutForcedRls(client)).toEqual([]);
      await client.query(
        `CREATE TABLE forgotten_tenant_table (id int, organization_id uuid REFERENCES organization(id))`,
      );
      await client.query(`ALTER TABLE forgotten_tenant_table ENABLE ROW LEVEL SECURITY`);
      expect(await tenantTablesWithoutForcedRls(client)).toEqual([
        { table: 'forgotten_tenant_table', problem: 'row level security is not forced' },
        { table: 'forgotten_tenant_table', problem: 'no policy filters reads (USING)' },
        { table: 'forgotten_tenant_table', problem: 'no policy checks writes (WITH CHECK)' },
      ]);
    } finally {
      await client.query(`DROP TABLE IF EXISTS forgotten_tenant_table`);
      await client.end();
    }
  });

  it('refuses a write with a forged organization_id, and moving a row to another organization', async () => {
    const transactions = api.app.get(TenantTransactions);
    const dbh = api.app.get(Db);
    const principal = {
      kind: 'staff' as const,
      userId: adminA.userId,
      organizationId: orgA,
      roles: [],
      permissions: new Set<string>(),
    };
    await expect(
      transactions.run(principal, () =>
        dbh.query(
          `INSERT INTO data_key (organization_id, purpose, master_key_id, wrapped_key)
                   VALUES ($1, 'organization', 'k', '\\x00')`,
          [orgB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // The column default fills in the caller's organization; moving it away is refused too.
    const [created] = await transactions.run(principal, () =>
      dbh.query<{ id: string; organization_id: string }[]>(
        `INSERT INTO data_key (purpose, master_key_id, wrapped_key)
         VALUES ('organization', 'k', '\\x00') RETURNING id, organization_id`,
      ),
    );
    expect(created!.organization_id).toBe(orgA);
    await expect(
      transactions.run(principal, () =>
        dbh.query(`UPDATE data_key SET organization_id = $1 WHERE id = $2`, [orgB, created!.id]),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await sql(`SELECT 1 FROM data_key WHERE organization_id = $1`, [orgB])).toEqual([]);
  });

  it('gives a request without an organization context no rows and no writes', async () => {
    await sql(
      `INSERT INTO data_key (organization_id, purpose, master_key_id, wrapped_key)
               VALUES ($1, 'client', 'k', '\\x00')`,
      [orgB],
    );
    const client = new Pg({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE reha_app`);
      expect((await client.query(`SELECT count(*)::int AS n FROM data_key`)).rows[0].n).toBe(0);
      expect((await client.query(`SELECT count(*)::int AS n FROM organization`)).rows[0].n).toBe(0);
      await expect(
        client.query(
          `INSERT INTO data_key (purpose, master_key_id, wrapped_key) VALUES ('client', 'k', '\\x00')`,
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
    const anonymous = await graphql(
      api.url,
      `
        {
          dbIdentity {
            currentUser
          }
        }
      `,
    );
    expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a staff member acting for an organization they do not belong to, and audits it', async () => {
    const token = fx.staffToken(adminA.userId, orgB);
    const res = await graphql(
      api.url,
      `
        {
          dbIdentity {
            currentUser
          }
        }
      `,
      { token },
    );
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const events = await sql<Record<string, unknown>>(
      `SELECT action, result, organization_id, entity_id FROM audit_event WHERE actor_id = $1 AND result = 'denied'`,
      [adminA.userId],
    );
    // In the platform's log, naming the organization it tried: nobody can write into another
    // organization's log by claiming it.
    expect(events).toContainEqual({
      action: 'denied',
      result: 'denied',
      organization_id: null,
      entity_id: orgB,
    });
  });

  it('refuses forged, expired and other-audience tokens with UNAUTHENTICATED', async () => {
    const jwt = await import('jsonwebtoken');
    const forged = jwt.sign({ kind: 'staff', org: orgA }, 'not-the-secret-not-the-secret-32b', {
      subject: adminA.userId,
      audience: 'admin',
      issuer: 'reha',
    });
    const secret = Buffer.from(TEST_KEYS.REHA_JWT_SECRET, 'base64');
    const expired = jwt.sign(
      { kind: 'staff', org: orgA, exp: Math.floor(Date.now() / 1000) - 60 },
      secret,
      {
        subject: adminA.userId,
        audience: 'admin',
        issuer: 'reha',
      },
    );
    const otherAudience = jwt.sign({ kind: 'staff', org: orgA }, secret, {
      subject: adminA.userId,
      audience: 'client',
      issuer: 'reha',
    });
    for (const token of [forged, expired, otherAudience, 'garbage']) {
      const res = await graphql(
        api.url,
        `
          {
            dbIdentity {
              currentUser
            }
          }
        `,
        { token },
      );
      expect(res.status).toBe(401);
      expect(res.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists a user’s memberships across organizations only through the audited login function', async () => {
    const userId = await fx.staff(orgA, ['specialist']);
    await sql(
      `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, '{accountant}')`,
      [orgB, userId],
    );
    const client = new Pg({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE reha_app`);
      // Without an organization context a direct read finds nothing …
      expect(
        (await client.query(`SELECT * FROM membership WHERE user_id = $1`, [userId])).rows,
      ).toEqual([]);
      // … the definer function finds both, and records that it did.
      const { rows } = await client.query(
        `SELECT organization_id, organization_name, roles FROM reha_login_memberships($1, 'req-1', '127.0.0.1')`,
        [userId],
      );
      expect(rows).toEqual([
        { organization_id: orgA, organization_name: 'Alfa', roles: ['specialist'] },
        { organization_id: orgB, organization_name: 'Beeta', roles: ['accountant'] },
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      await client.end();
    }
    expect(
      await sql(`SELECT action, entity_id FROM audit_event WHERE request_id = 'req-1'`),
    ).toEqual([{ action: 'login.memberships', entity_id: userId }]);
  });

  it('stores audit values with quotes and backslashes verbatim (the closing statement escapes them)', async () => {
    const transactions = api.app.get(TenantTransactions);
    const audit = api.app.get(AuditService);
    const tricky = `x'); DROP TABLE client; -- \\ ' "`;
    await transactions.run(
      { kind: 'system', job: "it's a job", organizationId: orgA },
      async () =>
        audit.record({
          action: 'read',
          entityType: 'probe',
          entityId: tricky,
          fields: ['a,b', "c'd"],
        }),
      { requestId: 'escape-probe' },
    );
    expect(
      await sql(
        `SELECT entity_id, fields, actor_role FROM audit_event WHERE request_id = 'escape-probe'`,
      ),
    ).toEqual([{ entity_id: tricky, fields: ['a,b', "c'd"], actor_role: "job:it's a job" }]);
    expect(await sql(`SELECT count(*)::int AS n FROM client`)).toEqual([{ n: expect.any(Number) }]);
  });
});
