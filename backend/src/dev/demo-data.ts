import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { asMaintenance } from '../core/tenancy/maintenance';
import { TenantTransactions } from '../core/tenancy/tenant-transactions';
import { ClientsService } from '../modules/clients/clients.service';

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
