import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AccessTokens } from '../src/core/auth/access-tokens';
import { TEST_KEYS } from './env';

/**
 * Organizations, staff and persons for integration tests, written as the superuser (the
 * operator's maintenance path is another issue's), and access tokens signed with the test key.
 */
export class TenancyFixtures {
  private readonly tokens = new AccessTokens({ jwtSecret: TEST_KEYS.REHA_JWT_SECRET });

  constructor(private readonly databaseUrl: string) {}

  private async sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async organization(name = `Org ${randomUUID().slice(0, 8)}`): Promise<string> {
    const registry = String(10000000 + Math.floor(Math.random() * 89999999));
    const [row] = await this.sql<{ id: string }>(
      `INSERT INTO organization (name, registry_code) VALUES ($1, $2) RETURNING id`,
      [name, registry],
    );
    return row!.id;
  }

  /** A user with a membership (roles) in `organizationId`; returns the user id. */
  async staff(organizationId: string, roles: string[] = ['organization-admin']): Promise<string> {
    const [user] = await this.sql<{ id: string }>(
      `INSERT INTO app_user (email, display_name) VALUES ($1, $2) RETURNING id`,
      [`staff-${randomUUID()}@reha.test`, 'Test staff'],
    );
    await this.sql(`INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, $3)`, [
      organizationId,
      user!.id,
      roles,
    ]);
    return user!.id;
  }

  staffToken(userId: string, organizationId: string): string {
    return this.tokens.sign({ sub: userId, kind: 'staff', org: organizationId });
  }

  /** A staff member and their token in one step. */
  async staffLogin(
    organizationId: string,
    roles?: string[],
  ): Promise<{ userId: string; token: string }> {
    const userId = await this.staff(organizationId, roles);
    return { userId, token: this.staffToken(userId, organizationId) };
  }

  personToken(personId: string): string {
    return this.tokens.sign({ sub: personId, kind: 'person' });
  }

  /** A platform operator's token (their permissions: PLATFORM_OPERATOR in default-roles.ts). */
  operatorToken(userId: string = randomUUID()): string {
    return this.tokens.sign({ sub: userId, kind: 'operator' });
  }

  /** An agency analyst's token (their permissions: AGENCY_ANALYST in default-roles.ts). */
  agencyToken(userId: string = randomUUID(), agency = 'SKA'): string {
    return this.tokens.sign({ sub: userId, kind: 'agency', agency });
  }
}
