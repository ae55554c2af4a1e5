import { isikukoodCheckDigit } from '@reha/shared';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErasedFileError } from '../../core/crypto/envelope-file-cipher';
import { FileService } from '../../core/files/file.service';
import { TenantTransactions } from '../../core/tenancy/tenant-transactions';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { isikukoodSequence } from '../../../test/access-matrix';
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

  describe('reach: staff see the clients of their unit subtree and those assigned to them', () => {
    const unit: Record<string, string> = {};
    const client: Record<string, string> = {};
    const nextIsikukood = isikukoodSequence();
    let specialist: { userId: string; token: string };

    const newUnit = async (name: string, parentId?: string) => {
      const body = await q(
        adminA,
        `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input: { name, parentId } },
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return (body.data!.createOrgUnit as { id: string }).id;
    };
    const clientIn = async (lastName: string, unitIds: string[], token = adminA) => {
      const body = await create(token, {
        isikukood: nextIsikukood(),
        firstName: 'Ulatus',
        lastName,
        unitIds,
      } as unknown as Record<string, string>);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return (body.data!.createClient as { id: string }).id;
    };
    const worksIn = (userId: string, unitId: string) =>
      sql(`INSERT INTO membership_unit (organization_id, unit_id, user_id) VALUES ($1, $2, $3)`, [
        orgA,
        unitId,
        userId,
      ]);
    const found = async (token: string, search = 'Ulatus', unitId?: string) => {
      const body = await q(
        token,
        `query ($s: String!, $u: ID) { clients(search: $s, unitId: $u, first: 50) { totalCount edges { node { lastName units { name } } } } }`,
        { s: search, u: unitId },
      );
      if (body.errors) return body.errors[0]!.extensions.code;
      const conn = body.data!.clients as {
        totalCount: number;
        edges: { node: { lastName: string } }[];
      };
      return conn.edges.map((e) => e.node.lastName).sort();
    };
    const readEvents = async (userId: string) =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND action = 'read'`,
          [userId],
        )
      )[0]!.n;

    beforeAll(async () => {
      unit.a = await newUnit('Üksus A');
      unit.aChild = await newUnit('Üksus A alam', unit.a);
      unit.b = await newUnit('Üksus B');
      client.a = await clientIn('Aasa', [unit.a]);
      client.aChild = await clientIn('Alamaa', [unit.aChild]);
      client.b = await clientIn('Beeda', [unit.b]);
      client.none = await clientIn('Ilmaüksuseta', []);
      specialist = await fx.staffLogin(orgA, ['specialist']);
      await worksIn(specialist.userId, unit.a);
    });

    it('shows a specialist in unit A the clients of A and below it, never those of B', async () => {
      expect(await found(specialist.token)).toEqual(['Aasa', 'Alamaa']);
      const other = await q(
        specialist.token,
        `query ($id: ID!) { client(id: $id) { firstName } }`,
        {
          id: client.b,
        },
      );
      expect(other.errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect(JSON.stringify(other)).not.toContain('Beeda');
      const batch = await q(
        specialist.token,
        `query ($ids: [ID!]!) { clientsByIds(ids: $ids) { lastName units { id name } } }`,
        { ids: [client.a, client.b, client.aChild] },
      );
      expect(batch.data!.clientsByIds).toEqual([
        { lastName: 'Aasa', units: [{ id: unit.a, name: 'Üksus A' }] },
        null,
        { lastName: 'Alamaa', units: [{ id: unit.aChild, name: 'Üksus A alam' }] },
      ]);
    });

    it('decrypts in a search only the clients it returns, those in reach', async () => {
      const before = await readEvents(specialist.userId);
      expect(await found(specialist.token)).toEqual(['Aasa', 'Alamaa']);
      // One read event per decrypted client: two, though four clients match the name.
      expect((await readEvents(specialist.userId)) - before).toBe(2);
    });

    it('shows a client assigned to the specialist outside their units', async () => {
      await sql(
        `INSERT INTO client_team (organization_id, client_id, user_id) VALUES ($1, $2, $3)`,
        [orgA, client.b, specialist.userId],
      );
      expect(await found(specialist.token)).toEqual(['Aasa', 'Alamaa', 'Beeda']);
      const read = await q(specialist.token, `query ($id: ID!) { client(id: $id) { lastName } }`, {
        id: client.b,
      });
      expect(read.data!.client).toEqual({ lastName: 'Beeda' });
      await sql(`DELETE FROM client_team WHERE client_id = $1 AND user_id = $2`, [
        client.b,
        specialist.userId,
      ]);
    });

    it('shows a receptionist (organization scope) every client', async () => {
      const receptionist = await fx.staffLogin(orgA, ['receptionist']);
      expect(await found(receptionist.token)).toEqual(['Aasa', 'Alamaa', 'Beeda', 'Ilmaüksuseta']);
    });

    it('lets a role held in one unit only reach that unit’s subtree, even one with organization scope', async () => {
      const unitReceptionist = await fx.staffLogin(orgA, []);
      await sql(
        `INSERT INTO membership_unit (organization_id, unit_id, user_id, roles)
         VALUES ($1, $2, $3, '{receptionist}')`,
        [orgA, unit.a, unitReceptionist.userId],
      );
      expect(await found(unitReceptionist.token)).toEqual(['Aasa', 'Alamaa']);
    });

    it('filters by a unit and everything below it', async () => {
      expect(await found(adminA, 'Ulatus', unit.a)).toEqual(['Aasa', 'Alamaa']);
      expect(await found(adminA, 'Ulatus', unit.aChild)).toEqual(['Alamaa']);
      expect(await found(specialist.token, 'Ulatus', unit.b)).toEqual([]);
      expect(await found(adminB, 'Ulatus', unit.a)).toBe('NOT_FOUND');
    });

    it('files a specialist’s new client in a unit they reach and puts them on its team', async () => {
      const before = await sql(`SELECT count(*)::int AS n FROM client`);
      const input = { isikukood: ik('6050505000'), firstName: 'Uus', lastName: 'Ulatus' };
      const none = await create(specialist.token, input);
      expect(none.errors![0]!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'input.unitIds', key: 'REQUIRED' }),
      ]);
      for (const unitIds of [
        [unit.b],
        [unit.a, 'not-a-uuid'],
        ['00000000-0000-4000-8000-000000000000'],
      ]) {
        const outside = await create(specialist.token, {
          ...input,
          unitIds,
        } as unknown as Record<string, string>);
        expect(outside.errors![0]!.extensions.fields).toEqual([
          expect.objectContaining({ field: 'input.unitIds', key: 'UNKNOWN_REFERENCE' }),
        ]);
      }
      expect(await sql(`SELECT count(*)::int AS n FROM client`)).toEqual(before);
      const id = await clientIn('Uusim', [unit.aChild], specialist.token);
      expect(await sql(`SELECT user_id FROM client_team WHERE client_id = $1`, [id])).toEqual([
        { user_id: specialist.userId },
      ]);
      expect(await sql(`SELECT unit_id FROM client_unit WHERE client_id = $1`, [id])).toEqual([
        { unit_id: unit.aChild },
      ]);
      // The admin reaches the whole organization: units are optional and nobody is assigned.
      const adminsOwn = await clientIn('Adminilt', []);
      expect(await sql(`SELECT 1 FROM client_team WHERE client_id = $1`, [adminsOwn])).toEqual([]);
      // Another organization's unit is unknown here.
      const foreign = await create(adminB, {
        isikukood: ik('6050505011'),
        firstName: 'Võõras',
        lastName: 'Üksus',
        unitIds: [unit.a],
      } as unknown as Record<string, string>);
      expect(foreign.errors![0]!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'input.unitIds', key: 'UNKNOWN_REFERENCE' }),
      ]);
    });

    it('lets a case manager (own clients only) register a client without a unit or in a unit they work in', async () => {
      const caseManager = await fx.staffLogin(orgA, ['case-manager']);
      const own = await clientIn('Juhtumilt', [], caseManager.token);
      expect(await sql(`SELECT user_id FROM client_team WHERE client_id = $1`, [own])).toEqual([
        { user_id: caseManager.userId },
      ]);
      const notTheirs = await create(caseManager.token, {
        isikukood: nextIsikukood(),
        firstName: 'Ulatus',
        lastName: 'Võõrasse',
        unitIds: [unit.b],
      } as unknown as Record<string, string>);
      expect(notTheirs.errors![0]!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'input.unitIds', key: 'UNKNOWN_REFERENCE' }),
      ]);
      await worksIn(caseManager.userId, unit.b);
      await clientIn('Juhtumiüksusest', [unit.b], caseManager.token);
      // Scope `own`: they see their own clients, not the rest of the unit.
      expect(await found(caseManager.token)).toEqual(['Juhtumilt', 'Juhtumiüksusest']);
    });
  });
});
