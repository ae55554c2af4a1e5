import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { asMaintenance } from '../core/tenancy/maintenance';
import { TenantTransactions } from '../core/tenancy/tenant-transactions';
import { ClientsService } from '../modules/clients/clients.service';
import { BlindIndexer } from '../core/crypto/blind-index';
import { STAFF_ISIKUKOOD_DOMAIN } from '../core/auth/eid/isikukood-index';
import type { MockIdentity } from './tara-mock/identities';
import { CredentialsCipher } from '../core/auth/credentials-cipher';
import { PasswordHasher } from '../core/auth/password-hasher';
import { DataKeys } from '../core/crypto/data-keys';
import { Db } from '../core/tenancy/db';
import { CatalogService } from '../modules/services/catalog.service';

/** An org unit of a demo organization, with the units below it. */
interface DemoUnit {
  name: string;
  code: string;
  children?: DemoUnit[];
}

/**
 * Invented people with valid-format codes; no real person is meant. Each organization has a
 * small unit tree; every client is filed in a unit (`unit`), and `staffUnits` / `manages` /
 * `team` place the demo staff (by role key) so unit-scoped roles have clients to see.
 */
const DEMO = [
  {
    name: 'Päikese Rehabilitatsioonikeskus OÜ',
    registryCode: '14500019',
    admin: { email: 'admin@paike.demo', name: 'Kadri Päike' },
    units: [
      {
        name: 'Tallinna osakond',
        code: 'TLN',
        children: [
          { name: 'Lastetiim', code: 'TLN-LAPSED' },
          { name: 'Täiskasvanute tiim', code: 'TLN-TK' },
        ],
      },
      { name: 'Tartu osakond', code: 'TRT', children: [{ name: 'Tartu tiim', code: 'TRT-TIIM' }] },
    ] as DemoUnit[],
    staffUnits: { specialist: 'Lastetiim', 'unit-manager': 'Tallinna osakond' },
    manages: { 'unit-manager': 'Tallinna osakond' },
    team: { 'case-manager': '38001085718', 'home-care-worker': '49403136515' },
    clients: [
      {
        isikukood: '49403136515',
        firstName: 'Mari-Liis',
        lastName: 'Tamm',
        notes: 'Eelistab hommikusi aegu.',
        unit: 'Täiskasvanute tiim',
      },
      {
        isikukood: '38001085718',
        firstName: 'Jaan',
        lastName: 'Tammik',
        notes: null,
        unit: 'Tartu tiim',
      },
      {
        isikukood: '61107150010',
        firstName: 'Sofia',
        lastName: 'Kask',
        notes: 'Esindaja: ema.',
        unit: 'Lastetiim',
      },
    ],
  },
  {
    name: 'Tartu Linna Hoolekandeasutus',
    registryCode: '75006546',
    admin: { email: 'admin@tartu.demo', name: 'Toomas Org' },
    units: [
      {
        name: 'Koduhoolduse osakond',
        code: 'KH',
        children: [
          { name: 'Kesklinna tiim', code: 'KH-KESKLINN' },
          { name: 'Annelinna tiim', code: 'KH-ANNELINN' },
        ],
      },
    ] as DemoUnit[],
    staffUnits: { specialist: 'Kesklinna tiim', 'unit-manager': 'Koduhoolduse osakond' },
    manages: { 'unit-manager': 'Koduhoolduse osakond' },
    team: { 'case-manager': '34501234215', 'home-care-worker': '49403136515' },
    clients: [
      {
        isikukood: '34501234215',
        firstName: 'Aleksei',
        lastName: 'Tšernõšov',
        notes: 'Varuvõti naabri juures.',
        unit: 'Kesklinna tiim',
      },
      {
        isikukood: '49403136515',
        firstName: 'Mari-Liis',
        lastName: 'Tamm',
        notes: null,
        unit: 'Annelinna tiim',
      },
    ],
  },
];

/**
 * Two demo organizations, an admin membership in each, and demo clients created through
 * ClientsService (encrypted, indexed, audited). The second organization shares a client with
 * the first, so a person's view across providers has something to show.
 */
export async function seedDemoOrganizations(
  dataSource: DataSource,
  services: () => Promise<INestApplicationContext>,
): Promise<void> {
  const app = await services();
  const transactions = app.get(TenantTransactions);
  const clients = app.get(ClientsService);
  const db = app.get(Db);
  // Demo client ids by organization and isikukood, for the staff's teams.
  const clientIds = new Map<string, string>();
  for (const org of DEMO) {
    // Organizations and memberships are the operator's to create: the maintenance path.
    const organizationId = await asMaintenance(dataSource, (m) => createOrganization(m, org));
    await transactions.run({ kind: 'system', job: 'demo-seed', organizationId }, async () => {
      const units = await ensureDemoUnits(db, org.units);
      for (const { unit, ...client } of org.clients) {
        const created = await clients.create({
          ...client,
          notes: client.notes ?? undefined,
          unitIds: [units.get(unit)!],
        });
        clientIds.set(`${organizationId}:${client.isikukood}`, created.id);
      }
      if (org.registryCode === PAIKESE_REGISTRY_CODE)
        await seedDemoCatalog(app.get(CatalogService));
      if (org.registryCode === PAIKESE_REGISTRY_CODE) await seedDemoRoomsAndSpecialists(db);
    });
  }
  await linkDemoStaffIsikukood(dataSource, app.get(BlindIndexer));
  await seedDemoPasswordLogins(app, clientIds);
}

/**
 * The organization's demo unit tree (in the current organization's transaction): each unit
 * found by parent and name, or created, so a second run adds nothing. Ids by unit name.
 */
async function ensureDemoUnits(
  db: Db,
  units: DemoUnit[],
  parentId: string | null = null,
  ids = new Map<string, string>(),
): Promise<Map<string, string>> {
  for (const unit of units) {
    const [existing] = await db.query<{ id: string }[]>(
      `SELECT id FROM org_unit WHERE parent_id IS NOT DISTINCT FROM $1 AND name = $2`,
      [parentId, unit.name],
    );
    const id =
      existing?.id ??
      (
        await db.query<{ id: string }[]>(
          `INSERT INTO org_unit (parent_id, name, code) VALUES ($1, $2, $3) RETURNING id`,
          [parentId, unit.name, unit.code],
        )
      )[0]!.id;
    ids.set(unit.name, id);
    await ensureDemoUnits(db, unit.children ?? [], id, ids);
  }
  return ids;
}

/**
 * Places a demo organization's staff (maintenance path, so organization ids are explicit):
 * into their units, as managers of theirs, on their clients' teams. Repeatable.
 */
async function placeDemoStaff(
  db: Db,
  organizationId: string,
  org: (typeof DEMO)[number],
  userIds: Map<string, string>,
  clientIds: Map<string, string>,
): Promise<void> {
  const unitId = async (name: string) =>
    (
      await db.query<{ id: string }[]>(
        `SELECT id FROM org_unit WHERE organization_id = $1 AND name = $2`,
        [organizationId, name],
      )
    )[0]?.id;
  const place = async (table: 'membership_unit' | 'org_unit_manager', role: string, unit: string) =>
    db.query(
      `INSERT INTO ${table} (organization_id, unit_id, user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [organizationId, await unitId(unit), userIds.get(role)],
    );
  for (const [role, unit] of Object.entries(org.staffUnits))
    await place('membership_unit', role, unit);
  for (const [role, unit] of Object.entries(org.manages)) {
    await place('membership_unit', role, unit);
    await place('org_unit_manager', role, unit);
  }
  for (const [role, isikukood] of Object.entries(org.team)) {
    const clientId = clientIds.get(`${organizationId}:${isikukood}`);
    if (!clientId) continue;
    await db.query(
      `INSERT INTO client_team (organization_id, client_id, user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [organizationId, clientId, userIds.get(role)],
    );
  }
}

async function createOrganization(
  dataSource: EntityManager,
  org: (typeof DEMO)[number],
): Promise<string> {
  const [{ id: organizationId }] = (await dataSource.query(
    `INSERT INTO organization (name, registry_code) VALUES ($1, $2) RETURNING id`,
    [org.name, org.registryCode],
  )) as { id: string }[];
  const [{ id: userId }] = (await dataSource.query(
    `INSERT INTO app_user (email, display_name) VALUES ($1, $2)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
    [org.admin.email, org.admin.name],
  )) as { id: string }[];
  await dataSource.query(
    // Demo people have their passwords already: members who have joined, not invitees.
    `INSERT INTO membership (organization_id, user_id, roles, accepted_at)
     VALUES ($1, $2, '{organization-admin}', now())`,
    [organizationId, userId],
  );
  return organizationId;
}

const PAIKESE_REGISTRY_CODE = '14500019';

/**
 * Päikese's services (created through CatalogService, so validated against the state codes
 * and audited): a few on top of SKA codes, one private service, and a standard package.
 * Skipped when the organization already has services, so a second run adds nothing.
 */
async function seedDemoCatalog(catalog: CatalogService): Promise<void> {
  if ((await catalog.list({})).length) return;
  const from = '2024-01-01';
  const physio = await catalog.create({
    stateCode: '2001',
    name: 'Füsioteraapia',
    publicDescription: 'Individuaalne füsioteraapia liikumisvõime taastamiseks.',
    durationMinutes: 60,
    forms: ['individual'],
    professions: ['physiotherapist'],
    public: true,
    validFrom: from,
  });
  await catalog.create({
    stateCode: '2002',
    name: 'Rühmavõimlemine',
    publicDescription: 'Füsioterapeudi juhendatud võimlemine väikeses grupis.',
    durationMinutes: 60,
    forms: ['group'],
    groupMin: 3,
    groupMax: 8,
    professions: ['physiotherapist'],
    public: true,
    validFrom: from,
  });
  const psychology = await catalog.create({
    stateCode: '2010',
    name: 'Psühholoogiline nõustamine',
    durationMinutes: 60,
    forms: ['individual'],
    professions: ['psychologist'],
    validFrom: from,
  });
  const social = await catalog.create({
    stateCode: '2004',
    name: 'Sotsiaaltöötaja nõustamine',
    durationMinutes: 60,
    forms: ['individual'],
    professions: ['social-worker'],
    validFrom: from,
  });
  await catalog.create({
    name: 'Massaaž (erateenus)',
    publicDescription: 'Klassikaline massaaž, tasub klient.',
    durationMinutes: 45,
    forms: ['individual'],
    public: true,
    validFrom: from,
  });
  await catalog.createPackage({
    name: 'Standardne rehabilitatsiooniprogramm',
    description: 'Tüüpiline tegevuskava algus: füsioteraapia, psühholoog ja sotsiaaltöötaja.',
    items: [
      { serviceId: physio.id, quantity: 10 },
      { serviceId: psychology.id, quantity: 5 },
      { serviceId: social.id, quantity: 3 },
    ],
  });
}

/**
 * Päikese's rooms and external specialists (in its transaction, like its units), linked to
 * the demo services by name. Skipped when the organization has rooms already.
 */
async function seedDemoRoomsAndSpecialists(db: Db): Promise<void> {
  if ((await db.query<unknown[]>(`SELECT 1 FROM room LIMIT 1`)).length) return;
  const [unit] = await db.query<{ id: string }[]>(
    `SELECT id FROM org_unit WHERE name = 'Tallinna osakond'`,
  );
  const link = async (table: string, column: string, id: string, services: string[]) =>
    db.query(
      `INSERT INTO ${table} (${column}, service_id)
       SELECT $1, id FROM provider_service WHERE name = ANY($2)`,
      [id, services],
    );
  for (const [name, capacity, equipment, cost, services] of [
    ['Võimla', 10, 'Matid, pallid, ribiseinad', 2000, ['Füsioteraapia', 'Rühmavõimlemine']],
    ['Nõustamisruum 1', 3, 'Diivan, laud', 800, ['Psühholoogiline nõustamine']],
  ] as const) {
    const [room] = await db.query<{ id: string }[]>(
      `INSERT INTO room (name, unit_id, capacity, equipment, accessibility, cost_per_hour_cents)
       VALUES ($1, $2, $3, $4, 'Kaldtee ja lift', $5) RETURNING id`,
      [name, unit?.id ?? null, capacity, equipment, cost],
    );
    await link('room_service', 'room_id', room!.id, [...services]);
  }
  for (const [name, email, profession, services] of [
    ['Kaia Kask', 'kaia.kask@example.ee', 'physiotherapist', ['Füsioteraapia', 'Rühmavõimlemine']],
    ['Toomas Tamm', 'toomas.tamm@example.ee', 'psychologist', ['Psühholoogiline nõustamine']],
  ] as const) {
    const [specialist] = await db.query<{ id: string }[]>(
      `INSERT INTO specialist (name, email, external, professions, qualifications, cost_per_hour_cents)
       VALUES ($1, $2, true, $3, 'Kutsetunnistus, tase 7', 3000) RETURNING id`,
      [name, email, [profession]],
    );
    await link('specialist_service', 'specialist_id', specialist!.id, [...services]);
    if (unit)
      await db.query(`INSERT INTO specialist_unit (specialist_id, unit_id) VALUES ($1, $2)`, [
        specialist!.id,
        unit.id,
      ]);
  }
}

/** The staff member who can sign in to web-admin with eID (an invented, valid code). */
export const DEMO_STAFF_EID = {
  email: 'admin@paike.demo',
  isikukood: '48505120276',
  givenName: 'Kadri',
  familyName: 'Päike',
};

/**
 * eID test people for the TARA mock's page (and `npm start`'s banner): every demo client once,
 * and the staff member whose isikukood is linked.
 */
export function demoEidIdentities(): MockIdentity[] {
  const people = new Map<string, MockIdentity>();
  for (const org of DEMO)
    for (const c of org.clients)
      if (!people.has(c.isikukood))
        people.set(c.isikukood, {
          isikukood: c.isikukood,
          givenName: c.firstName,
          familyName: c.lastName,
          role: 'client',
        });
  const { isikukood, givenName, familyName } = DEMO_STAFF_EID;
  people.set(isikukood, { isikukood, givenName, familyName, role: 'staff' });
  return [...people.values()];
}

/** Links the demo staff member's isikukood (its blind index), as a verified eID link would. */
async function linkDemoStaffIsikukood(dataSource: DataSource, index: BlindIndexer): Promise<void> {
  await asMaintenance(dataSource, (m) =>
    m.query(`UPDATE app_user SET isikukood_index = $1 WHERE email = $2`, [
      index.exact(STAFF_ISIKUKOOD_DOMAIN, DEMO_STAFF_EID.isikukood),
      DEMO_STAFF_EID.email,
    ]),
  );
}

/**
 * The one password of every demo account. Demo only: `npm start` prints it, so anyone who can
 * reach a demo installation can sign in with it.
 */
export const DEMO_PASSWORD = 'reha-demo-parool';

/**
 * The demo TOTP user's authenticator secret, fixed and documented so e2e tests (and people)
 * can compute codes: `totpCode(DEMO_TOTP_SECRET)` from core/auth/totp.ts, or add it to any
 * authenticator app.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/** Who signs in where with DEMO_PASSWORD (the table `npm start` prints). */
export interface DemoPasswordLogin {
  who: string;
  email: string;
  app: 'admin' | 'stats' | 'operator';
}

/** One staff member per default role in each demo organization; the admin is the org's own. */
const DEMO_ROLE_PEOPLE: Record<string, [string, string]> = {
  'organization-admin': ['', ''],
  specialist: ['Liis Lepik', 'Marten Mänd'],
  'case-manager': ['Kristi Kuusk', 'Siim Saar'],
  'unit-manager': ['Urmas Uibo', 'Ülle Ilves'],
  accountant: ['Anne Aas', 'Rein Raud'],
  receptionist: ['Piret Pärn', 'Kaja Kask'],
  'home-care-worker': ['Helle Haab', 'Tõnu Tamm'],
};

/** Specialties of demo staff (issue 6): organization index, role, specialty, registration number. */
const DEMO_SPECIALTIES: ReadonlyArray<[number, string, string, string]> = [
  [0, 'specialist', 'physiotherapist', 'FT-004512'],
  [1, 'specialist', 'nurse', 'N12345'],
];

const DEMO_TOTP_USER = { email: 'totp@paike.demo', name: 'Triin Turvaline' };
const DEMO_OPERATOR = { email: 'operator@reha.demo', name: 'Olev Operaator' };
const DEMO_ANALYST = { email: 'analyst@ska.demo', name: 'Anu Analüütik', agency: 'SKA' };

function demoDomain(org: (typeof DEMO)[number]): string {
  return org.admin.email.split('@')[1]!;
}

export function demoPasswordLogins(): DemoPasswordLogin[] {
  const logins: DemoPasswordLogin[] = [];
  for (const org of DEMO)
    for (const role of Object.keys(DEMO_ROLE_PEOPLE))
      logins.push({
        who: `${role}, ${org.name}`,
        email: role === 'organization-admin' ? org.admin.email : `${role}@${demoDomain(org)}`,
        app: 'admin',
      });
  logins.push(
    {
      who: `organization-admin with TOTP (secret ${DEMO_TOTP_SECRET}), both organizations`,
      email: DEMO_TOTP_USER.email,
      app: 'admin',
    },
    { who: 'platform operator', email: DEMO_OPERATOR.email, app: 'operator' },
    { who: `agency analyst (${DEMO_ANALYST.agency})`, email: DEMO_ANALYST.email, app: 'stats' },
  );
  return logins;
}

/**
 * Password logins for the demo: every default role in both organizations, a TOTP user with
 * the fixed secret (member of both organizations, to try the organization switch), the
 * platform operator and an agency analyst. Maintenance path, as the operator's tools would.
 */
async function seedDemoPasswordLogins(
  app: INestApplicationContext,
  clientIds: Map<string, string>,
): Promise<void> {
  const transactions = app.get(TenantTransactions);
  const db = app.get(Db);
  const cipher = new CredentialsCipher(app.get(DataKeys), db);
  const hasher = new PasswordHasher({ passwordHashCost: 'production' });
  const upsertUser = async (
    email: string,
    name: string,
    kind: 'staff' | 'agency' | 'operator' = 'staff',
    agencyCode: string | null = null,
  ): Promise<string> => {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO app_user (email, display_name, kind, agency_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET kind = EXCLUDED.kind, agency_code = EXCLUDED.agency_code
         RETURNING id`,
      [email, name, kind, agencyCode],
    );
    await db.query(
      `INSERT INTO user_credential (user_id, password_hash, password_changed_at)
       VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [id, await hasher.hash(DEMO_PASSWORD)],
    );
    return id;
  };
  const member = (organizationId: string, userId: string, roles: string[]) =>
    db.query(
      `INSERT INTO membership (organization_id, user_id, roles, accepted_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [organizationId, userId, roles],
    );
  await transactions.run(
    { kind: 'system', job: 'demo-seed' },
    async () => {
      const organizations: string[] = [];
      for (const [index, org] of DEMO.entries()) {
        const [{ id: organizationId }] = await db.query<{ id: string }[]>(
          `SELECT id FROM organization WHERE registry_code = $1`,
          [org.registryCode],
        );
        organizations.push(organizationId);
        const userIds = new Map<string, string>();
        for (const [role, names] of Object.entries(DEMO_ROLE_PEOPLE)) {
          const admin = role === 'organization-admin';
          const userId = await upsertUser(
            admin ? org.admin.email : `${role}@${demoDomain(org)}`,
            admin ? org.admin.name : names[index]!,
          );
          await member(organizationId, userId, [role]);
          userIds.set(role, userId);
        }
        await placeDemoStaff(db, organizationId, org, userIds, clientIds);
        for (const [, role, key, number] of DEMO_SPECIALTIES.filter(([i]) => i === index))
          await db.query(
            `INSERT INTO member_specialty (organization_id, user_id, specialty_key, registration_number)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [organizationId, userIds.get(role), key, number],
          );
      }
      const totpUser = await upsertUser(DEMO_TOTP_USER.email, DEMO_TOTP_USER.name);
      await member(organizations[0]!, totpUser, ['organization-admin']);
      await member(organizations[1]!, totpUser, ['specialist']);
      await db.query(
        `UPDATE user_credential SET totp_secret = $2, totp_enabled_at = now() WHERE user_id = $1`,
        [totpUser, await cipher.seal(totpUser, 'totp', DEMO_TOTP_SECRET)],
      );
      await upsertUser(DEMO_OPERATOR.email, DEMO_OPERATOR.name, 'operator');
      await upsertUser(DEMO_ANALYST.email, DEMO_ANALYST.name, 'agency', DEMO_ANALYST.agency);
    },
    { role: 'reha_maintenance' },
  );
}
