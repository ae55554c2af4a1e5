import { MigrationInterface, QueryRunner } from 'typeorm';
import { UNIT_SCOPED_PERMISSIONS } from '../src/core/auth/permissions';

const CURRENT_USER_ID = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * A role held in one org unit only gives what makes sense in a unit: the unit-scoped
 * permissions (UNIT_SCOPED_PERMISSIONS in permissions.ts, as of this migration: work with
 * the unit's clients and its statistics), and reaches at most the unit's subtree. Before, a
 * unit-only organization-admin managed people and settings of the whole organization.
 *
 * - `reha_begin_request`: grants of unit-only roles carry only the unit-scoped permissions and
 *   a scope of at most `subtree`; roles held organization-wide are unchanged.
 * - `reha_reach`: a unit-only role with organization scope reaches its unit's subtree.
 */
export class UnitRoles1764400000003 implements MigrationInterface {
  name = 'UnitRoles1764400000003';

  async up(q: QueryRunner): Promise<void> {
    const unitPermissions = `ARRAY[${UNIT_SCOPED_PERMISSIONS.map((p) => `'${p}'`).join(', ')}]::text[]`;
    await q.query(`
      CREATE OR REPLACE FUNCTION reha_begin_request(p_role text, p_organization uuid, p_user uuid,
                                         p_person uuid, p_principal text, p_request_id text)
      RETURNS jsonb LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM set_config('app.organization_id', COALESCE(p_organization::text, ''), true);
        PERFORM set_config('app.user_id', COALESCE(p_user::text, ''), true);
        PERFORM set_config('app.person_id', COALESCE(p_person::text, ''), true);
        PERFORM set_config('app.principal', p_principal, true);
        PERFORM set_config('app.request_id', COALESCE(p_request_id, ''), true);
        PERFORM set_config('role', p_role, true);
        IF p_principal = 'staff' THEN
          RETURN (
            SELECT jsonb_build_object(
                     'roles', to_jsonb(x.roles),
                     'grants', COALESCE((
                       SELECT jsonb_agg(jsonb_build_object(
                                'key', r.key,
                                'permissions', to_jsonb(CASE WHEN r.key = ANY (x.org_roles)
                                  THEN r.permissions
                                  ELSE ARRAY(SELECT p FROM unnest(r.permissions) p
                                              WHERE p = ANY (${unitPermissions})) END),
                                'scope', CASE WHEN r.key = ANY (x.org_roles) OR r.scope <> 'organization'
                                  THEN r.scope ELSE 'subtree' END,
                                'fieldRules', r.field_rules) ORDER BY r.key)
                         FROM role r WHERE r.key = ANY (x.roles)), '[]'::jsonb))
              FROM (
                -- the membership's roles in their order, then those held only in units
                SELECT m.roles AS org_roles,
                       m.roles || ARRAY(
                         SELECT DISTINCT k FROM membership_unit mu, unnest(mu.roles) AS k
                          WHERE mu.user_id = p_user AND NOT (k = ANY (m.roles)) ORDER BY k) AS roles
                  FROM membership m
                  JOIN organization o ON o.id = m.organization_id AND o.status = 'active'
                 WHERE m.user_id = p_user AND m.active
              ) x);
        END IF;
        RETURN NULL;
      END $$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION reha_reach(p_permission text) RETURNS uuid[]
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        WITH RECURSIVE me AS (
          SELECT m.roles FROM membership m WHERE m.user_id = ${CURRENT_USER_ID} AND m.active
        ),
        held AS (
          -- organization-wide roles, reaching from every unit the member works in
          SELECT mu.unit_id, r.scope
            FROM me JOIN role r ON r.key = ANY (me.roles)
            LEFT JOIN membership_unit mu ON mu.user_id = ${CURRENT_USER_ID}
           WHERE p_permission = ANY (r.permissions)
          UNION
          -- roles held in one unit only: unit-scoped permissions, at most the unit's subtree
          SELECT mu.unit_id, CASE WHEN r.scope = 'organization' THEN 'subtree' ELSE r.scope END
            FROM me, membership_unit mu JOIN role r ON r.key = ANY (mu.roles)
           WHERE mu.user_id = ${CURRENT_USER_ID} AND p_permission = ANY (r.permissions)
             AND p_permission = ANY (${unitPermissions})
        ),
        roots AS (
          SELECT h.unit_id AS id, bool_or(h.scope = 'subtree') AS deep
            FROM held h WHERE h.scope IN ('unit', 'subtree') AND h.unit_id IS NOT NULL
           GROUP BY h.unit_id
        ),
        below(id) AS (
          SELECT id FROM roots WHERE deep
          UNION
          SELECT u.id FROM org_unit u JOIN below ON u.parent_id = below.id
        )
        SELECT CASE
          WHEN EXISTS (SELECT 1 FROM held WHERE scope = 'organization') THEN NULL
          ELSE ARRAY(SELECT id FROM roots UNION SELECT id FROM below ORDER BY 1)
        END
      $$`);
  }

  async down(): Promise<void> {
    // The functions as migration 1764300000000 made them come back with that migration's
    // own down; this one only narrows them.
  }
}
