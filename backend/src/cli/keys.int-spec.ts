import { Client as Pg } from 'pg';
import { createTestDatabase, TestDatabase } from '../../test/database';
import { graphql, startApi } from '../../test/api-app';
import { TEST_KEYS, testEnv } from '../../test/env';
import { TenancyFixtures } from '../../test/tenancy-fixtures';
import { parseMasterKeyring } from '../core/crypto/master-keys';
import { rotateDataKeys } from './keys';

const NEW_KEY = `k2:${Buffer.alloc(32, 42).toString('base64')}`;

describe('master key rotation (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const api = (env: Record<string, string>) =>
    startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        ...env,
      }),
    );

  it('rewraps every data key under the new master key; clients stay readable with only the new key', async () => {
    const fx = new TenancyFixtures(db.url);
    const org = await fx.organization();
    const { token } = await fx.staffLogin(org);
    const before = await api({});
    const created = await graphql(
      before.url,
      `
        mutation {
          createClient(
            input: { isikukood: "49403136515", firstName: "Roteeri", lastName: "Võtit" }
          ) {
            id
          }
        }
      `,
      { token },
    );
    await before.close();
    const id = (created.body.data!.createClient as { id: string }).id;

    const ring = parseMasterKeyring(NEW_KEY, TEST_KEYS.REHA_MASTER_KEY);
    expect(await rotateDataKeys(db.url, ring, 1)).toEqual({
      rewrapped: 1,
      alreadyCurrent: 0,
      shredded: 0,
      platformKeys: 0,
    });
    expect(await rotateDataKeys(db.url, ring)).toEqual({
      rewrapped: 0,
      alreadyCurrent: 1,
      shredded: 0,
      platformKeys: 0,
    });
    const pg = new Pg({ connectionString: db.url });
    await pg.connect();
    const { rows } = await pg.query(`SELECT DISTINCT master_key_id FROM data_key`);
    await pg.end();
    expect(rows).toEqual([{ master_key_id: 'k2' }]);

    const after = await api({ REHA_MASTER_KEY: NEW_KEY });
    try {
      const read = await graphql(
        after.url,
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
      expect(read.body.data).toEqual({ client: { firstName: 'Roteeri' } });
    } finally {
      await after.close();
    }
    // The old key alone no longer opens anything.
    const old = await api({});
    try {
      const read = await graphql(
        old.url,
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
      expect(read.body.errors![0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await old.close();
    }
  });
});
