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

/** Invented people with valid-format codes; no real person is meant. */
const DEMO = [
  {
    name: 'Päikese Rehabilitatsioonikeskus OÜ',
    registryCode: '14500017',
    admin: { email: 'admin@paike.demo', name: 'Kadri Päike' },
    clients: [
      {
        isikukood: '49403136515',
        firstName: 'Mari-Liis',
        lastName: 'Tamm',
        notes: 'Eelistab hommikusi aegu.',
      },
      { isikukood: '38001085718', firstName: 'Jaan', lastName: 'Tammik', notes: null },
      { isikukood: '61107150010', firstName: 'Sofia', lastName: 'Kask', notes: 'Esindaja: ema.' },
    ],
  },
  {
    name: 'Tartu Linna Hoolekandeasutus',
    registryCode: '75006546',
    admin: { email: 'admin@tartu.demo', name: 'Toomas Org' },
    clients: [
      {
        isikukood: '34501234215',
        firstName: 'Aleksei',
        lastName: 'Tšernõšov',
        notes: 'Varuvõti naabri juures.',
      },
      { isikukood: '49403136515', firstName: 'Mari-Liis', lastName: 'Tamm', notes: null },
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
  for (const org of DEMO) {
    // Organizations and memberships are the operator's to create: the maintenance path.
    const organizationId = await asMaintenance(dataSource, (m) => createOrganization(m, org));
    await transactions.run({ kind: 'system', job: 'demo-seed', organizationId }, async () => {
      for (const client of org.clients) {
        await clients.create({ ...client, notes: client.notes ?? undefined });
      }
    });
  }
  await linkDemoStaffIsikukood(dataSource, app.get(BlindIndexer));
  await seedDemoPasswordLogins(app);
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
    `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, '{organization-admin}')`,
    [organizationId, userId],
  );
  return organizationId;
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
async function seedDemoPasswordLogins(app: INestApplicationContext): Promise<void> {
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
      `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, $3)
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
        for (const [role, names] of Object.entries(DEMO_ROLE_PEOPLE)) {
          const admin = role === 'organization-admin';
          const userId = await upsertUser(
            admin ? org.admin.email : `${role}@${demoDomain(org)}`,
            admin ? org.admin.name : names[index]!,
          );
          await member(organizationId, userId, [role]);
        }
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
