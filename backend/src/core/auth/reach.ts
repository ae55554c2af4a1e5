import type { Db } from '../tenancy/db';
import { requireScope } from '../tenancy/scope';
import type { Permission } from './permissions';

/**
 * The org units whose clients the current principal reaches with `permission`
 * (ARCHITECTURE.md "services check scope"): `null` = the whole organization, otherwise the
 * unit ids (possibly none). A staff member's own assigned clients (`client_team`) are reached
 * in addition; callers add that condition themselves.
 *
 * Staff: the database's `reha_reach` over their roles and units. An integrator holds grants
 * for the whole organization, and so does a background job acting for one (it has no user
 * and no units; RLS still keeps it in its organization). Anyone else reaches no unit.
 */
export async function reachOf(db: Db, permission: Permission): Promise<string[] | null> {
  const { principal } = requireScope('reach');
  if (principal.kind === 'integrator') return null;
  if (principal.kind === 'system' && principal.organizationId) return null;
  if (principal.kind !== 'staff') return [];
  const [row] = await db.query<{ reach: string[] | null }[]>(`SELECT reha_reach($1) AS reach`, [
    permission,
  ]);
  // No answer at all reaches nothing; only the function's own NULL means the organization.
  if (!row) return [];
  return row.reach;
}
