import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_ROLES } from '../src/core/auth/default-roles';
import { syncDefaultRoles } from './helpers/roles';
import { createCentralTable, createTenantTable, MAINTENANCE_ROLE } from './helpers/tenancy';

const ROLE_COLUMNS = `
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{1,62}$'),
      name_et text NOT NULL CHECK (length(trim(name_et)) > 0),
      name_en text NOT NULL CHECK (length(trim(name_en)) > 0),
      name_ru text NOT NULL CHECK (length(trim(name_ru)) > 0),
      permissions text[] NOT NULL DEFAULT '{}',
      scope text NOT NULL CHECK (scope IN ('own', 'unit', 'subtree', 'organization')),
      field_rules jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(field_rules) = 'object'),
      position integer NOT NULL DEFAULT 1000`;

/**
 * Roles as data per organization (ARCHITECTURE.md "Authorization"): the tenant table `role`,
 * the central `default_role` that new organizations copy (trigger), membership role keys
 * checked against the organization's roles, and `reha_begin_request` returning each
 * member's role grants (permissions, scope, field rules) in the request's opening round trip.
 * The default roles come from src/core/auth/default-roles.ts (its JSDoc tells the whole
 * story); `migrate()` syncs them again after every run.
 */
export class Roles1764100000000 implements MigrationInterface {
  name = 'Roles1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await createCentralTable(
      q,
      'default_role',
      `${ROLE_COLUMNS},
      PRIMARY KEY (key)`,
    );
    await createTenantTable(
      q,
      'role',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${ROLE_COLUMNS},
      is_default boolean NOT NULL DEFAULT false,
      customized_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`,
      { constraints: 'CONSTRAINT role_key_unique UNIQUE (organization_id, key)' },
    );

    // Every new organization starts with the default roles: no seed step to forget.
    await q.query(`
      CREATE FUNCTION reha_organization_default_roles() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO role (organization_id, key, name_et, name_en, name_ru, permissions, scope,
                          field_rules, position, is_default)
          SELECT NEW.id, d.key, d.name_et, d.name_en, d.name_ru, d.permissions, d.scope,
                 d.field_rules, d.position, true
          FROM default_role d;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_default_roles AFTER INSERT ON organization
        FOR EACH ROW EXECUTE FUNCTION reha_organization_default_roles()`);

    // A membership names roles its organization has; a role still named cannot go away.
    await q.query(`
      CREATE FUNCTION reha_membership_roles_exist() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_missing text;
      BEGIN
        SELECT string_agg(k, ', ') INTO v_missing FROM unnest(NEW.roles) AS k
         WHERE NOT EXISTS (SELECT 1 FROM role r
                            WHERE r.organization_id = NEW.organization_id AND r.key = k);
        IF v_missing IS NOT NULL THEN
          RAISE EXCEPTION 'unknown role key(s) for this organization: %', v_missing
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER membership_roles_exist BEFORE INSERT OR UPDATE OF roles, organization_id
        ON membership FOR EACH ROW EXECUTE FUNCTION reha_membership_roles_exist()`);
    await q.query(`
      CREATE FUNCTION reha_role_in_use() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.key = OLD.key AND NEW.organization_id = OLD.organization_id THEN
          RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM membership m
                    WHERE m.organization_id = OLD.organization_id AND OLD.key = ANY (m.roles)) THEN
          RAISE EXCEPTION 'role % is still assigned to members', OLD.key
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER role_in_use BEFORE DELETE OR UPDATE OF key, organization_id ON role
        FOR EACH ROW EXECUTE FUNCTION reha_role_in_use()`);

    // The trigger functions read and write across organizations: owned by reha_maintenance
    // (BYPASSRLS), fixed search_path, callable by nobody directly.
    await q.query(`GRANT CREATE ON SCHEMA public TO ${MAINTENANCE_ROLE}`);
    for (const fn of [
      'reha_organization_default_roles()',
      'reha_membership_roles_exist()',
      'reha_role_in_use()',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO ${MAINTENANCE_ROLE}`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM ${MAINTENANCE_ROLE}`);

    // The request's opening round trip now also brings the member's role grants (under RLS:
    // the claimed organization's roles only). The return type changes, so drop and create.
    await q.query(`DROP FUNCTION reha_begin_request(text, uuid, uuid, uuid, text, text)`);
    await q.query(`
      CREATE FUNCTION reha_begin_request(p_role text, p_organization uuid, p_user uuid,
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
                     'roles', to_jsonb(m.roles),
                     'grants', COALESCE((
                       SELECT jsonb_agg(jsonb_build_object(
                                'key', r.key, 'permissions', to_jsonb(r.permissions),
                                'scope', r.scope, 'fieldRules', r.field_rules) ORDER BY r.key)
                         FROM role r WHERE r.key = ANY (m.roles)), '[]'::jsonb))
              FROM membership m WHERE m.user_id = p_user AND m.active);
        END IF;
        RETURN NULL;
      END $$`);

    // The defaults from the data file, and every existing organization's copy of them.
    await q.query(`SET LOCAL ROLE ${MAINTENANCE_ROLE}`);
    await syncDefaultRoles((sql, params) => q.query(sql, params), DEFAULT_ROLES);
    await q.query(`SET LOCAL ROLE NONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION reha_begin_request(text, uuid, uuid, uuid, text, text)`);
    await q.query(`
      CREATE FUNCTION reha_begin_request(p_role text, p_organization uuid, p_user uuid,
                                         p_person uuid, p_principal text, p_request_id text)
      RETURNS text[] LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      BEGIN
        PERFORM set_config('app.organization_id', COALESCE(p_organization::text, ''), true);
        PERFORM set_config('app.user_id', COALESCE(p_user::text, ''), true);
        PERFORM set_config('app.person_id', COALESCE(p_person::text, ''), true);
        PERFORM set_config('app.principal', p_principal, true);
        PERFORM set_config('app.request_id', COALESCE(p_request_id, ''), true);
        PERFORM set_config('role', p_role, true);
        IF p_principal = 'staff' THEN
          RETURN (SELECT m.roles FROM membership m WHERE m.user_id = p_user AND m.active);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER role_in_use ON role`);
    await q.query(`DROP TRIGGER membership_roles_exist ON membership`);
    await q.query(`DROP TRIGGER organization_default_roles ON organization`);
    await q.query(`DROP FUNCTION reha_role_in_use()`);
    await q.query(`DROP FUNCTION reha_membership_roles_exist()`);
    await q.query(`DROP FUNCTION reha_organization_default_roles()`);
    await q.query(`DROP TABLE role`);
    await q.query(`DROP TABLE default_role`);
  }
}
