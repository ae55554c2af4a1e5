import { randomBytes } from 'node:crypto';
import { Client as Pg } from 'pg';
import { databaseUrl, withAdmin } from '../../../test/database';
import { graphql, startApi } from '../../../test/api-app';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { migrate } from '../../cli/migrate';
import { AuditSealer } from '../audit/audit-sealer';
import { verifyAuditDatabase } from '../audit/audit-verifier';

const OWNER = 'reha_owner_test';

/**
 * Production posture: the application's login owns the tables but is no superuser, so the
 * forced policies apply to it too. A DBA created the two roles and granted them beforehand.
 */
describe('with a non-superuser table owner (real PostgreSQL)', () => {
  const name = `reha_t_${Math.floor(Date.now() / 1000)}_owner_${randomBytes(4).toString('hex')}`;
  const url = (() => {
    const u = new URL(databaseUrl(name));
    u.username = OWNER;
    return u.toString();
  })();

  beforeAll(async () => {
    await withAdmin(async (c) => {
      await c.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${OWNER}') THEN
          CREATE ROLE ${OWNER} LOGIN NOSUPERUSER NOBYPASSRLS;
        END IF; END $$`);
      await c.query(`GRANT reha_app, reha_maintenance TO ${OWNER}`);
      await c.query(`CREATE DATABASE ${name} OWNER ${OWNER}`);
    });
  });
  afterAll(() => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));

  it('migrates, serves tenant data, writes and seals audit events, all without superuser rights', async () => {
    await migrate(url);
    const fx = new TenancyFixtures(databaseUrl(name)); // fixtures write as the superuser
    const org = await fx.organization('Omaniku Test');
    const { token } = await fx.staffLogin(org);
    const api = await startApi(
      testEnv({
        DATABASE_URL: url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    try {
      const created = await graphql(
        api.url,
        `
          mutation {
            createClient(
              input: { isikukood: "49403136515", firstName: "Omanik", lastName: "Testija" }
            ) {
              id
            }
          }
        `,
        { token },
      );
      expect(created.body.errors).toBeUndefined();
      const id = (created.body.data!.createClient as { id: string }).id;
      const read = await graphql(
        api.url,
        `
          query ($id: ID!) {
            client(id: $id) {
              firstName
            }
          }
        `,
        {
          token,
          variables: { id },
        },
      );
      expect(read.body.data).toEqual({ client: { firstName: 'Omanik' } });
      expect(await api.app.get(AuditSealer).sealPending()).toBeGreaterThanOrEqual(2);
    } finally {
      await api.close();
    }
    expect((await verifyAuditDatabase(url)).intact).toBe(true);
    // The owner itself, outside a request, sees no tenant rows: the policies bind it as well.
    const owner = new Pg({ connectionString: url });
    await owner.connect();
    try {
      expect((await owner.query(`SELECT count(*)::int AS n FROM client`)).rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
  });
});
