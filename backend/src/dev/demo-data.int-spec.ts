import { graphql, startApi } from '../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../test/database';
import { applyEnv, testEnv } from '../../test/env';
import { TenancyFixtures } from '../../test/tenancy-fixtures';
import { seed } from '../cli/seed';

describe('demo data: org units, staff placed in them, clients filed (real PostgreSQL)', () => {
  let db: TestDatabase;
  let restoreEnv: () => void;
  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);

  beforeAll(async () => {
    db = await createTestDatabase();
    restoreEnv = applyEnv(testEnv({ DATABASE_URL: db.url }));
    await seed(db.url, { demo: true });
  });
  afterAll(async () => {
    restoreEnv?.();
    await db?.drop();
  });

  it('gives both demo organizations a unit tree and files every demo client in a unit', async () => {
    const tree = await sql<{ org: string; unit: string; parent: string | null }>(
      `SELECT o.name AS org, u.name AS unit, p.name AS parent
         FROM org_unit u JOIN organization o ON o.id = u.organization_id
         LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY o.name, u.name`,
    );
    expect(tree).toEqual([
      { org: 'Päikese Rehabilitatsioonikeskus OÜ', unit: 'Lastetiim', parent: 'Tallinna osakond' },
      { org: 'Päikese Rehabilitatsioonikeskus OÜ', unit: 'Tallinna osakond', parent: null },
      { org: 'Päikese Rehabilitatsioonikeskus OÜ', unit: 'Tartu osakond', parent: null },
      { org: 'Päikese Rehabilitatsioonikeskus OÜ', unit: 'Tartu tiim', parent: 'Tartu osakond' },
      {
        org: 'Päikese Rehabilitatsioonikeskus OÜ',
        unit: 'Täiskasvanute tiim',
        parent: 'Tallinna osakond',
      },
      {
        org: 'Tartu Linna Hoolekandeasutus',
        unit: 'Annelinna tiim',
        parent: 'Koduhoolduse osakond',
      },
      {
        org: 'Tartu Linna Hoolekandeasutus',
        unit: 'Kesklinna tiim',
        parent: 'Koduhoolduse osakond',
      },
      { org: 'Tartu Linna Hoolekandeasutus', unit: 'Koduhoolduse osakond', parent: null },
    ]);
    expect(
      await sql(
        `SELECT count(*)::int AS n FROM client c
          WHERE NOT EXISTS (SELECT 1 FROM client_unit cu WHERE cu.client_id = c.id)`,
      ),
    ).toEqual([{ n: 0 }]);
    expect(
      await sql(
        `SELECT u.email, ou.name FROM org_unit_manager m JOIN app_user u ON u.id = m.user_id
           JOIN org_unit ou ON ou.id = m.unit_id ORDER BY u.email`,
      ),
    ).toEqual([
      { email: 'unit-manager@paike.demo', name: 'Tallinna osakond' },
      { email: 'unit-manager@tartu.demo', name: 'Koduhoolduse osakond' },
    ]);
    // Seeding again adds nothing.
    expect(await seed(db.url, { demo: true })).toEqual([]);
  });

  it('lets the demo specialist of Lastetiim see that team’s client and not the others', async () => {
    const api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    try {
      const [who] = await sql<{ user_id: string; organization_id: string }>(
        `SELECT m.user_id, m.organization_id FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE u.email = 'specialist@paike.demo'`,
      );
      const token = new TenancyFixtures(db.url).staffToken(who!.user_id, who!.organization_id);
      const names = async (search: string) => {
        const res = await graphql(
          api.url,
          `
            query ($s: String!) {
              clients(search: $s) {
                edges {
                  node {
                    firstName
                    units {
                      name
                    }
                  }
                }
              }
            }
          `,
          { token, variables: { s: search } },
        );
        expect(res.body.errors).toBeUndefined();
        return (res.body.data!.clients as { edges: { node: unknown }[] }).edges.map((e) => e.node);
      };
      expect(await names('Kask')).toEqual([{ firstName: 'Sofia', units: [{ name: 'Lastetiim' }] }]);
      expect(await names('Tamm')).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
