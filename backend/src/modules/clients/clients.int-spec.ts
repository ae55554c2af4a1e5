import { isikukoodCheckDigit } from '@reha/shared';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErasedFileError } from '../../core/crypto/envelope-file-cipher';
import { FileService } from '../../core/files/file.service';
import { TenantTransactions } from '../../core/tenancy/tenant-transactions';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { graphql, startApi } from '../../../test/api-app';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';

/** A valid isikukood from its first ten digits. */
const ik = (first10: string) => `${first10}${isikukoodCheckDigit(first10)}`;

const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id firstName lastName isikukood erased organization { name } } }`;

describe('clients: encrypted identity, blind indexes, erasure (real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let adminA: string;
  let adminB: string;
  let storageDir: string;

  const sql = <T>(text: string, values: unknown[] = []) => queryDatabase<T>(db.url, text, values);
  const create = async (token: string, input: Record<string, string>) => {
    const res = await graphql(api.url, CREATE, { token, variables: { input } });
    return res.body;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'reha-client-files-'));
    api = await startApi(
      testEnv({
        FILE_STORAGE_DIR: storageDir,
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
    await rm(storageDir, { recursive: true, force: true });
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

  const q = async (token: string, query: string, variables?: object) =>
    (await graphql(api.url, query, { token, variables })).body;
  const newClient = async (
    token: string,
    isikukood: string,
    firstName: string,
    lastName: string,
  ) => {
    const body = await create(token, { isikukood, firstName, lastName });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data!.createClient as { id: string }).id;
  };

  it('finds clients by name prefixes and by exact isikukood, never across organizations', async () => {
    const tamm = await newClient(adminA, ik('3800108571'), 'Jaan', 'Tammik');
    const kask = await newClient(adminA, ik('6010101000'), 'Õie', 'Kask');
    await newClient(adminB, ik('3760503029'), 'Peeter', 'Tamme');
    const names = async (search: string, token = adminA) => {
      const body = await q(
        token,
        `query ($s: String!) { clients(search: $s) { totalCount edges { node { lastName } } } }`,
        { s: search },
      );
      if (body.errors) return body.errors[0]!;
      const conn = body.data!.clients as { edges: { node: { lastName: string } }[] };
      return conn.edges.map((e) => e.node.lastName).sort();
    };
    expect(await names('Tam')).toEqual(['Tamm', 'Tammik']);
    expect(await names('tamm')).toEqual(['Tamm', 'Tammik']);
    expect(await names('tammi jaa')).toEqual(['Tammik']);
    expect(await names('oie kas')).toEqual(['Kask']);
    expect(await names('Tam', adminB)).toEqual(['Tamme']);
    expect(await names(ik('3800108571'))).toEqual(['Tammik']);
    expect(await names(ik('3800108571'), adminB)).toEqual([]);
    const short = (await names('Ta')) as unknown as {
      extensions: { code: string; fields: { field: string; key: string }[] };
    };
    expect(short.extensions.code).toBe('BAD_USER_INPUT');
    expect(short.extensions.fields).toEqual([
      expect.objectContaining({ field: 'search', key: 'TOO_SHORT' }),
    ]);
    expect([tamm, kask]).toHaveLength(2);
    // Page by page, each client once.
    const page = async (after?: string) =>
      (
        await q(
          adminA,
          `query ($after: String) { clients(search: "Tam", first: 1, after: $after) { edges { node { lastName } } pageInfo { endCursor hasNextPage } } }`,
          { after },
        )
      ).data!.clients as {
        edges: { node: { lastName: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(
      [first, second]
        .map((p) => p.edges.map((e) => e.node.lastName))
        .flat()
        .sort(),
    ).toEqual(['Tamm', 'Tammik']);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('refuses a duplicate or invalid isikukood with a field message, writing nothing', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM client`);
    const dup = await create(adminA, {
      isikukood: '49403136515',
      firstName: 'Teine',
      lastName: 'Tamm',
    });
    expect(dup.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.isikukood', key: 'ALREADY_EXISTS' })],
    });
    const bad = (
      await graphql(api.url, CREATE, {
        token: adminA,
        locale: 'en',
        variables: { input: { isikukood: '49403136516', firstName: 'X', lastName: 'Y' } },
      })
    ).body;
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.isikukood', key: 'INVALID_ISIKUKOOD' })],
    });
    const wrongType = (
      await graphql(api.url, CREATE, {
        token: adminA,
        variables: { input: { isikukood: 49403136515, firstName: 'X', lastName: 'Y' } },
      })
    ).body;
    expect(wrongType.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(await sql(`SELECT count(*)::int AS n FROM client`)).toEqual(before);
    expect(await sql(`SELECT count(*)::int AS n FROM data_key WHERE purpose = 'client'`)).toEqual(
      before,
    );
  });

  it("answers NOT_FOUND for another organization's client, and batches only its own through the DataLoader", async () => {
    const mine = await newClient(adminA, '50001010006', 'Anu', 'Saar');
    const theirs = await newClient(adminB, '50001010017', 'Boris', 'Saar');
    const other = await q(adminA, `query ($id: ID!) { client(id: $id) { firstName } }`, {
      id: theirs,
    });
    expect(other.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain('Boris');
    const batch = await q(
      adminA,
      `query ($ids: [ID!]!) { clientsByIds(ids: $ids) { id firstName organization { id name } } }`,
      { ids: [mine, theirs, 'not-a-uuid'] },
    );
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.clientsByIds).toEqual([
      { id: mine, firstName: 'Anu', organization: { id: orgA, name: 'Alfa Rehabilitatsioon OÜ' } },
      null,
      null,
    ]);
  });

  it('records every read of personal data with field names only', async () => {
    const id = await newClient(adminA, '60001019906', 'Liisa', 'Lepp');
    await q(adminA, `query ($id: ID!) { client(id: $id) { firstName notes } }`, { id });
    const events = await sql<Record<string, unknown>>(
      `SELECT action, entity_type, entity_id, client_id, fields, result, principal_kind, organization_id
         FROM audit_event WHERE client_id = $1 ORDER BY id`,
      [id],
    );
    expect(events).toEqual([
      expect.objectContaining({
        action: 'create',
        entity_type: 'client',
        result: 'ok',
        principal_kind: 'staff',
      }),
      expect.objectContaining({
        action: 'read',
        entity_id: id,
        fields: ['isikukood', 'first_name', 'last_name'],
        organization_id: orgA,
      }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Liisa|Lepp|60001019906/);
  });

  it('refuses to show a value copied from another client (sealed under another key)', async () => {
    const a = await newClient(adminA, ik('3991231999'), 'Salajane', 'Nimi');
    const b = await newClient(adminA, ik('4991231998'), 'Teine', 'Inimene');
    await sql(
      `UPDATE client SET first_name = (SELECT first_name FROM client WHERE id = $1) WHERE id = $2`,
      [a, b],
    );
    const res = await q(adminA, `query ($id: ID!) { client(id: $id) { firstName } }`, { id: b });
    expect(res.errors![0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toContain('Salajane');
  });

  it('erases a client by shredding their key: fields unreadable, ids and audit trail kept', async () => {
    const id = await newClient(adminA, ik('3700101000'), 'Kustuta', 'Mind');
    const erased = await q(
      adminA,
      `mutation ($id: ID!) { eraseClient(id: $id) { id firstName lastName isikukood erased } }`,
      { id },
    );
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseClient).toEqual({
      id,
      firstName: null,
      lastName: null,
      isikukood: null,
      erased: true,
    });
    const [key] = await sql<{ wrapped_key: Buffer | null; shredded_at: Date | null }>(
      `SELECT k.wrapped_key, k.shredded_at FROM client c JOIN data_key k ON k.id = c.data_key_id WHERE c.id = $1`,
      [id],
    );
    expect(key).toEqual({ wrapped_key: null, shredded_at: expect.any(Date) });
    // The ciphertext is still in the row (and in every backup), but nothing can open it.
    const [row] = await sql<{ first_name: Buffer | null }>(
      `SELECT first_name FROM client WHERE id = $1`,
      [id],
    );
    expect(row!.first_name).toBeInstanceOf(Buffer);
    const actions = await sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE client_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions.map((e) => e.action)).toEqual(['create', 'erase', 'read']);
    expect(await sql(`SELECT 1 FROM client_name_token WHERE client_id = $1`, [id])).toEqual([]);
    const again = await q(adminA, `query ($s: String!) { clients(search: $s) { totalCount } }`, {
      s: 'Kustuta',
    });
    expect(again.data!.clients).toEqual({ totalCount: 0 });
  });

  it('shows a person their own records at every provider, and audits it in each organization', async () => {
    await newClient(adminB, '49403136515', 'Mari-Liis', 'Tamm');
    const [person] = await sql<{ person_id: string }>(
      `SELECT DISTINCT person_id FROM client WHERE person_id IS NOT NULL
        GROUP BY person_id HAVING count(*) = 2`,
    );
    const token = fx.personToken(person!.person_id);
    const res = await q(
      token,
      `{ myClientRecords { organizationName firstName lastName erased } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.myClientRecords).toEqual([
      {
        organizationName: 'Alfa Rehabilitatsioon OÜ',
        firstName: 'Mari-Liis',
        lastName: 'Tamm',
        erased: false,
      },
      {
        organizationName: 'Beeta Hoolekanne',
        firstName: 'Mari-Liis',
        lastName: 'Tamm',
        erased: false,
      },
    ]);
    const events = await sql<{ organization_id: string }>(
      `SELECT organization_id FROM audit_event WHERE principal_kind = 'person' AND actor_id = $1 ORDER BY organization_id`,
      [person!.person_id],
    );
    expect(events.map((e) => e.organization_id).sort()).toEqual([orgA, orgB].sort());
    // Staff cannot call the person's query, and a person cannot read staff queries.
    expect((await q(adminA, `{ myClientRecords { clientId } }`)).errors![0]!.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await q(token, `query { clients(search: "Tamm") { totalCount } }`)).errors![0]!.extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it("encrypts a client's files under their key, and erasure makes them unreadable", async () => {
    const id = await newClient(adminA, ik('4850505123'), 'Faili', 'Omanik');
    const [{ data_key_id: dataKeyId }] = await sql<{ data_key_id: string }>(
      `SELECT data_key_id FROM client WHERE id = $1`,
      [id],
    );
    const [member] = await sql<{ user_id: string }>(
      `SELECT user_id FROM membership WHERE organization_id = $1 LIMIT 1`,
      [orgA],
    );
    const principal = {
      kind: 'staff' as const,
      userId: member!.user_id,
      organizationId: orgA,
      roles: [],
      permissions: new Set<string>(),
    };
    const transactions = api.app.get(TenantTransactions);
    const files = api.app.get(FileService);
    const pdf = Buffer.from('%PDF-1.4\n% Faili Omanik, rehabilitatsiooniplaan\n%%EOF\n');
    const stored = await transactions.run(principal, () =>
      files.store({
        buffer: pdf,
        declaredName: 'plaan.pdf',
        allowed: ['pdf'],
        owner: { organizationId: orgA, dataKeyId },
      }),
    );
    const onDisk = await readFile(join(storageDir, stored.key));
    expect(onDisk.includes(Buffer.from('Faili Omanik'))).toBe(false);
    expect(await transactions.run(principal, () => files.read(stored.key))).toEqual(pdf);
    // Another organization cannot open it even with the storage key: its data key is invisible.
    const other = { kind: 'system' as const, job: 'test', organizationId: orgB };
    await expect(transactions.run(other, () => files.read(stored.key))).rejects.toThrow(
      /not visible in this organization/,
    );
    await q(adminA, `mutation ($id: ID!) { eraseClient(id: $id) { id } }`, { id });
    await expect(transactions.run(principal, () => files.read(stored.key))).rejects.toThrow(
      ErasedFileError,
    );
  });
});
