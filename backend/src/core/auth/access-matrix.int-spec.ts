import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client as PgClient } from 'pg';
import {
  OPERATION_MATRIX,
  isikukoodSequence,
  registryCodeSequence,
  uniqueString,
} from '../../../test/access-matrix';
import { graphql, startApi } from '../../../test/api-app';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { rootFieldsOf } from '../../../test/root-fields';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { AGENCY_ANALYST, DEFAULT_ROLES, PLATFORM_OPERATOR } from './default-roles';
import type { ResolverAccess } from './require-permission';

/** A caller of the matrix: a staff member with one default role, a person, the operator, … */
interface Caller {
  name: string;
  kind: 'staff' | 'person' | 'operator' | 'agency' | 'anonymous';
  permissions: readonly string[];
  token?: string;
}

type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** What the data file (default-roles.ts) and the resolver's declaration say must happen. */
function expected(caller: Caller, access: ResolverAccess): Outcome {
  if (access.kind === 'public') return 'allowed';
  if (caller.kind === 'anonymous') return 'UNAUTHENTICATED';
  if (access.kind === 'principal')
    return caller.kind === access.principal ? 'allowed' : 'FORBIDDEN';
  return caller.permissions.includes(access.permission) ? 'allowed' : 'FORBIDDEN';
}

describe('the role × operation matrix (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let adminA: string;
  const callers: Caller[] = [];
  const isikukood = isikukoodSequence();
  const registryCode = registryCodeSequence();

  const sql = <T>(text: string, values: unknown[] = []) => queryDatabase<T>(db.url, text, values);

  /** A new client of organization A, created through the API by its admin. */
  const newClient = async (): Promise<string> => {
    const res = await graphql(
      api.url,
      `
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      {
        token: adminA,
        variables: { input: { isikukood: isikukood(), firstName: 'Maatriks', lastName: 'Klient' } },
      },
    );
    expect(res.body.errors).toBeUndefined();
    return (res.body.data!.createClient as { id: string }).id;
  };

  /**
   * Every table but the audit log's, as its row count and newest row version (the largest
   * `xmin`): an insert or update gives a row a newer xmin, a delete lowers the count, so "a
   * denied call changes nothing" shows without hashing every row of every table each time.
   */
  let fingerprintClient: PgClient;
  let fingerprintQuery: string;
  const fingerprint = async (): Promise<Record<string, string>> => {
    const { rows } = await fingerprintClient.query<{ t: string; h: string }>(fingerprintQuery);
    return Object.fromEntries(rows.map((r) => [r.t, r.h]));
  };

  const call = async (caller: Caller, document: string, variables?: object) => {
    const requestId = `matrix-${randomBytes(8).toString('hex')}`;
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ extensions: { code?: string } }>;
    };
    return { requestId, body };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        RATE_LIMIT_PER_MINUTE: '0',
        REHA_DEV_TOOLS: 'true',
      }),
    );
    fx = new TenancyFixtures(db.url);
    // One connection and one statement for the before/after fingerprints of every refusal.
    fingerprintClient = new PgClient({ connectionString: db.url });
    await fingerprintClient.connect();
    const tables = await sql<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'
          AND tablename NOT IN ('audit_event', 'audit_chain') ORDER BY tablename`,
    );
    fingerprintQuery = tables
      .map(
        ({ t }) =>
          `SELECT '${t}' AS t, count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) AS h FROM "${t}" x`,
      )
      .join(' UNION ALL ');
    orgA = await fx.organization('Maatriksi Rehabilitatsioon OÜ');
    orgB = await fx.organization('Teise Asutuse Hoolekanne');
    adminA = (await fx.staffLogin(orgA, ['organization-admin'])).token;
    for (const role of DEFAULT_ROLES) {
      const { token } = await fx.staffLogin(orgA, [role.key]);
      callers.push({ name: role.key, kind: 'staff', permissions: role.permissions, token });
    }
    const clientId = await newClient();
    const [{ person_id }] = await sql<{ person_id: string }>(
      `SELECT person_id FROM client WHERE id = $1`,
      [clientId],
    );
    callers.push(
      { name: 'person', kind: 'person', permissions: [], token: fx.personToken(person_id) },
      {
        name: PLATFORM_OPERATOR.key,
        kind: 'operator',
        permissions: PLATFORM_OPERATOR.permissions,
        token: fx.operatorToken(),
      },
      {
        name: AGENCY_ANALYST.key,
        kind: 'agency',
        permissions: AGENCY_ANALYST.permissions,
        token: fx.agencyToken(),
      },
      { name: 'anonymous', kind: 'anonymous', permissions: [] },
    );
  });
  afterAll(async () => {
    await fingerprintClient?.end();
    await api?.close();
    await db?.drop();
  });

  it('has an entry for every Query and Mutation of the running schema, and none for a field that is gone', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const fields = rootFieldsOf(schema).map((f) => `${f.operation}.${f.name}`);
    const missing = fields
      .filter((f) => !(f in OPERATION_MATRIX))
      .map(
        (f) =>
          `${f} has no entry in backend/test/access-matrix.ts: declare its access there (and @RequirePermission on the resolver)`,
      );
    const stale = Object.keys(OPERATION_MATRIX)
      .filter((key) => !fields.includes(key))
      .map((key) => `${key} is in backend/test/access-matrix.ts but not in the schema`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it('declares in the matrix what each resolver declares', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const differing = rootFieldsOf(schema)
      .filter((f) => OPERATION_MATRIX[`${f.operation}.${f.name}`])
      .filter(
        (f) =>
          JSON.stringify(f.access) !==
          JSON.stringify(OPERATION_MATRIX[`${f.operation}.${f.name}`]!.access),
      )
      .map(
        (f) =>
          `${f.operation}.${f.name}: resolver ${JSON.stringify(f.access)}, matrix ${JSON.stringify(OPERATION_MATRIX[`${f.operation}.${f.name}`]!.access)}`,
      );
    expect(differing).toEqual([]);
  });

  it.each(Object.keys(OPERATION_MATRIX))(
    '%s: allowed or refused for every default role, a person, the operator, an agency analyst and anonymous exactly as the data file says; a refusal changes nothing and is audited',
    async (key) => {
      const operation = OPERATION_MATRIX[key]!;
      const field = key.split('.')[1]!;
      const fixtures = {
        client: newClient,
        isikukood,
        unique: uniqueString,
        organization: () => fx.organization(),
        registryCode,
      };
      const problems: string[] = [];
      const outcomes: Record<string, Outcome> = {};
      // Refusals first, while nothing else is changing the database.
      const ordered = [...callers].sort(
        (a, b) =>
          Number(expected(a, operation.access) === 'allowed') -
          Number(expected(b, operation.access) === 'allowed'),
      );
      for (const caller of ordered) {
        const want = expected(caller, operation.access);
        const variables = operation.variables ? await operation.variables(fixtures) : undefined;
        const before = want === 'allowed' ? undefined : await fingerprint();
        const { requestId, body } = await call(caller, operation.document, variables);
        const got: Outcome | string = body.errors
          ? (body.errors[0]!.extensions.code ?? 'no code')
          : 'allowed';
        const passed = want === 'allowed' && !!operation.passesWith?.includes(got);
        outcomes[caller.name] = passed ? 'allowed' : (got as Outcome);
        if (passed) continue;
        if (got !== want) {
          problems.push(`${caller.name}: expected ${want}, got ${got}`);
          continue;
        }
        if (want === 'allowed') {
          if (body.data?.[field] === undefined) problems.push(`${caller.name}: no data`);
          continue;
        }
        if (body.data?.[field] != null) problems.push(`${caller.name}: refused but answered data`);
        const after = await fingerprint();
        const changed = Object.keys(after).filter((t) => after[t] !== before![t]);
        if (changed.length)
          problems.push(`${caller.name}: refused, yet changed ${changed.join(', ')}`);
        const audit = await sql<{ action: string; entity_type: string; error_code: string }>(
          `SELECT action, entity_type, error_code FROM audit_event
            WHERE request_id = $1 AND result = 'denied'`,
          [requestId],
        );
        if (
          !audit.some(
            (e) => e.action === 'denied' && e.entity_type === field && e.error_code === want,
          )
        )
          problems.push(
            `${caller.name}: refused without a denied audit event (${JSON.stringify(audit)})`,
          );
      }
      expect(problems).toEqual([]);
      // Every operation someone may call is called by someone, and refused to someone else
      // unless public: the matrix has no empty or full rows by accident.
      expect(Object.values(outcomes)).toContain('allowed');
      if (operation.access.kind !== 'public')
        expect(Object.values(outcomes).some((o) => o !== 'allowed')).toBe(true);
    },
  );

  it('answers NOT_FOUND, not FORBIDDEN, when another organization asks for a record', async () => {
    const clientA = await newClient();
    const before = await sql(`SELECT erased_at, isikukood FROM client WHERE id = $1`, [clientA]);
    for (const role of ['organization-admin', 'receptionist', 'specialist']) {
      const { token } = await fx.staffLogin(orgB, [role]);
      const read = await graphql(
        api.url,
        `
          query ($id: ID!) {
            client(id: $id) {
              id
            }
          }
        `,
        {
          token,
          variables: { id: clientA },
        },
      );
      expect([role, read.body.errors?.[0]?.extensions.code]).toEqual([role, 'NOT_FOUND']);
      const many = await graphql(
        api.url,
        `
          query ($ids: [ID!]!) {
            clientsByIds(ids: $ids) {
              id
            }
          }
        `,
        {
          token,
          variables: { ids: [clientA] },
        },
      );
      expect(many.body).toEqual({ data: { clientsByIds: [null] } });
    }
    const { token: adminB } = await fx.staffLogin(orgB, ['organization-admin']);
    const erase = await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          eraseClient(id: $id) {
            id
          }
        }
      `,
      {
        token: adminB,
        variables: { id: clientA },
      },
    );
    expect(erase.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // A made-up id answers the same: nobody outside learns whether a record exists.
    const madeUp = await graphql(
      api.url,
      `
        query ($id: ID!) {
          client(id: $id) {
            id
          }
        }
      `,
      {
        token: adminB,
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      },
    );
    expect(madeUp.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await sql(`SELECT erased_at, isikukood FROM client WHERE id = $1`, [clientA])).toEqual(
      before,
    );
    expect(orgA).not.toBe(orgB);
  });
});
