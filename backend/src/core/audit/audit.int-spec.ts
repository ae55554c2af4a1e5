import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client as Pg } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { graphql, startApi } from '../../../test/api-app';
import { testEnv } from '../../../test/env';
import { TestRedis } from '../../../test/redis-server';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { eventually, startWorker, stopWorker } from '../../../test/worker-process';
import type { StaffPrincipal } from '../tenancy/principal';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import { AuditSealer } from './audit-sealer';
import { AuditVerifier, verifyAuditDatabase } from './audit-verifier';
import { AuditRecord, AuditService } from './audit.service';
import { GENESIS_HASH } from './audit-chain';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'src', 'cli', 'audit-verify.js');

const EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt principalKind actorId actorRole action entityType entityId
      clientId fields result errorCode requestId sealedAt chainPosition } }
  }
}`;

const EXPORT = `query ($format: ExportFormat!, $filter: AuditEventFilter) {
  exportAuditEvents(format: $format, filter: $filter) { filename mimeType contentBase64 rowCount }
}`;

interface EventNode {
  id: string;
  occurredAt: string;
  principalKind: string;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[];
  result: string;
  errorCode: string | null;
  sealedAt: string | null;
  chainPosition: string | null;
}

interface EventPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: EventNode }>;
}

interface Row {
  id: string;
  organization_id: string | null;
  action: string;
  actor_id: string | null;
  entity_type: string | null;
  fields: string[];
  result: string;
  error_code: string | null;
  chain_seq: string | null;
  prev_hash: Buffer | null;
  hash: Buffer | null;
}

async function withPg<T>(url: string, fn: (c: Pg) => Promise<T>): Promise<T> {
  const c = new Pg({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('the audit log: chain, verifier, browsing and export (real API and PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let orgA: string;
  let orgB: string;
  let adminA: { userId: string; token: string };
  let adminB: { userId: string; token: string };
  let specialistA: { userId: string; token: string };
  let sealer: AuditSealer;
  let verifier: AuditVerifier;

  /** As the superuser (owner of the tables): sees and may do everything RLS and grants allow the owner. */
  const sql = <T = Row>(text: string, values: unknown[] = []): Promise<T[]> =>
    withPg(db.url, async (c) => (await c.query(text, values)).rows as T[]);

  /** One statement in its own transaction as `role`; returns the error message, or null. */
  const tryAs = (role: string, text: string, values: unknown[] = [], org?: string) =>
    withPg(db.url, async (c) => {
      await c.query('BEGIN');
      try {
        await c.query(`SET LOCAL ROLE ${role}`);
        if (org) await c.query(`SELECT set_config('app.organization_id', $1, true)`, [org]);
        await c.query(text, values);
        return null;
      } catch (error) {
        return (error as Error).message;
      } finally {
        await c.query('ROLLBACK');
      }
    });

  const sealAll = async () => {
    let total = 0;
    for (let n = await sealer.sealPending(); n > 0; n = await sealer.sealPending()) total += n;
    return total;
  };

  /** Records events as a staff member of `organizationId`, committed like a request's. */
  const record = (organizationId: string, userId: string, events: AuditRecord[]) => {
    const principal: StaffPrincipal = {
      kind: 'staff',
      userId,
      organizationId,
      roles: [],
      permissions: new Set(),
    };
    const audit = api.app.get(AuditService);
    return api.app.get(TenantTransactions).run(principal, async () => {
      for (const event of events) audit.record(event);
    });
  };

  const browse = async (token: string, variables: object = {}, locale?: string) => {
    const res = await graphql(api.url, EVENTS, { token, variables, locale });
    return res.body;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        RATE_LIMIT_PER_MINUTE: '0',
      }),
    );
    fx = new TenancyFixtures(db.url);
    orgA = await fx.organization('Alfa Rehabilitatsioon OÜ');
    orgB = await fx.organization('Beeta Hoolekanne');
    adminA = await fx.staffLogin(orgA);
    adminB = await fx.staffLogin(orgB);
    specialistA = await fx.staffLogin(orgA, ['specialist']);
    sealer = api.app.get(AuditSealer);
    verifier = api.app.get(AuditVerifier);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('seals the events requests wrote into one chain per organization, and the chains verify', async () => {
    // A request (its read of the log is itself an event), a job-like transaction, a platform
    // event (a refused anonymous request has no organization).
    expect((await browse(adminA.token)).errors).toBeUndefined();
    await record(orgB, adminB.userId, [
      { action: 'read', entityType: 'client', entityId: 'b-1', fields: ['first_name'] },
      { action: 'update', entityType: 'client', entityId: 'b-1', fields: ['notes'] },
      { action: 'export', entityType: 'client' },
    ]);
    const anonymous = await graphql(api.url, EVENTS);
    expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');

    const unsealed = await sql(`SELECT * FROM audit_event WHERE hash IS NULL ORDER BY id`);
    expect(unsealed.length).toBeGreaterThanOrEqual(5);
    expect(unsealed.every((r) => r.chain_seq === null && r.prev_hash === null)).toBe(true);

    expect(await sealAll()).toBe(unsealed.length);
    expect(await sealer.sealPending()).toBe(0);

    for (const [org, key] of [
      [orgA, orgA],
      [orgB, orgB],
      [null, ''],
    ] as const) {
      const rows = await sql(
        `SELECT * FROM audit_event WHERE organization_id IS NOT DISTINCT FROM $1 ORDER BY chain_seq`,
        [org],
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => Number(r.chain_seq))).toEqual(rows.map((_, i) => i + 1));
      expect(rows[0]!.prev_hash).toEqual(GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toEqual(rows[i - 1]!.hash);
      const [head] = await sql<{ last_seq: string; last_hash: Buffer }>(
        `SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = $1`,
        [key],
      );
      expect(head).toEqual({ last_seq: String(rows.length), last_hash: rows.at(-1)!.hash });
    }
    expect(
      (await sql(`SELECT * FROM audit_event WHERE organization_id = $1 ORDER BY id`, [orgB])).map(
        (r) => r.action,
      ),
    ).toEqual(['read', 'update', 'export']);

    const report = await verifier.verify();
    expect(report.intact).toBe(true);
    expect(report.chains.map((c) => c.chainKey).sort()).toEqual(['', orgA, orgB].sort());
    expect(report.chains.find((c) => c.chainKey === orgB)).toEqual({
      chainKey: orgB,
      events: 3,
      unsealed: 0,
      broken: null,
    });
    expect((await verifyAuditDatabase(db.url)).intact).toBe(true);
  });

  it('keeps each chain consistent when several sealers run at once', async () => {
    const batches = [orgA, orgB, orgA, orgB].map((org, i) =>
      record(
        org,
        org === orgA ? adminA.userId : adminB.userId,
        Array.from({ length: 60 }, (_, j) => ({ action: 'read', entityId: `c-${i}-${j}` })),
      ),
    );
    await Promise.all(batches);
    for (;;) {
      const sealed = await Promise.all([1, 2, 3, 4].map(() => sealer.sealPending(25)));
      if (sealed.every((n) => n === 0)) break;
    }
    const report = await verifier.verify();
    expect(report.intact).toBe(true);
    expect(report.chains.every((c) => c.unsealed === 0)).toBe(true);
  });

  it('refuses changes to the log: reha_app has no UPDATE or DELETE, the trigger stops everyone else', async () => {
    const [sealed] = await sql(
      `SELECT * FROM audit_event WHERE organization_id = $1 AND hash IS NOT NULL LIMIT 1`,
      [orgA],
    );
    const id = sealed!.id;
    expect(
      await tryAs('reha_app', `UPDATE audit_event SET action = 'x' WHERE id = $1`, [id], orgA),
    ).toMatch(/permission denied/);
    expect(await tryAs('reha_app', `DELETE FROM audit_event WHERE id = $1`, [id], orgA)).toMatch(
      /permission denied/,
    );
    expect(await tryAs('reha_app', `TRUNCATE audit_event`)).toMatch(/permission denied/);
    expect(await tryAs('reha_app', `SELECT * FROM audit_chain`)).toMatch(/permission denied/);
    expect(await tryAs('reha_app', `UPDATE audit_chain SET last_seq = 0`)).toMatch(
      /permission denied/,
    );

    // reha_maintenance may seal, not rewrite or delete.
    expect(
      await tryAs('reha_maintenance', `UPDATE audit_event SET action = 'x' WHERE id = $1`, [id]),
    ).toMatch(/append-only/);
    expect(
      await tryAs(
        'reha_maintenance',
        `UPDATE audit_event SET hash = NULL, chain_seq = NULL, sealed_at = NULL WHERE id = $1`,
        [id],
      ),
    ).toMatch(/append-only/);
    expect(await tryAs('reha_maintenance', `DELETE FROM audit_event WHERE id = $1`, [id])).toMatch(
      /append-only/,
    );

    // Even the owner (here a superuser) cannot change a sealed row, or the content of an unsealed one.
    await expect(sql(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`UPDATE audit_event SET chain_seq = 999 WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const [fresh] = await sql(
      `INSERT INTO audit_event (organization_id, occurred_at, principal_kind, action, result)
       VALUES ($1, now(), 'system', 'probe', 'ok') RETURNING *`,
      [orgA],
    );
    await expect(
      sql(`UPDATE audit_event SET action = 'other' WHERE id = $1`, [fresh!.id]),
    ).rejects.toThrow(/append-only/);
    expect(await sealAll()).toBe(1);
  });

  // The migration's TRUNCATE trigger reuses the row function, which only raises for DELETE or
  // a changed row; a statement trigger has neither, so the owner's TRUNCATE goes through.
  it('refuses TRUNCATE even by the owner', async () => {
    const message = await withPg(db.url, async (c) => {
      await c.query('BEGIN');
      try {
        await c.query('TRUNCATE audit_event');
        return null;
      } catch (error) {
        return (error as Error).message;
      } finally {
        await c.query('ROLLBACK');
      }
    });
    expect(message).toMatch(/append-only/);
  });

  it('shows an organization admin only their organization’s events, newest first, page by page', async () => {
    await record(orgA, adminA.userId, [
      { action: 'probe.a', entityType: 'probe', entityId: 'p-1' },
      { action: 'probe.a', entityType: 'probe', entityId: 'p-2' },
      { action: 'probe.b', entityType: 'probe', entityId: 'p-3', result: 'failed' },
      { action: 'probe.a', entityType: 'probe', entityId: 'p-4' },
      { action: 'probe.b', entityType: 'probe', entityId: 'p-5', result: 'failed' },
    ]);
    await record(orgB, adminB.userId, [
      { action: 'probe.a', entityType: 'probe', entityId: 'secret-of-b' },
    ]);

    const inA = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1`,
      [orgA],
    );
    const all = await browse(adminA.token, { first: 200 });
    // 200 rows of this selection (22 fields each) cost more than the default complexity limit.
    expect(all.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const page = (await browse(adminA.token, { first: 80 })).data!.auditEvents as EventPage;
    expect(page.totalCount).toBe(inA[0]!.n);
    const idsOfB = new Set(
      (await sql(`SELECT id::text FROM audit_event WHERE organization_id = $1`, [orgB])).map(
        (r) => r.id,
      ),
    );
    expect(page.edges.some((e) => idsOfB.has(e.node.id))).toBe(false);
    expect(page.edges.some((e) => e.node.entityId === 'secret-of-b')).toBe(false);
    const seenByB = (await browse(adminB.token, { filter: { actorId: adminA.userId } })).data!
      .auditEvents as EventPage;
    expect(seenByB.totalCount).toBe(0);

    // Newest first, through three pages of two, every probe once.
    const seen: EventNode[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const body = await browse(adminA.token, { filter: { entityType: 'probe' }, first: 2, after });
      expect(body.errors).toBeUndefined();
      const result = body.data!.auditEvents as EventPage;
      expect(result.totalCount).toBe(5);
      seen.push(...result.edges.map((e) => e.node));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor! : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.map((n) => n.entityId)).toEqual(['p-5', 'p-4', 'p-3', 'p-2', 'p-1']);
    expect(seen[0]).toMatchObject({
      principalKind: 'STAFF',
      actorId: adminA.userId,
      action: 'probe.b',
      result: 'FAILED',
      fields: [],
      sealedAt: null,
      chainPosition: null,
    });
  });

  it('filters by action, result, actor, entity, client and time', async () => {
    const count = async (filter: object) => {
      const body = await browse(adminA.token, { filter, first: 1 });
      expect(body.errors).toBeUndefined();
      return (body.data!.auditEvents as EventPage).totalCount;
    };
    expect(await count({ actions: ['probe.a'] })).toBe(3);
    expect(await count({ actions: ['probe.a', 'probe.b'], result: 'FAILED' })).toBe(2);
    expect(await count({ entityType: 'probe', entityId: 'p-2' })).toBe(1);
    expect(await count({ entityType: 'probe', actorId: specialistA.userId })).toBe(0);
    expect(await count({ entityType: 'probe', principalKind: 'STAFF' })).toBe(5);
    expect(await count({ entityType: 'probe', principalKind: 'SYSTEM' })).toBe(0);
    expect(await count({ clientId: '00000000-0000-4000-8000-000000000000' })).toBe(0);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect(await count({ entityType: 'probe', from: future })).toBe(0);
    expect(await count({ entityType: 'probe', from: past, to: future })).toBe(5);

    const backwards = await browse(adminA.token, { filter: { from: future, to: past } }, 'en');
    expect(backwards.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.to' })],
    });
    const badActor = await browse(adminA.token, { filter: { actorId: 'someone' } });
    expect(badActor.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.actorId' })],
    });
    const badCursor = await browse(adminA.token, { after: 'bm90LWEtY3Vyc29y' });
    expect(badCursor.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'after', key: 'INVALID_FORMAT' })],
    });
  });

  it('records each page read as one event of the reader', async () => {
    const reads = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event
            WHERE actor_id = $1 AND action = 'read' AND entity_type = 'audit_event'`,
          [adminB.userId],
        )
      )[0]!.n;
    const before = await reads();
    await browse(adminB.token, { first: 5 });
    expect(await reads()).toBe(before + 1);
    const [event] = await sql(
      `SELECT * FROM audit_event WHERE actor_id = $1 AND entity_type = 'audit_event'
        ORDER BY id DESC LIMIT 1`,
      [adminB.userId],
    );
    expect(event).toMatchObject({ organization_id: orgB, result: 'ok' });
    expect(event!.fields).toEqual(expect.arrayContaining(['action', 'actor_id', 'occurred_at']));
  });

  it('refuses a user without audit.read, and that refusal is itself in the log', async () => {
    const res = await graphql(api.url, EVENTS, { token: specialistA.token });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const exported = await graphql(api.url, EXPORT, {
      token: specialistA.token,
      variables: { format: 'CSV' },
    });
    expect(exported.body.errors![0]!.extensions.code).toBe('FORBIDDEN');

    // Written after the request's rollback, in its own transaction, then sealed.
    await sealAll();
    const denials = await sql(
      `SELECT * FROM audit_event WHERE actor_id = $1 AND action = 'denied' ORDER BY id`,
      [specialistA.userId],
    );
    expect(denials).toEqual([
      expect.objectContaining({
        organization_id: orgA,
        entity_type: 'auditEvents',
        fields: ['audit.read'],
        result: 'denied',
        error_code: 'FORBIDDEN',
      }),
      expect.objectContaining({
        entity_type: 'exportAuditEvents',
        fields: ['audit.export'],
        result: 'denied',
      }),
    ]);
    expect(denials.every((d) => d.hash !== null)).toBe(true);
    // The admin finds it in the organization's log.
    const found = (
      await browse(adminA.token, { filter: { actorId: specialistA.userId, result: 'DENIED' } })
    ).data!.auditEvents as EventPage;
    expect(found.totalCount).toBe(2);
    expect(found.edges[1]!.node).toMatchObject({ action: 'denied', errorCode: 'FORBIDDEN' });
    expect(found.edges[1]!.node.chainPosition).toMatch(/^\d+$/);
  });

  it('exports the filtered log as CSV with headings in the caller’s language, and records it', async () => {
    const csv = async (locale: string, filter: object) => {
      const res = await graphql(api.url, EXPORT, {
        token: adminA.token,
        locale,
        variables: { format: 'CSV', filter },
      });
      expect(res.body.errors).toBeUndefined();
      const file = res.body.data!.exportAuditEvents as {
        filename: string;
        mimeType: string;
        contentBase64: string;
        rowCount: number;
      };
      const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
      expect(text.startsWith('\ufeff')).toBe(true);
      return { file, lines: text.slice(1).split('\r\n').filter(Boolean) };
    };
    const en = await csv('en', { entityType: 'probe' });
    expect(en.file).toMatchObject({
      filename: expect.stringMatching(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/),
      mimeType: 'text/csv; charset=utf-8',
      rowCount: 5,
    });
    expect(en.lines).toHaveLength(6);
    expect(en.lines[0]).toBe(
      'Event;Time (Tallinn);Principal kind;Actor;Role;Action;Entity type;Entity;Client;Fields;' +
        'Result;Error code;Request ID;IP address;Chain position',
    );
    expect(en.lines[1]).toMatch(/^\d+;\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2};staff;/);
    expect(en.lines[1]).toContain(';probe.b;probe;p-5;;;failed;');

    const et = await csv('et', { actions: ['probe.a'] });
    expect(et.file.rowCount).toBe(3);
    expect(et.lines[0]!.split(';').slice(0, 3)).toEqual(['Sündmus', 'Aeg', 'Tegija liik']);
    const ru = await csv('ru', { actions: ['probe.b'] });
    expect(ru.lines[0]!.startsWith('Событие;')).toBe(true);
    expect(ru.lines[1]).toContain(';ошибка;');

    const xlsx = await graphql(api.url, EXPORT, {
      token: adminA.token,
      variables: { format: 'XLSX', filter: { entityType: 'probe' } },
    });
    const workbook = xlsx.body.data!.exportAuditEvents as {
      contentBase64: string;
      mimeType: string;
      rowCount: number;
    };
    expect(workbook.rowCount).toBe(5);
    expect(workbook.mimeType).toMatch(/spreadsheetml/);
    expect(Buffer.from(workbook.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const exports = await sql(
      `SELECT * FROM audit_event WHERE actor_id = $1 AND action = 'export' AND entity_type = 'audit_event'`,
      [adminA.userId],
    );
    expect(exports).toHaveLength(4);
  });

  it('names exactly the changed event and the one after a deleted event; the CLI exits 1', async () => {
    await sealAll();
    expect((await verifier.verify()).intact).toBe(true);
    const chainA = await sql(
      `SELECT * FROM audit_event WHERE organization_id = $1 ORDER BY chain_seq`,
      [orgA],
    );
    expect(chainA.length).toBeGreaterThan(10);
    const victim = chainA[5]!;
    const tamper = (statement: string, values: unknown[]) =>
      withPg(db.url, async (c) => {
        await c.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        try {
          await c.query(statement, values);
        } finally {
          await c.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
        }
      });

    // Changed content.
    await tamper(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [victim.id]);
    let report = await verifier.verify();
    expect(report.intact).toBe(false);
    const a = report.chains.find((c) => c.chainKey === orgA)!;
    expect(a.broken).toMatchObject({ kind: 'content', eventId: victim.id, chainSeq: '6' });
    expect(report.chains.filter((c) => c.broken)).toHaveLength(1);

    // Put back exactly: intact again.
    await tamper(`UPDATE audit_event SET action = $2 WHERE id = $1`, [victim.id, victim.action]);
    expect((await verifier.verify()).intact).toBe(true);

    // A deleted event: the next one is named, with the missing position.
    const deleted = chainA[7]!;
    const next = chainA[8]!;
    await tamper(`DELETE FROM audit_event WHERE id = $1`, [deleted.id]);
    report = await verifyAuditDatabase(db.url);
    expect(report.chains.find((c) => c.chainKey === orgA)!.broken).toMatchObject({
      kind: 'gap',
      eventId: next.id,
      chainSeq: '9',
      message: expect.stringMatching(/position 8 is missing/),
    });

    if (!existsSync(CLI))
      throw new Error(
        `${CLI} is missing: build the backend first (npx nx run @reha/backend:build)`,
      );
    const run = spawnSync(process.execPath, [CLI], {
      env: { PATH: process.env.PATH, DATABASE_URL: db.url },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `audit chain ${orgA}: BROKEN at event ${next.id} (chain position 9): chain position 8 is missing`,
    );
    expect(run.stdout).toMatch(new RegExp(`audit chain ${orgB}: \\d+ events OK`));
    expect(run.stdout).toMatch(/audit chain platform: \d+ events OK/);
    expect(run.stdout).toContain('1 of 3 chains BROKEN');
  });

  it('refuses an export over 50 000 rows, asking to narrow the filter', async () => {
    const orgC = await fx.organization('Gamma Koduhooldus');
    const adminC = await fx.staffLogin(orgC);
    await sql(
      `INSERT INTO audit_event (organization_id, occurred_at, principal_kind, action, result)
       SELECT $1, now() - make_interval(secs => g), 'system', CASE WHEN g <= 10 THEN 'bulk.narrow' ELSE 'bulk' END, 'ok'
         FROM generate_series(1, 50001) g`,
      [orgC],
    );
    const tooMany = await graphql(api.url, EXPORT, {
      token: adminC.token,
      locale: 'en',
      variables: { format: 'CSV' },
    });
    expect(tooMany.body.data ?? null).toBeNull();
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      params: { rowCount: 50001, max: 50000 },
      fields: [
        {
          field: 'filter',
          key: 'MAX_VALUE',
          params: { max: 50000 },
          message: expect.stringContaining('50000'),
        },
      ],
    });
    const narrowed = await graphql(api.url, EXPORT, {
      token: adminC.token,
      variables: { format: 'CSV', filter: { actions: ['bulk.narrow'] } },
    });
    expect((narrowed.body.data!.exportAuditEvents as { rowCount: number }).rowCount).toBe(10);
  });
});

describe('the audit sealer in the worker process', () => {
  let db: TestDatabase;
  let redis: TestRedis;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new TestRedis();
    await redis.start();
  });
  afterAll(async () => {
    await redis?.stop();
    await db?.drop();
  });

  it('seals new events every AUDIT_SEAL_INTERVAL_MS', async () => {
    const fx = new TenancyFixtures(db.url);
    const org = await fx.organization();
    const insert = () =>
      withPg(db.url, (c) =>
        c.query(
          `INSERT INTO audit_event (organization_id, occurred_at, principal_kind, action, result)
           VALUES ($1, now(), 'system', 'probe', 'ok'), (NULL, now(), 'anonymous', 'denied', 'denied')`,
          [org],
        ),
      );
    const unsealed = async () =>
      (
        await withPg(db.url, (c) =>
          c.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE hash IS NULL`),
        )
      ).rows[0]!.n;
    await insert();
    const worker = startWorker(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        SMTP_URL: 'smtp://127.0.0.1:1',
        AUDIT_SEAL_INTERVAL_MS: '100',
      }),
    );
    try {
      await eventually(async () => (await unsealed()) === 0, 20000, 'the first seal');
      await insert();
      await eventually(async () => (await unsealed()) === 0, 5000, 'the next seal');
    } finally {
      await stopWorker(worker);
    }
    const report = await verifyAuditDatabase(db.url);
    expect(report.intact).toBe(true);
    expect(report.chains.map((c) => [c.chainKey, c.events])).toEqual([
      ['', 2],
      [org, 2],
    ]);
  });
});
