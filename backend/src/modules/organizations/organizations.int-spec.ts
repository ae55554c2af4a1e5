import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryCodeSequence, TINY_PNG_BASE64 } from '../../../test/access-matrix';
import { graphql, startApi } from '../../../test/api-app';
import { CredentialsKit, GrantBody } from '../../../test/credentials-kit';
import { createTestDatabase, queryDatabase, TestDatabase } from '../../../test/database';
import { testEnv } from '../../../test/env';
import { TenancyFixtures } from '../../../test/tenancy-fixtures';
import { DocumentService } from '../../core/documents/document.service';
import { TenantTransactions } from '../../core/tenancy/tenant-transactions';
import { BrandingService } from './branding.service';

const IBAN_1 = 'EE382200221020145685';
const IBAN_2 = 'EE471000001020145685';
const PROFILE_FIELDS = `
  id legalName registryCode status vatNumber address ibans defaultIban contactEmail contactPhone
  defaultLanguage timeZone footerText
  invoiceSettings { numberPrefix nextNumber paymentTermDays bankAccount }
  branding { primaryColor logoMime logoDataUrl }`;
const UPDATE = `mutation ($input: UpdateOrganizationProfileInput!) {
  updateOrganizationProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const UPLOAD = `mutation ($c: String!, $n: String!) {
  uploadOrganizationLogo(contentBase64: $c, fileName: $n) { branding { logoMime logoDataUrl } } }`;
const MY = `{ myOrganization { ${PROFILE_FIELDS} } }`;

type Body = Awaited<ReturnType<typeof graphql>>['body'];

describe('organizations: profile, branding and the operator area (real API, real PostgreSQL)', () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApi>>;
  let fx: TenancyFixtures;
  let kit: CredentialsKit;
  let storageDir: string;
  let org: string;
  let admin: { userId: string; token: string };
  const registryCode = registryCodeSequence();

  const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryDatabase<T>(db.url, text, values);
  const gql = async (token: string, query: string, variables?: object): Promise<Body> =>
    (await graphql(api.url, query, { token, variables })).body;
  const snapshot = () =>
    sql(
      `SELECT o.name, o.registry_code, o.status, to_jsonb(p) - 'updated_at' AS profile
         FROM organization o LEFT JOIN organization_profile p ON p.organization_id = o.id
        WHERE o.id = $1`,
      [org],
    );
  const storedFiles = (): string[] => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    return walk(storageDir).sort();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    storageDir = mkdtempSync(join(tmpdir(), 'reha-org-files-'));
    api = await startApi(
      testEnv({
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMTP_URL: 'smtp://127.0.0.1:1',
        RATE_LIMIT_PER_MINUTE: '0',
        FILE_STORAGE_DIR: storageDir,
        // Room for a logo over 1 MB, so the logo's own limit is what refuses it.
        BODY_LIMIT: '4mb',
      }),
    );
    fx = new TenancyFixtures(db.url);
    kit = new CredentialsKit(db.url, api.url);
    org = await fx.organization('Profiili Rehabilitatsioon OÜ');
    admin = await fx.staffLogin(org, ['organization-admin']);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('lets the admin update the profile, every member read it, and audits the changed field names', async () => {
    const code = registryCode();
    const res = await gql(admin.token, UPDATE, {
      input: {
        legalName: 'Profiili Rehabilitatsioon OÜ (uus)',
        registryCode: code,
        vatNumber: 'EE123456789',
        address: 'Tähe 1, Tartu',
        ibans: ['ee38 2200 2210 2014 5685', IBAN_2],
        defaultIban: IBAN_2,
        contactEmail: 'info@profiil.test',
        contactPhone: '+372 5555 1234',
        defaultLanguage: 'en',
        timeZone: 'Europe/Helsinki',
        invoicePrefix: 'ARV-',
        invoiceNextNumber: 101,
        paymentTermDays: 21,
        invoiceBankAccount: IBAN_1,
        footerText: 'Tähe 1, Tartu · info@profiil.test',
        primaryColor: '#1a2b3c',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrganizationProfile).toEqual({
      id: org,
      legalName: 'Profiili Rehabilitatsioon OÜ (uus)',
      registryCode: code,
      status: 'active',
      vatNumber: 'EE123456789',
      address: 'Tähe 1, Tartu',
      ibans: [IBAN_1, IBAN_2],
      defaultIban: IBAN_2,
      contactEmail: 'info@profiil.test',
      contactPhone: '+372 5555 1234',
      defaultLanguage: 'en',
      timeZone: 'Europe/Helsinki',
      footerText: 'Tähe 1, Tartu · info@profiil.test',
      invoiceSettings: {
        numberPrefix: 'ARV-',
        nextNumber: 101,
        paymentTermDays: 21,
        bankAccount: IBAN_1,
      },
      branding: { primaryColor: '#1A2B3C', logoMime: null, logoDataUrl: null },
    });
    // Any member reads it, a specialist too.
    const specialist = await fx.staffLogin(org, ['specialist']);
    const read = await gql(specialist.token, MY);
    expect(read.errors).toBeUndefined();
    expect(read.data!.myOrganization).toEqual(res.data!.updateOrganizationProfile);

    const [event] = await sql<{ fields: string[]; entity_id: string; organization_id: string }>(
      `SELECT fields, entity_id, organization_id FROM audit_event
        WHERE action = 'update' AND entity_type = 'organization' AND result = 'ok' ORDER BY id`,
    );
    expect(event!.entity_id).toBe(org);
    expect(event!.organization_id).toBe(org);
    expect([...event!.fields].sort()).toEqual(
      [
        'legalName',
        'registryCode',
        'vatNumber',
        'address',
        'ibans',
        'defaultIban',
        'contactEmail',
        'contactPhone',
        'defaultLanguage',
        'timeZone',
        'invoicePrefix',
        'invoiceNextNumber',
        'paymentTermDays',
        'invoiceBankAccount',
        'footerText',
        'primaryColor',
      ].sort(),
    );
  });

  it.each([
    [
      'an invalid registry code',
      { registryCode: '12345679' },
      'input.registryCode',
      'INVALID_REGISTRY_CODE',
    ],
    ['an invalid IBAN', { ibans: [IBAN_1, 'EE382200221020145686'] }, 'input.ibans', 'INVALID_IBAN'],
    [
      'a bank account not among the IBANs',
      { invoiceBankAccount: 'EE977700221020145685' },
      'input.invoiceBankAccount',
      'INVALID_VALUE',
    ],
    [
      'a default IBAN not among the IBANs',
      { ibans: [IBAN_1], defaultIban: IBAN_2 },
      'input.defaultIban',
      'INVALID_VALUE',
    ],
    ['a bad colour', { primaryColor: '#12345G' }, 'input.primaryColor', 'INVALID_FORMAT'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone', 'INVALID_VALUE'],
    [
      'a payment term over 365 days',
      { paymentTermDays: 366 },
      'input.paymentTermDays',
      'MAX_VALUE',
    ],
    ['a malformed VAT number', { vatNumber: 'EE12345' }, 'input.vatNumber', 'INVALID_FORMAT'],
    ['an unknown language', { defaultLanguage: 'fi' }, 'input.defaultLanguage', 'NOT_ONE_OF'],
  ])('refuses %s, naming the field, and changes nothing', async (_what, change, field, key) => {
    const before = await snapshot();
    const res = await gql(admin.token, UPDATE, {
      input: { footerText: 'Should not be saved', address: 'Nowhere 1', ...change },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ field, key })]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another organization's registry code as ALREADY_EXISTS on the field", async () => {
    const other = await fx.organization();
    const [{ registry_code }] = await sql<{ registry_code: string }>(
      `SELECT registry_code FROM organization WHERE id = $1`,
      [other],
    );
    // The fixture's random codes have no valid check digit: give the other one a valid code.
    const code = registryCode();
    await sql(`UPDATE organization SET registry_code = $1 WHERE id = $2`, [code, other]);
    expect(registry_code).toBeDefined();
    const before = await snapshot();
    const res = await gql(admin.token, UPDATE, { input: { registryCode: code, address: 'X 1' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.registryCode', key: 'ALREADY_EXISTS' })],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a specialist the update (FORBIDDEN), and shows another organization only its own profile', async () => {
    const before = await snapshot();
    const specialist = await fx.staffLogin(org, ['specialist']);
    const res = await gql(specialist.token, UPDATE, { input: { footerText: 'Specialist' } });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    const otherOrg = await fx.organization('Teine Asutus');
    const otherAdmin = await fx.staffLogin(otherOrg, ['organization-admin']);
    const mine = await gql(otherAdmin.token, MY);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myOrganization).toMatchObject({
      id: otherOrg,
      legalName: 'Teine Asutus',
      ibans: [],
      branding: { primaryColor: null, logoDataUrl: null },
    });
    // Claiming the first organization with the other admin's token is refused outright.
    const claimed = await gql(fx.staffToken(otherAdmin.userId, org), MY);
    expect(claimed.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(claimed.data ?? null).toBeNull();
    const changed = await gql(otherAdmin.token, UPDATE, { input: { footerText: 'Teine' } });
    expect(changed.errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a PNG logo (stored encrypted) and a sanitised SVG, removes it, and audits each change', async () => {
    const png = Buffer.from(TINY_PNG_BASE64, 'base64');
    const res = await gql(admin.token, UPLOAD, { c: TINY_PNG_BASE64, n: 'logo.png' });
    expect(res.errors).toBeUndefined();
    const branding = (res.data!.uploadOrganizationLogo as { branding: Record<string, string> })
      .branding;
    expect(branding.logoMime).toBe('image/png');
    expect(branding.logoDataUrl).toBe(`data:image/png;base64,${TINY_PNG_BASE64}`);
    const files = storedFiles();
    expect(files).toHaveLength(1);
    // At rest the bytes are ciphertext, not the PNG.
    expect(readFileSync(files[0]!).includes(png.subarray(0, 8))).toBe(false);

    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script>' +
      '<rect width="10" height="10" fill="#1A2B3C" onclick="alert(2)"/></svg>';
    const svgRes = await gql(admin.token, UPLOAD, {
      c: Buffer.from(svg).toString('base64'),
      n: 'logo.svg',
    });
    expect(svgRes.errors).toBeUndefined();
    const svgBranding = (
      svgRes.data!.uploadOrganizationLogo as { branding: Record<string, string> }
    ).branding;
    expect(svgBranding.logoMime).toBe('image/svg+xml');
    const stored = Buffer.from(
      svgBranding.logoDataUrl.replace('data:image/svg+xml;base64,', ''),
      'base64',
    ).toString('utf8');
    expect(stored).toContain('<rect');
    expect(stored).not.toMatch(/script|alert|onclick/i);
    // The PNG's file went with the replacement.
    expect(storedFiles()).toHaveLength(1);

    const removed = await gql(
      admin.token,
      `mutation { removeOrganizationLogo { branding { logoDataUrl } } }`,
    );
    expect(removed.data!.removeOrganizationLogo).toEqual({ branding: { logoDataUrl: null } });
    expect(storedFiles()).toHaveLength(0);
    const events = await sql<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE action = 'update' AND entity_type = 'organization'
          AND 'logo' = ANY (fields) AND result = 'ok'`,
    );
    expect(events).toHaveLength(3);
  });

  it('refuses an executable renamed .png, a file over 1 MB and a forbidden type, storing nothing', async () => {
    const before = await snapshot();
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(512, 7),
    ]);
    const asPng = await gql(admin.token, UPLOAD, { c: exe.toString('base64'), n: 'logo.png' });
    expect(['FILE_TYPE_NOT_ALLOWED', 'FILE_CONTENT_MISMATCH']).toContain(
      asPng.errors?.[0]?.extensions.code,
    );
    // A real PNG header, but 1 MB and a bit.
    const big = Buffer.concat([
      Buffer.from(TINY_PNG_BASE64, 'base64'),
      Buffer.alloc(1024 * 1024 + 1 - Buffer.from(TINY_PNG_BASE64, 'base64').length, 0),
    ]);
    const tooBig = await gql(admin.token, UPLOAD, { c: big.toString('base64'), n: 'logo.png' });
    expect(tooBig.errors?.[0]?.extensions.code).toBe('FILE_TOO_LARGE');
    const pdf = await gql(admin.token, UPLOAD, {
      c: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n').toString('base64'),
      n: 'logo.pdf',
    });
    expect(pdf.errors?.[0]?.extensions.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const garbage = await gql(admin.token, UPLOAD, { c: '!!! not base64 !!!', n: 'logo.png' });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'contentBase64', key: 'INVALID_FORMAT' })],
    });
    expect(storedFiles()).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('renders a branded PDF with the uploaded logo through BrandingService and DocumentService', async () => {
    const logo = readFileSync(join(__dirname, '../../core/documents/sample-logo.png'));
    const up = await gql(admin.token, UPLOAD, { c: logo.toString('base64'), n: 'Logo.PNG' });
    expect(up.errors).toBeUndefined();
    const transactions = api.app.get(TenantTransactions);
    const branding = api.app.get(BrandingService);
    const found = await transactions.run({ kind: 'system', job: 'test', organizationId: org }, () =>
      branding.forOrganization(org),
    );
    expect(found).toMatchObject({
      name: 'Profiili Rehabilitatsioon OÜ (uus)',
      primaryColor: '#1A2B3C',
      logoMime: 'image/png',
      footerText: 'Tähe 1, Tartu · info@profiil.test',
      address: 'Tähe 1, Tartu',
    });
    expect(found.logo!.equals(logo)).toBe(true);
    const documentBranding = await transactions.run(
      { kind: 'system', job: 'test', organizationId: org },
      () => branding.documentBranding(org),
    );
    const pdf = await api.app.get(DocumentService).render({
      branding: documentBranding,
      title: 'Teenuse osutamise kinnitus',
      blocks: [{ type: 'paragraph', text: 'Proov.' }],
      locale: 'et',
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    // Another organization's scope finds nothing of it.
    const other = await fx.organization();
    await expect(
      transactions.run({ kind: 'system', job: 'test', organizationId: other }, () =>
        branding.forOrganization(org),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  describe('platform operator', () => {
    const operator = () => fx.operatorToken();
    const CREATE = `mutation ($input: CreateOrganizationInput!) {
      createOrganization(input: $input) {
        organization { id name registryCode status memberCount createdAt }
        firstAdminUserId invitationQueued } }`;
    const LIST = `query ($status: String, $name: String, $first: Int, $after: String) {
      platformOrganizations(status: $status, name: $name, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id name status memberCount } } } }`;

    it('creates an organization with its first admin, who sets a password from the e-mail and logs in', async () => {
      const code = registryCode();
      const email = `first-admin-${code}@reha.test`;
      const res = await gql(operator(), CREATE, {
        input: {
          name: 'Uus Hoolekanne MTÜ',
          registryCode: code,
          firstAdminEmail: email,
          firstAdminName: 'Esimene Admin',
        },
      });
      expect(res.errors).toBeUndefined();
      const created = res.data!.createOrganization as {
        organization: { id: string; memberCount: number; status: string; registryCode: string };
        firstAdminUserId: string;
        invitationQueued: boolean;
      };
      expect(created.organization).toMatchObject({
        status: 'active',
        registryCode: code,
        memberCount: 1,
      });
      expect(created.invitationQueued).toBe(true);
      const newOrg = created.organization.id;
      expect(
        await sql(`SELECT roles FROM membership WHERE organization_id = $1 AND user_id = $2`, [
          newOrg,
          created.firstAdminUserId,
        ]),
      ).toEqual([{ roles: ['organization-admin'] }]);
      // The default roles came with the organization.
      const [{ n }] = await sql<{ n: string }>(
        `SELECT count(*) AS n FROM role WHERE organization_id = $1`,
        [newOrg],
      );
      expect(Number(n)).toBeGreaterThan(3);

      const [mail] = await sql<{ payload: { to: string; text: string } }>(
        `SELECT payload FROM outbox_message WHERE kind = 'email' AND payload->>'to' = $1`,
        [email],
      );
      const link = /https?:\/\/\S+/.exec(mail!.payload.text)![0];
      const token = new URL(link).searchParams.get('token')!;
      const confirmed = await kit.post('/auth/admin/password-reset/confirm', {
        token,
        password: 'viis kollast kassi',
      });
      expect(confirmed.status).toBeLessThan(300);
      const { grant } = await kit.login(email, 'viis kollast kassi');
      expect((grant as GrantBody).memberships).toEqual([
        expect.objectContaining({ organizationId: newOrg, roles: ['organization-admin'] }),
      ]);
      const mine = await gql(
        fx.staffToken(created.firstAdminUserId, newOrg),
        `{ myOrganization { id legalName registryCode } }`,
      );
      expect(mine.data!.myOrganization).toEqual({
        id: newOrg,
        legalName: 'Uus Hoolekanne MTÜ',
        registryCode: code,
      });

      const events = await sql<{
        action: string;
        entity_type: string;
        principal_kind: string;
        organization_id: string | null;
      }>(
        `SELECT action, entity_type, principal_kind, organization_id FROM audit_event
          WHERE result = 'ok' AND (organization_id = $1 OR entity_id = $2) ORDER BY id`,
        [newOrg, created.firstAdminUserId],
      );
      expect(events).toEqual(
        expect.arrayContaining([
          {
            action: 'create',
            entity_type: 'organization',
            principal_kind: 'operator',
            organization_id: newOrg,
          },
          {
            action: 'create',
            entity_type: 'app_user',
            principal_kind: 'operator',
            organization_id: newOrg,
          },
          {
            action: 'create',
            entity_type: 'membership',
            principal_kind: 'operator',
            organization_id: newOrg,
          },
          {
            action: 'invitation.send',
            entity_type: 'app_user',
            principal_kind: 'operator',
            organization_id: null,
          },
        ]),
      );
    });

    it('refuses a duplicate registry code on input.registryCode, creating nothing', async () => {
      const code = registryCode();
      await sql(`UPDATE organization SET registry_code = $1 WHERE id = $2`, [
        code,
        await fx.organization(),
      ]);
      const count = () =>
        sql(
          `SELECT (SELECT count(*) FROM organization) o, (SELECT count(*) FROM app_user) u, (SELECT count(*) FROM outbox_message) m`,
        );
      const before = await count();
      const res = await gql(operator(), CREATE, {
        input: {
          name: 'Kordus OÜ',
          registryCode: code,
          firstAdminEmail: `dup-${code}@reha.test`,
          firstAdminName: 'Kordus',
        },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'input.registryCode', key: 'ALREADY_EXISTS' })],
      });
      const invalid = await gql(operator(), CREATE, {
        input: {
          name: 'Vale OÜ',
          registryCode: '12345679',
          firstAdminEmail: 'x@reha.test',
          firstAdminName: 'X',
        },
      });
      expect(invalid.errors?.[0]?.extensions.fields).toEqual([
        expect.objectContaining({ field: 'input.registryCode', key: 'INVALID_REGISTRY_CODE' }),
      ]);
      expect(await count()).toEqual(before);
    });

    it('suspends an organization: its members are refused until it is reactivated; audited; listed by status and name', async () => {
      const target = await fx.organization('Peatatav Teenus OÜ');
      const member = await fx.staffLogin(target, ['specialist']);
      expect((await gql(member.token, `{ myOrganization { id } }`)).errors).toBeUndefined();

      const suspended = await gql(
        operator(),
        `mutation ($id: ID!) { suspendOrganization(id: $id, reason: "Arve tasumata") { id status } }`,
        { id: target },
      );
      expect(suspended.data!.suspendOrganization).toEqual({ id: target, status: 'suspended' });
      const refused = await gql(member.token, `{ myOrganization { id } }`);
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
      expect(
        await sql(`SELECT reason FROM organization_status_change WHERE organization_id = $1`, [
          target,
        ]),
      ).toEqual([{ reason: 'Arve tasumata' }]);

      const list = await gql(operator(), LIST, { status: 'suspended', name: 'peatatav' });
      expect(list.data!.platformOrganizations).toMatchObject({
        totalCount: 1,
        edges: [
          { node: { id: target, name: 'Peatatav Teenus OÜ', status: 'suspended', memberCount: 1 } },
        ],
      });

      const back = await gql(
        operator(),
        `mutation ($id: ID!) { reactivateOrganization(id: $id) { status } }`,
        { id: target },
      );
      expect(back.data!.reactivateOrganization).toEqual({ status: 'active' });
      expect((await gql(member.token, `{ myOrganization { id } }`)).errors).toBeUndefined();

      const events = await sql<{ action: string; fields: string[]; principal_kind: string }>(
        `SELECT action, fields, principal_kind FROM audit_event
          WHERE entity_type = 'organization' AND entity_id = $1 AND result = 'ok' AND action = 'update' ORDER BY id`,
        [target],
      );
      expect(events).toEqual([
        { action: 'update', fields: ['status', 'suspension_reason'], principal_kind: 'operator' },
        { action: 'update', fields: ['status'], principal_kind: 'operator' },
      ]);
      const missing = await gql(
        operator(),
        `mutation { reactivateOrganization(id: "00000000-0000-4000-8000-000000000000") { status } }`,
      );
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });

    it('pages through the organizations with cursors', async () => {
      const first = await gql(operator(), LIST, { first: 2 });
      const page1 = first.data!.platformOrganizations as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string } }>;
      };
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await gql(operator(), LIST, { first: 200, after: page1.pageInfo.endCursor });
      const page2 = second.data!.platformOrganizations as typeof page1;
      expect(page2.totalCount).toBe(page1.totalCount);
      expect(page2.edges).toHaveLength(page1.totalCount - 2);
      const ids = [...page1.edges, ...page2.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("refuses staff the operator's operations (FORBIDDEN), changing nothing", async () => {
      const target = await fx.organization();
      for (const [doc, vars] of [
        [`{ platformOrganizations { totalCount } }`, {}],
        [
          `mutation ($id: ID!) { suspendOrganization(id: $id, reason: "x") { id } }`,
          { id: target },
        ],
        [
          CREATE,
          {
            input: {
              name: 'Ei',
              registryCode: registryCode(),
              firstAdminEmail: 'ei@reha.test',
              firstAdminName: 'Ei',
            },
          },
        ],
      ] as const) {
        const res = await gql(admin.token, doc, vars);
        expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      expect(await sql(`SELECT status FROM organization WHERE id = $1`, [target])).toEqual([
        { status: 'active' },
      ]);
    });
  });
});
