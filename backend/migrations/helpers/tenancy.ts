import { QueryRunner } from 'typeorm';

/**
 * How SQL reads the request's organization: a pooled connection answers `''` (not NULL) once
 * the setting was used, so NULLIF turns "no organization" into NULL, which matches no row.
 */
export const CURRENT_ORGANIZATION = `NULLIF(current_setting('app.organization_id', true), '')::uuid`;

/** The role request code runs as: neither owner nor superuser, so RLS applies to it. */
export const APP_ROLE = 'reha_app';
/** BYPASSRLS role for seeding, audit sealing and verification, key rotation. */
export const MAINTENANCE_ROLE = 'reha_maintenance';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return name;
}

/**
 * Creates a tenant table the only correct way: `organization_id` first (default from the
 * session, so services never pass it and cannot forge it), RLS enabled and forced, one policy
 * whose USING and WITH CHECK both compare with the session's organization, write grants to
 * reha_app, and an index leading with organization_id.
 */
export async function createTenantTable(
  q: QueryRunner,
  table: string,
  columns: string,
  options: { constraints?: string } = {},
): Promise<void> {
  const t = identifier(table);
  await q.query(`
    CREATE TABLE ${t} (
      organization_id uuid NOT NULL DEFAULT ${CURRENT_ORGANIZATION}
        REFERENCES organization(id),
      ${columns}${options.constraints ? `,\n      ${options.constraints}` : ''}
    )`);
  await enableTenancy(q, t);
}

/**
 * Puts an existing table with an `organization_id` column under tenant isolation.
 * `nullable`: rows without an organization (platform rows) are visible only to requests
 * without an organization context.
 */
export async function enableTenancy(
  q: QueryRunner,
  table: string,
  options: { nullable?: boolean; writable?: boolean } = {},
): Promise<void> {
  const t = identifier(table);
  const match = options.nullable
    ? `organization_id IS NOT DISTINCT FROM ${CURRENT_ORGANIZATION}`
    : `organization_id = ${CURRENT_ORGANIZATION}`;
  await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
  await q.query(
    `CREATE POLICY ${t}_tenant_isolation ON ${t} USING (${match}) WITH CHECK (${match})`,
  );
  await q.query(`CREATE INDEX IF NOT EXISTS ${t}_organization_idx ON ${t} (organization_id)`);
  if (options.writable !== false) {
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${APP_ROLE}`);
  }
}

/**
 * A central reference table (funders, state codes, tariffs, limit rules): no organization_id,
 * read-only to request code (the default privileges grant SELECT only), maintained through
 * the platform operator's maintenance paths.
 */
export async function createCentralTable(
  q: QueryRunner,
  table: string,
  columns: string,
): Promise<void> {
  const t = identifier(table);
  await q.query(`CREATE TABLE ${t} (\n      ${columns}\n    )`);
  await q.query(`REVOKE INSERT, UPDATE, DELETE ON ${t} FROM ${APP_ROLE}`);
}

/**
 * Makes SQL functions (SECURITY DEFINER functions and the trigger functions they need) owned
 * by reha_maintenance (BYPASSRLS) and callable only by `executableBy` (nobody when empty:
 * trigger functions). The migration's role gets CREATE on the schema just for the change.
 */
export async function ownByMaintenance(
  q: QueryRunner,
  functions: readonly string[],
  executableBy: readonly string[] = [],
): Promise<void> {
  await q.query(`GRANT CREATE ON SCHEMA public TO ${MAINTENANCE_ROLE}`);
  for (const fn of functions) {
    await q.query(`ALTER FUNCTION ${fn} OWNER TO ${MAINTENANCE_ROLE}`);
    await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    for (const role of executableBy) {
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${identifier(role)}`);
    }
  }
  await q.query(`REVOKE CREATE ON SCHEMA public FROM ${MAINTENANCE_ROLE}`);
}
