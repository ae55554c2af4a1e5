import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { graphql, startApi } from '../../../test/api-app';
import { CredentialsKit, ErrorBody } from '../../../test/credentials-kit';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TestRedis } from '../../../test/redis-server';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { eventually, startWorker, stopWorker } from '../../../test/worker-process';
import { MailCaptureServer } from '../../core/mail/capture-server';

const PASSWORD = 'viis valget jänest';

const MEMBER_FIELDS = `userId email displayName status roles managerOf invitedAt acceptedAt deactivatedAt
  units { unitId name roles } specialties { key name registrationNumber }`;

interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  status: string;
  roles: string[];
  units: Array<{ unitId: string; name: string; roles: string[] }>;
  specialties: Array<{ key: string; name: string; registrationNumber: string | null }>;
  invitedAt: string | null;
  acceptedAt: string | null;
  deactivatedAt: string | null;
}

describe('people: members, invitations, deactivation (real API, PostgreSQL, worker and SMTP capture)', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let capture: MailCaptureServer;
  let mailDir: string;
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: ChildProcess;
  let kit: CredentialsKit;
  let fx: TenancyFixtures;
  let org: string;
  let admin: { userId: string; token: string };

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    kit.sql<T>(text, values);

  /** A GraphQL call; answers the root field's data or the first error's code and fields. */
  async function call<T = MemberView>(
    token: string,
    document: string,
    variables?: object,
  ): Promise<{ data?: T; code?: string; fields?: Array<{ field: string; key: string }> }> {
    const res = await graphql(api.url, document, { token, variables, locale: 'en' });
    const error = res.body.errors?.[0];
    if (error)
      return {
        code: error.extensions.code as string,
        fields: (error.extensions.fields as Array<{ field: string; key: string }>)?.map((f) => ({
          field: f.field,
          key: f.key,
        })),
      };
    return { data: Object.values(res.body.data!)[0] as T };
  }

  const invite = (token: string, input: object) =>
    call(
      token,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ${MEMBER_FIELDS} } }`,
      { input },
    );
  const member = (token: string, userId: string) =>
    call(token, `query ($u: ID!) { member(userId: $u) { ${MEMBER_FIELDS} } }`, { u: userId });
  const deactivate = (token: string, userId: string) =>
    call(token, `mutation ($u: ID!) { deactivateMember(userId: $u) { ${MEMBER_FIELDS} } }`, {
      u: userId,
    });
  const update = (token: string, userId: string, input: object) =>
    call(
      token,
      `mutation ($u: ID!, $input: UpdateMemberInput!) { updateMember(userId: $u, input: $input) { ${MEMBER_FIELDS} } }`,
      { u: userId, input },
    );

  /** An organization with an administrator who has signed in before (ACTIVE). */
  async function organizationWithAdmin(): Promise<{
    org: string;
    admin: { userId: string; token: string };
  }> {
    const id = await fx.organization();
    const login = await fx.staffLogin(id, ['organization-admin']);
    await sql(`UPDATE membership SET accepted_at = now() WHERE user_id = $1`, [login.userId]);
    return { org: id, admin: login };
  }

  async function unit(organizationId: string, name: string, parentId?: string): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO org_unit (organization_id, parent_id, name) VALUES ($1, $2, $3) RETURNING id`,
      [organizationId, parentId ?? null, name],
    );
    return row!.id;
  }

  /** The e-mail the worker delivered to `to`: subject and text. */
  async function mailTo(to: string): Promise<{ subject: string; text: string }> {
    const message = await eventually(
      async () => capture.messages().find((m) => m.to.includes(to)),
      20000,
      `the e-mail to ${to}`,
    );
    const parsed = await simpleParser(readFileSync(join(mailDir, `${message.id}.eml`)));
    return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
  }

  const mailsQueuedTo = async (to: string) =>
    Number(
      (
        await sql<{ n: string }>(
          `SELECT count(*) AS n FROM outbox_message WHERE payload->>'to' = $1`,
          [to],
        )
      )[0]!.n,
    );

  /** The rows a refused change must leave alone. */
  const snapshot = (organizationId: string) =>
    sql(
      `SELECT (SELECT json_agg(m ORDER BY m.user_id) FROM membership m WHERE organization_id = $1) AS memberships,
              (SELECT json_agg(mu ORDER BY mu.user_id, mu.unit_id) FROM membership_unit mu WHERE organization_id = $1) AS units,
              (SELECT count(*) FROM app_user) AS users,
              (SELECT count(*) FROM password_reset) AS resets,
              (SELECT count(*) FROM outbox_message) AS mails,
              (SELECT count(*) FROM auth_session WHERE revoked_at IS NOT NULL) AS revoked`,
      [organizationId],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new TestRedis();
    await redis.start();
    mailDir = mkdtempSync(join(tmpdir(), 'reha-people-mail-'));
    capture = new MailCaptureServer({ dir: mailDir });
    await capture.start();
    const env = testEnv({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
      OUTBOX_SWEEP_INTERVAL_MS: '200',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    api = await startApi(env);
    worker = startWorker(env);
    kit = new CredentialsKit(db.url, api.url);
    fx = new TenancyFixtures(db.url);
    ({ org, admin } = await organizationWithAdmin());
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await api?.close();
    await capture?.stop();
    await redis?.stop();
    await db?.drop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('invites a new person: INVITED, a working 72-hour set-password link, ACTIVE after the first sign-in', async () => {
    const email = 'uus.kolleeg@reha.test';
    const invited = await invite(admin.token, {
      email,
      displayName: 'Uus Kolleeg',
      roles: ['specialist'],
      specialties: [{ key: 'physiotherapist', registrationNumber: 'FT-1234' }],
    });
    expect(invited.data).toMatchObject({
      email,
      displayName: 'Uus Kolleeg',
      status: 'INVITED',
      roles: ['specialist'],
      acceptedAt: null,
      specialties: [
        { key: 'physiotherapist', name: 'Physiotherapist', registrationNumber: 'FT-1234' },
      ],
    });
    expect(invited.data!.invitedAt).not.toBeNull();

    const mail = await mailTo(email);
    expect(mail.subject).toBe('Invitation to Reha');
    const link = /https?:\/\/\S+/.exec(mail.text)![0];
    expect(link).toMatch(/\/admin\/reset\?token=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const confirmed = await kit.post('/auth/admin/password-reset/confirm', {
      token: new URL(link).searchParams.get('token'),
      password: PASSWORD,
    });
    expect(confirmed.status).toBe(204);

    const { grant } = await kit.login(email, PASSWORD);
    expect(grant.organizationId).toBe(org);
    const after = await member(admin.token, invited.data!.userId);
    expect(after.data).toMatchObject({ status: 'ACTIVE' });
    expect(after.data!.acceptedAt).not.toBeNull();
  });

  it('refuses to invite a member of the organization again (ALREADY_MEMBER): nothing written, no e-mail', async () => {
    const existing = await kit.user({
      memberships: [{ organizationId: org, roles: ['accountant'] }],
    });
    await sql(`UPDATE membership SET active = false WHERE user_id = $1`, [existing.id]);
    const before = await snapshot(org);
    const again = await invite(admin.token, {
      email: existing.email.toUpperCase(),
      displayName: 'Keegi Teine',
      roles: ['specialist'],
    });
    expect(again).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', key: 'ALREADY_MEMBER' }],
    });
    expect(await snapshot(org)).toEqual(before);
    expect(await mailsQueuedTo(existing.email)).toBe(0);
  });

  it('adds staff of another organization: a membership and an "added" e-mail, no new password; joining by switching organization', async () => {
    const elsewhere = await fx.organization('Aaa Esimene Asutus');
    const colleague = await kit.user({
      password: PASSWORD,
      memberships: [{ organizationId: elsewhere, roles: ['specialist'] }],
    });
    const added = await invite(admin.token, {
      email: colleague.email,
      displayName: 'Ignored For An Existing Account',
      roles: ['case-manager'],
    });
    expect(added.data).toMatchObject({
      userId: colleague.id,
      displayName: 'Test staff',
      status: 'INVITED',
      roles: ['case-manager'],
    });
    const mail = await mailTo(colleague.email);
    expect(mail.subject).toMatch(/^You were added to .+ in Reha$/);
    expect(mail.text).not.toMatch(/reset\?token=/);
    expect(await sql(`SELECT 1 FROM password_reset WHERE user_id = $1`, [colleague.id])).toEqual(
      [],
    );

    // Their password still works; the session opens in the other organization, then moves here.
    const { grant, cookie } = await kit.login(colleague.email, PASSWORD);
    expect(grant.organizationId).toBe(elsewhere);
    expect((await member(admin.token, colleague.id)).data!.status).toBe('INVITED');
    const moved = await kit.post('/auth/admin/context', { organizationId: org }, { cookie });
    expect(moved.status).toBe(200);
    expect((await member(admin.token, colleague.id)).data!.status).toBe('ACTIVE');
  });

  it('refuses an address that belongs to a non-staff account (ALREADY_EXISTS) and names bad input by field', async () => {
    const analyst = await kit.user({ kind: 'agency' });
    const before = await snapshot(org);
    expect(
      await invite(admin.token, {
        email: analyst.email,
        displayName: 'Analüütik',
        roles: ['specialist'],
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', key: 'ALREADY_EXISTS' }],
    });
    expect(
      (
        await invite(admin.token, {
          email: 'pole-aadress',
          displayName: 'X',
          roles: ['specialist'],
        })
      ).fields,
    ).toEqual([{ field: 'input.email', key: 'INVALID_EMAIL' }]);
    expect(
      (await invite(admin.token, { email: 'a@reha.test', displayName: '  ', roles: [] })).fields,
    ).toEqual([
      { field: 'input.displayName', key: 'REQUIRED' },
      { field: 'input.roles', key: 'REQUIRED' },
    ]);
    expect(
      (
        await invite(admin.token, {
          email: 'b@reha.test',
          displayName: 'B',
          roles: ['no-such-role'],
          units: [{ unitId: '00000000-0000-4000-8000-000000000000' }],
          specialties: [{ key: 'astronaut' }],
        })
      ).fields,
    ).toEqual([
      { field: 'input.roles', key: 'UNKNOWN_REFERENCE' },
      { field: 'input.units', key: 'UNKNOWN_REFERENCE' },
      { field: 'input.specialties', key: 'UNKNOWN_REFERENCE' },
    ]);
    expect(
      (
        await invite(admin.token, {
          email: 'c@reha.test',
          displayName: 'C',
          roles: ['specialist'],
          specialties: [{ key: 'nurse', registrationNumber: 'N 12/345' }],
        })
      ).fields,
    ).toEqual([{ field: 'input.specialties.0.registrationNumber', key: 'INVALID_FORMAT' }]);
    expect(await snapshot(org)).toEqual(before);
  });

  it('lists members with filters, orders and pages, counts them, audits the read, and exports them', async () => {
    const { org: listOrg, admin: listAdmin } = await organizationWithAdmin();
    const north = await unit(listOrg, 'Põhja');
    const below = await unit(listOrg, 'Põhja alam', north);
    for (const [name, roles, units] of [
      ['Anna Alpha', ['specialist'], [{ unitId: north }]],
      ['Bert Beta', [], [{ unitId: below, roles: ['accountant'] }]],
      ['Cecilia Gamma', ['receptionist'], []],
    ] as const)
      await invite(listAdmin.token, {
        email: `${name.split(' ')[0]!.toLowerCase()}@list.test`,
        displayName: name,
        roles,
        units,
        specialties: name === 'Anna Alpha' ? [{ key: 'nurse', registrationNumber: 'N12345' }] : [],
      });
    const list = (variables: object) =>
      call<{
        totalCount: number;
        edges: Array<{ node: { displayName: string; status: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      }>(
        listAdmin.token,
        `query ($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {
           members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
             totalCount edges { node { displayName status } } pageInfo { hasNextPage endCursor } } }`,
        variables,
      );
    const names = (r: Awaited<ReturnType<typeof list>>) =>
      r.data!.edges.map((e) => e.node.displayName);

    const first = await list({ first: 2, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(first.data!.totalCount).toBe(4);
    expect(names(first)).toEqual(['Test staff', 'Cecilia Gamma']);
    expect(first.data!.pageInfo.hasNextPage).toBe(true);
    const second = await list({
      first: 2,
      orderBy: { field: 'NAME', direction: 'DESC' },
      after: first.data!.pageInfo.endCursor,
    });
    expect(names(second)).toEqual(['Bert Beta', 'Anna Alpha']);
    expect(second.data!.pageInfo.hasNextPage).toBe(false);

    expect(names(await list({ filter: { search: 'GAMMA' } }))).toEqual(['Cecilia Gamma']);
    expect(names(await list({ filter: { search: '@list.test' } }))).toHaveLength(3);
    expect(names(await list({ filter: { role: 'accountant' } }))).toEqual(['Bert Beta']);
    expect(names(await list({ filter: { unitId: north } }))).toEqual(['Anna Alpha', 'Bert Beta']);
    expect(names(await list({ filter: { unitId: below } }))).toEqual(['Bert Beta']);
    expect(names(await list({ filter: { specialty: 'nurse' } }))).toEqual(['Anna Alpha']);
    expect(names(await list({ filter: { status: 'ACTIVE' } }))).toEqual(['Test staff']);
    expect(names(await list({ orderBy: { field: 'STATUS', direction: 'ASC' }, first: 2 }))).toEqual(
      ['Test staff', 'Anna Alpha'],
    );
    expect(
      names(await list({ orderBy: { field: 'CREATED_AT', direction: 'DESC' }, first: 1 })),
    ).toEqual(['Cecilia Gamma']);

    const reads = await sql(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE organization_id = $1 AND action = 'read' AND entity_type = 'membership'`,
      [listOrg],
    );
    expect(reads[0]!.n).toBeGreaterThan(0);

    const exported = await call<{ rowCount: number; contentBase64: string; filename: string }>(
      listAdmin.token,
      `query { exportMembers(format: CSV, filter: { search: "@list.test" }) { rowCount contentBase64 filename } }`,
    );
    expect(exported.data!.rowCount).toBe(3);
    const lines = Buffer.from(exported.data!.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Name;E-mail;Status;Roles;Units;Specialties;Invited;Joined;Deactivated;Created',
    );
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 3))).toEqual([
      ['Anna Alpha', 'anna@list.test', 'invited'],
      ['Bert Beta', 'bert@list.test', 'invited'],
      ['Cecilia Gamma', 'cecilia@list.test', 'invited'],
    ]);
    expect(lines[1]).toContain('Nurse N12345');
    expect(lines[2]).toContain('Põhja alam (Accountant)');
    expect(
      await sql(`SELECT action FROM audit_event WHERE organization_id = $1 AND action = 'export'`, [
        listOrg,
      ]),
    ).toEqual([{ action: 'export' }]);
  });

  it('keeps the last active administrator (LAST_ADMIN) and refuses to deactivate yourself (NOT_YOURSELF); organization-admin held in a unit only manages nobody', async () => {
    const lastOrg = await fx.organization();
    const soleAdmin = await fx.staffLogin(lastOrg, ['organization-admin']);
    await sql(`UPDATE membership SET accepted_at = now() WHERE user_id = $1`, [soleAdmin.userId]);
    // A second administrator who never took up the invitation does not count as one left.
    const invitedAdmin = await fx.staffLogin(lastOrg, ['organization-admin']);
    const before = await snapshot(lastOrg);
    expect(await deactivate(invitedAdmin.token, soleAdmin.userId)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'userId', key: 'LAST_ADMIN' }],
    });
    expect(await update(soleAdmin.token, soleAdmin.userId, { roles: ['specialist'] })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.roles', key: 'LAST_ADMIN' }],
    });
    expect(await deactivate(soleAdmin.token, soleAdmin.userId)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'userId', key: 'NOT_YOURSELF' }],
    });
    expect(await snapshot(lastOrg)).toEqual(before);
    // A role held in one unit gives only the unit's client work, never user.manage.
    const office = await unit(lastOrg, 'Kontor');
    const unitAdmin = await fx.staffLogin(lastOrg, []);
    await sql(
      `INSERT INTO membership_unit (organization_id, user_id, unit_id, roles)
       VALUES ($1, $2, $3, '{organization-admin}')`,
      [lastOrg, unitAdmin.userId, office],
    );
    const beforeUnitAdmin = await snapshot(lastOrg);
    expect(await deactivate(unitAdmin.token, soleAdmin.userId)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await member(unitAdmin.token, soleAdmin.userId)).code).toBe('FORBIDDEN');
    expect(await snapshot(lastOrg)).toEqual(beforeUnitAdmin);
  });

  it('lets exactly one of two administrators deactivate the other when both try at once', async () => {
    const { org: pairOrg, admin: first } = await organizationWithAdmin();
    const second = await fx.staffLogin(pairOrg, ['organization-admin']);
    await sql(`UPDATE membership SET accepted_at = now() WHERE user_id = $1`, [second.userId]);
    const outcomes = await Promise.all([
      deactivate(first.token, second.userId),
      deactivate(second.token, first.userId),
    ]);
    expect(outcomes.filter((o) => o.data?.status === 'DEACTIVATED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.code)).toHaveLength(1);
    const active = await sql(
      `SELECT count(*)::int AS n FROM membership
        WHERE organization_id = $1 AND active AND 'organization-admin' = ANY (roles)`,
      [pairOrg],
    );
    expect(active).toEqual([{ n: 1 }]);
  });

  it('shuts a deactivated member out of the organization (sessions, requests, sign-in) and keeps their history; reactivation lets them in', async () => {
    const { org: shutOrg, admin: shutAdmin } = await organizationWithAdmin();
    const leaver = await kit.user({
      password: PASSWORD,
      memberships: [{ organizationId: shutOrg, roles: ['specialist'] }],
    });
    const { grant, cookie } = await kit.login(leaver.email, PASSWORD);
    expect((await call(grant.accessToken, `{ specialties { key } }`)).data).toBeDefined();

    const done = await deactivate(shutAdmin.token, leaver.id);
    expect(done.data).toMatchObject({ status: 'DEACTIVATED', roles: ['specialist'] });
    expect(done.data!.deactivatedAt).not.toBeNull();

    // The access token is still signed, but the request is refused at once.
    expect((await call(grant.accessToken, `{ specialties { key } }`)).code).toBe('FORBIDDEN');
    expect((await kit.post<ErrorBody>('/auth/admin/refresh', {}, { cookie })).body.error.code).toBe(
      'SESSION_REVOKED',
    );
    expect(
      await sql(`SELECT DISTINCT revoked_reason FROM auth_session WHERE subject_id = $1`, [
        leaver.id,
      ]),
    ).toEqual([{ revoked_reason: 'member-deactivated' }]);
    const refused = await kit.post<ErrorBody>('/auth/admin/login', {
      email: leaver.email,
      password: PASSWORD,
    });
    expect(refused.body.error.code).toBe('FORBIDDEN');
    // Still listed, as DEACTIVATED, with the membership row intact.
    const listed = await call<{ edges: Array<{ node: { userId: string; status: string } }> }>(
      shutAdmin.token,
      `{ members(filter: { status: DEACTIVATED }) { edges { node { userId status } } } }`,
    );
    expect(listed.data!.edges.map((e) => e.node)).toEqual([
      { userId: leaver.id, status: 'DEACTIVATED' },
    ]);

    const back = await call(
      shutAdmin.token,
      `mutation ($u: ID!) { reactivateMember(userId: $u) { ${MEMBER_FIELDS} } }`,
      { u: leaver.id },
    );
    expect(back.data).toMatchObject({ status: 'ACTIVE', deactivatedAt: null });
    expect((await kit.login(leaver.email, PASSWORD)).grant.organizationId).toBe(shutOrg);
  });

  it('hides our members from another organization (NOT_FOUND) and lets it change nothing', async () => {
    const ours = await kit.user({ memberships: [{ organizationId: org, roles: ['specialist'] }] });
    const { admin: otherAdmin } = await organizationWithAdmin();
    const before = await snapshot(org);
    expect((await member(otherAdmin.token, ours.id)).code).toBe('NOT_FOUND');
    expect((await deactivate(otherAdmin.token, ours.id)).code).toBe('NOT_FOUND');
    expect((await update(otherAdmin.token, ours.id, { displayName: 'Võõras' })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await call(
          otherAdmin.token,
          `mutation ($u: ID!) { resendInvitation(userId: $u) { userId } }`,
          {
            u: ours.id,
          },
        )
      ).code,
    ).toBe('NOT_FOUND');
    const theirs = await call<{ totalCount: number }>(
      otherAdmin.token,
      `query ($s: String) { members(filter: { search: $s }) { totalCount } }`,
      { s: ours.email },
    );
    expect(theirs.data!.totalCount).toBe(0);
    expect(await snapshot(org)).toEqual(before);
  });

  it('round-trips roles per unit and specialties; only the given fields change; a unit role gives no organization-wide power', async () => {
    const ward = await unit(org, 'Osakond');
    const someone = await kit.user({
      memberships: [{ organizationId: org, roles: ['specialist'] }],
    });
    const changed = await update(admin.token, someone.id, {
      roles: [],
      units: [{ unitId: ward, roles: ['organization-admin'] }],
      specialties: [{ key: 'nurse', registrationNumber: 'N12345' }],
    });
    expect(changed.data).toMatchObject({
      displayName: 'Test staff',
      roles: [],
      units: [{ unitId: ward, name: 'Osakond', roles: ['organization-admin'] }],
      specialties: [{ key: 'nurse', name: 'Nurse', registrationNumber: 'N12345' }],
    });
    expect(
      await sql(
        `SELECT fields FROM audit_event WHERE action = 'update' AND entity_type = 'membership'
            AND entity_id = $1`,
        [someone.id],
      ),
    ).toEqual([{ fields: ['roles', 'units', 'specialties'] }]);
    // Held in the unit only, organization-admin gives them the unit's client work (reach
    // over the unit), not user.manage.
    const token = fx.staffToken(someone.id, org);
    expect((await member(token, admin.userId)).code).toBe('FORBIDDEN');

    const renamed = await update(admin.token, someone.id, { displayName: 'Uue Nimega' });
    expect(renamed.data).toMatchObject({
      displayName: 'Uue Nimega',
      units: [{ unitId: ward, roles: ['organization-admin'] }],
      specialties: [{ key: 'nurse' }],
    });
    expect(await update(admin.token, someone.id, { roles: [], units: [] })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.roles', key: 'REQUIRED' }],
    });
  });

  it('lists the specialties classifier in the caller’s language', async () => {
    const { data } = await call<Array<{ key: string; name: string; registration: string | null }>>(
      admin.token,
      `{ specialties { key name registration } }`,
    );
    expect(data).toContainEqual({ key: 'nurse', name: 'Nurse', registration: 'health-board' });
    expect(data).toContainEqual({
      key: 'peer-counsellor',
      name: 'Peer counsellor',
      registration: null,
    });
  });
});
