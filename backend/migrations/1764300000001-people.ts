import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, CURRENT_ORGANIZATION, ownByMaintenance } from './helpers/tenancy';

/** Refuses a definer function to anyone but organization staff acting in an organization. */
const STAFF_ONLY = (fn: string) => `
        IF current_setting('app.principal', true) IS DISTINCT FROM 'staff' OR v_org IS NULL THEN
          RAISE EXCEPTION '${fn} is for organization staff' USING ERRCODE = 'insufficient_privilege';
        END IF;`;

/**
 * What the people module (issue 6, USR-01..02) needs beyond its tables: the two central writes
 * an organization's admin makes for a member, each narrowed to that one case. Request code
 * (reha_app) can write neither `password_reset` nor another user's `auth_session` rows.
 *
 * - `reha_invitation_link`: the single-use set-password link of an invitation, only for an
 *   invitee of the current organization who has no way in yet (no password, no membership taken
 *   up anywhere). An existing account added to the organization gets no new password.
 * - `reha_member_display_name`: renames a member of the current organization (app_user is
 *   central and closed to request code; the name is the one colleagues see everywhere).
 * - `reha_revoke_member_sessions`: ends the login sessions a deactivated member holds in the
 *   current organization (their refresh tokens); not usable on an active member.
 */
export class People1764300000001 implements MigrationInterface {
  name = 'People1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION reha_invitation_link(p_id uuid, p_user uuid, p_created_at timestamptz,
                                           p_expires_at timestamptz)
      RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_org uuid := ${CURRENT_ORGANIZATION};
      BEGIN
        ${STAFF_ONLY('reha_invitation_link')}
        IF NOT EXISTS (SELECT 1 FROM membership m
                        WHERE m.organization_id = v_org AND m.user_id = p_user
                          AND m.active AND m.accepted_at IS NULL)
           OR EXISTS (SELECT 1 FROM user_credential c
                       WHERE c.user_id = p_user AND c.password_hash IS NOT NULL)
           OR EXISTS (SELECT 1 FROM membership m
                       WHERE m.user_id = p_user AND m.accepted_at IS NOT NULL) THEN
          RETURN false;
        END IF;
        INSERT INTO password_reset (id, user_id, app, created_at, expires_at)
          VALUES (p_id, p_user, 'admin', p_created_at, p_expires_at);
        RETURN true;
      END $$`);
    await q.query(`
      CREATE FUNCTION reha_revoke_member_sessions(p_user uuid)
      RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_org uuid := ${CURRENT_ORGANIZATION};
        v_count integer;
      BEGIN
        ${STAFF_ONLY('reha_revoke_member_sessions')}
        IF NOT EXISTS (SELECT 1 FROM membership m
                        WHERE m.organization_id = v_org AND m.user_id = p_user AND NOT m.active) THEN
          RAISE EXCEPTION 'only a deactivated member''s sessions are revoked'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE auth_session SET revoked_at = now(), revoked_reason = 'member-deactivated'
         WHERE subject_kind = 'staff' AND subject_id = p_user AND organization_id = v_org
           AND revoked_at IS NULL;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
      END $$`);
    await q.query(`
      CREATE FUNCTION reha_member_display_name(p_user uuid, p_display_name text)
      RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_org uuid := ${CURRENT_ORGANIZATION};
      BEGIN
        ${STAFF_ONLY('reha_member_display_name')}
        UPDATE app_user u SET display_name = p_display_name
         WHERE u.id = p_user
           AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = v_org AND m.user_id = p_user);
        RETURN FOUND;
      END $$`);
    await ownByMaintenance(
      q,
      [
        'reha_member_display_name(uuid, text)',
        'reha_invitation_link(uuid, uuid, timestamptz, timestamptz)',
        'reha_revoke_member_sessions(uuid)',
      ],
      [APP_ROLE],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION reha_revoke_member_sessions(uuid)`);
    await q.query(`DROP FUNCTION reha_member_display_name(uuid, text)`);
    await q.query(`DROP FUNCTION reha_invitation_link(uuid, uuid, timestamptz, timestamptz)`);
  }
}
