import type { Client } from 'pg';

export interface RlsProblem {
  table: string;
  problem: string;
}

/**
 * Every table with an `organization_id` column must have RLS enabled and forced and a policy
 * that checks both reads (USING) and writes (WITH CHECK) — policies that apply to all commands
 * or a SELECT and an INSERT/UPDATE policy between them.
 */
export async function tenantTablesWithoutForcedRls(client: Client): Promise<RlsProblem[]> {
  const { rows } = await client.query<{
    table: string;
    enabled: boolean;
    forced: boolean;
    using_ok: boolean;
    check_ok: boolean;
  }>(`
    SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
           EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polqual IS NOT NULL
                     AND p.polcmd IN ('*', 'r')) AS using_ok,
           EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polwithcheck IS NOT NULL
                     AND p.polcmd IN ('*', 'a')) AS check_ok
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
     WHERE c.relkind IN ('r', 'p')
     ORDER BY c.relname`);
  const problems: RlsProblem[] = [];
  for (const r of rows) {
    if (!r.enabled) problems.push({ table: r.table, problem: 'row level security is not enabled' });
    if (!r.forced) problems.push({ table: r.table, problem: 'row level security is not forced' });
    if (!r.using_ok) problems.push({ table: r.table, problem: 'no policy filters reads (USING)' });
    if (!r.check_ok)
      problems.push({ table: r.table, problem: 'no policy checks writes (WITH CHECK)' });
  }
  return problems;
}
