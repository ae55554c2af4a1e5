import { Client as Pg } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { graphql, startApi } from '../../../test/api-app';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id firstName lastName isikukood erased organization { name } } }`;

describe('clients: encrypted identity, blind indexes, erasure (real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let adminA: string;
  let adminB: string;

  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const c = new Pg({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query(text, values)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const create = async (token: string, input: Record<string, string>) => {
    const res = await graphql(api.url, CREATE, { token, variables: { input } });
    return res.body;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    fx = new TenancyFixtures(db.url);
    orgA = await fx.organization('Alfa Rehabilitatsioon OÜ');
    orgB = await fx.organization('Beeta Hoolekanne');
    adminA = (await fx.staffLogin(orgA)).token;
    adminB = (await fx.staffLogin(orgB)).token;
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('stores names and isikukood only as ciphertext and reads them back decrypted', async () => {
    const body = await create(adminA, {
      isikukood: '49403136515',
      firstName: 'Mari-Liis',
      lastName: 'Tamm',
      notes: 'Varuvõti naabri juures',
    });
    expect(body.errors).toBeUndefined();
    const created = body.data!.createClient as Record<string, unknown>;
    expect(created).toMatchObject({
      firstName: 'Mari-Liis',
      lastName: 'Tamm',
      isikukood: '49403136515',
      erased: false,
      organization: { name: 'Alfa Rehabilitatsioon OÜ' },
    });
    const [raw] = await sql<Record<string, Buffer>>(
      `SELECT first_name, last_name, isikukood, notes FROM client WHERE id = $1`,
      [created.id],
    );
    for (const value of Object.values(raw!)) {
      expect(Buffer.isBuffer(value)).toBe(true);
      const text = value.toString('latin1');
      for (const secret of ['Mari', 'Tamm', '49403136515', 'Varuv'])
        expect(text).not.toContain(secret);
    }
  });
});
