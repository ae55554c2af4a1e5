import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  CURRENT_ORGANIZATION,
  createTenantTable,
  enableTenancy,
  MAINTENANCE_ROLE,
} from './helpers/tenancy';

const CURRENT_PERSON = `NULLIF(current_setting('app.person_id', true), '')::uuid`;
const CURRENT_USER_ID = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * The data-protection core (ARCHITECTURE.md "Principals", "Tenancy", "Personal data", "Audit"):
 * the two database roles, organizations and the first tenant tables, per-client data keys,
 * the client identity with its blind indexes, the append-only audit log with its chain, and the
 * audited SECURITY DEFINER functions that are the only cross-organization read paths.
 */
export class DataProtection1764000000000 implements MigrationInterface {
  name = 'DataProtection1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create them once, whichever database migrates first.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${MAINTENANCE_ROLE}') THEN
          CREATE ROLE ${MAINTENANCE_ROLE} NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    // The owner connection switches to these roles inside each transaction (SET LOCAL ROLE).
    // Where a DBA created the roles and granted them to a non-superuser owner beforehand,
    // there is nothing to do (and the owner could not grant them to itself).
    await q.query(`
      DO $$ BEGIN
        IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
          GRANT ${APP_ROLE} TO CURRENT_USER;
        END IF;
        IF NOT pg_has_role(current_user, '${MAINTENANCE_ROLE}', 'MEMBER') THEN
          GRANT ${MAINTENANCE_ROLE} TO CURRENT_USER;
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}, ${MAINTENANCE_ROLE}`);
    // Later tables: read-only to request code unless a migration helper grants writes
    // (tenant tables) — a forgotten grant fails closed.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${APP_ROLE}`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${MAINTENANCE_ROLE}`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}, ${MAINTENANCE_ROLE}`,
    );
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_message, seed_run TO ${MAINTENANCE_ROLE}`,
    );

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        registry_code text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_registry_code_unique UNIQUE (registry_code)
      )`);
    // A staff request sees its own organization only; the operator creates them on a
    // maintenance path.
    await q.query(`ALTER TABLE organization ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE organization FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY organization_own ON organization USING (id = ${CURRENT_ORGANIZATION}) WITH CHECK (id = ${CURRENT_ORGANIZATION})`,
    );
    await q.query(`GRANT SELECT ON organization TO ${APP_ROLE}`);

    // Outbox rows of an organization belong to it; platform rows (no organization) only to
    // requests without one. The sweeper and processors work as reha_maintenance.
    await q.query(
      `ALTER TABLE outbox_message ALTER COLUMN organization_id SET DEFAULT ${CURRENT_ORGANIZATION}`,
    );
    await q.query(
      `ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_organization_fk FOREIGN KEY (organization_id) REFERENCES organization(id)`,
    );
    await enableTenancy(q, 'outbox_message', { nullable: true });

    // People who log in to web-admin: one identity across organizations (central).
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL,
        display_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_unique UNIQUE (email)
      )`);
    await createTenantTable(
      q,
      'membership',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      roles text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()`,
      { constraints: 'CONSTRAINT membership_user_unique UNIQUE (organization_id, user_id)' },
    );
    // A staff request sees itself and the colleagues of its organization, nobody else.
    await q.query(`ALTER TABLE app_user ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE app_user FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY app_user_visible ON app_user
        USING (id = ${CURRENT_USER_ID} OR id IN (SELECT m.user_id FROM membership m))
        WITH CHECK (false)`);

    // A natural person (client or representative) across providers, known by a platform-wide
    // blind index of their isikukood: no name, no code in clear.
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        isikukood_index bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_isikukood_index_unique UNIQUE (isikukood_index)
      )`);
    await q.query(`ALTER TABLE person ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE person FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY person_self ON person USING (id = ${CURRENT_PERSON}) WITH CHECK (false)`,
    );

    // Envelope encryption: one data key per client (or per organization for its own files),
    // wrapped by the master key named in master_key_id. Shredding drops the wrapped key.
    await createTenantTable(
      q,
      'data_key',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      purpose text NOT NULL CHECK (purpose IN ('client', 'organization')),
      master_key_id text,
      wrapped_key bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      rotated_at timestamptz,
      shredded_at timestamptz`,
      {
        constraints: `CONSTRAINT data_key_shredded_or_wrapped CHECK (
          (shredded_at IS NULL AND wrapped_key IS NOT NULL AND master_key_id IS NOT NULL)
          OR (shredded_at IS NOT NULL AND wrapped_key IS NULL AND master_key_id IS NULL))`,
      },
    );
    await q.query(
      `CREATE UNIQUE INDEX data_key_one_per_organization ON data_key (organization_id) WHERE purpose = 'organization'`,
    );

    // The client's identity: every personal field is ciphertext under the client's data key.
    await createTenantTable(
      q,
      'client',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      data_key_id uuid NOT NULL REFERENCES data_key(id),
      person_id uuid REFERENCES person(id),
      isikukood_index bytea,
      isikukood bytea,
      first_name bytea,
      last_name bytea,
      notes bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      erased_at timestamptz`,
      {
        constraints:
          'CONSTRAINT client_isikukood_unique UNIQUE (organization_id, isikukood_index), CONSTRAINT client_data_key_unique UNIQUE (data_key_id)',
      },
    );
    await q.query(`CREATE INDEX client_person_idx ON client (person_id)`);
    // Name search: keyed hashes of each name token's prefixes (≥ 3 characters).
    await createTenantTable(
      q,
      'client_name_token',
      `client_id uuid NOT NULL REFERENCES client(id) ON DELETE CASCADE,
      token bytea NOT NULL`,
      { constraints: 'PRIMARY KEY (client_id, token)' },
    );
    await q.query(
      `CREATE INDEX client_name_token_lookup_idx ON client_name_token (organization_id, token)`,
    );

    await this.createAudit(q);
    await this.createDefinerFunctions(q);
  }

  private async createAudit(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid REFERENCES organization(id) DEFAULT ${CURRENT_ORGANIZATION},
        occurred_at timestamptz NOT NULL,
        principal_kind text NOT NULL,
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        client_id uuid,
        fields text[] NOT NULL DEFAULT '{}',
        result text NOT NULL CHECK (result IN ('ok', 'denied', 'failed')),
        error_code text,
        request_id text,
        ip inet,
        chain_seq bigint,
        prev_hash bytea,
        hash bytea,
        sealed_at timestamptz,
        CONSTRAINT audit_event_sealed_whole CHECK (
          (chain_seq IS NULL AND hash IS NULL AND sealed_at IS NULL)
          OR (chain_seq IS NOT NULL AND hash IS NOT NULL AND sealed_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX audit_event_browse_idx ON audit_event (organization_id, occurred_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX audit_event_client_idx ON audit_event (client_id, occurred_at DESC)`,
    );
    await q.query(`CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE hash IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX audit_event_chain_idx ON audit_event (organization_id, chain_seq) NULLS NOT DISTINCT WHERE chain_seq IS NOT NULL`,
    );
    await q.query(`ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_event FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY audit_event_read ON audit_event FOR SELECT USING (organization_id = ${CURRENT_ORGANIZATION})`,
    );
    // Events without an organization (a denied request with no context) are allowed too.
    await q.query(
      `CREATE POLICY audit_event_write ON audit_event FOR INSERT WITH CHECK (organization_id IS NOT DISTINCT FROM ${CURRENT_ORGANIZATION})`,
    );
    await q.query(`REVOKE ALL ON audit_event FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON audit_event TO ${APP_ROLE}`);
    // Append-only for everyone below superuser: only the sealer may fill the chain columns once.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
          RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.hash IS NOT NULL
          OR (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at'])
             IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at'])
        THEN
          RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    // The head of each organization's chain ('' = platform events without an organization).
    await q.query(`
      CREATE TABLE audit_chain (
        chain_key text PRIMARY KEY,
        last_seq bigint NOT NULL,
        last_hash bytea NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`REVOKE ALL ON audit_chain FROM ${APP_ROLE}`);
  }

  /**
   * The only cross-organization read paths. Owned by reha_maintenance (BYPASSRLS), fixed
   * search_path, and each writes its own audit events.
   */
  private async createDefinerFunctions(q: QueryRunner): Promise<void> {
    // Opens a request's context in one round trip: the settings the policies read, the role
    // switch, then (already as that role, so under RLS) a staff member's roles in the claimed
    // organization — NULL when they are no member. Invoker rights: it can do nothing the
    // caller could not.
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

    await q.query(`
      CREATE FUNCTION reha_login_memberships(p_user_id uuid, p_request_id text, p_ip inet)
      RETURNS TABLE (organization_id uuid, organization_name text, roles text[])
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        RETURN QUERY
          SELECT m.organization_id, o.name, m.roles
          FROM membership m JOIN organization o ON o.id = m.organization_id
          WHERE m.user_id = p_user_id AND m.active AND o.status = 'active'
          ORDER BY o.name;
        INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id, action,
                                 entity_type, entity_id, result, request_id, ip)
        VALUES (NULL, clock_timestamp(), 'staff', p_user_id, 'login.memberships',
                'app_user', p_user_id::text, 'ok', p_request_id, p_ip);
      END $$`);
    await q.query(`
      CREATE FUNCTION reha_person_client_records(p_request_id text, p_ip inet)
      RETURNS TABLE (organization_id uuid, organization_name text, client_id uuid,
                     data_key_id uuid, master_key_id text, wrapped_key bytea,
                     first_name bytea, last_name bytea, erased_at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_person uuid := ${CURRENT_PERSON};
      BEGIN
        IF v_person IS NULL OR current_setting('app.principal', true) IS DISTINCT FROM 'person' THEN
          RAISE EXCEPTION 'only a signed-in person may list their own records'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id, action,
                                 entity_type, entity_id, client_id, fields, result, request_id, ip)
          SELECT c.organization_id, clock_timestamp(), 'person', v_person, 'read',
                 'client', c.id::text, c.id, ARRAY['first_name', 'last_name'], 'ok',
                 p_request_id, p_ip
          FROM client c WHERE c.person_id = v_person;
        RETURN QUERY
          SELECT c.organization_id, o.name, c.id, k.id, k.master_key_id, k.wrapped_key,
                 c.first_name, c.last_name, c.erased_at
          FROM client c
          JOIN organization o ON o.id = c.organization_id
          JOIN data_key k ON k.id = c.data_key_id
          WHERE c.person_id = v_person
          ORDER BY o.name, c.created_at;
      END $$`);
    // Finds or creates the person behind an isikukood index (clients of several providers are
    // one person). Returns only the id.
    await q.query(`
      CREATE FUNCTION reha_ensure_person(p_isikukood_index bytea) RETURNS uuid
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid;
      BEGIN
        INSERT INTO person (isikukood_index) VALUES (p_isikukood_index)
          ON CONFLICT (isikukood_index) DO NOTHING RETURNING id INTO v_id;
        IF v_id IS NULL THEN
          SELECT id INTO v_id FROM person WHERE isikukood_index = p_isikukood_index;
        END IF;
        RETURN v_id;
      END $$`);
    // A new owner needs CREATE on the schema at the moment of the change; it keeps none.
    await q.query(`GRANT CREATE ON SCHEMA public TO ${MAINTENANCE_ROLE}`);
    for (const fn of [
      'reha_login_memberships(uuid, text, inet)',
      'reha_person_client_records(text, inet)',
      'reha_ensure_person(bytea)',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO ${MAINTENANCE_ROLE}`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM ${MAINTENANCE_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION reha_ensure_person(bytea)`);
    await q.query(`DROP FUNCTION reha_begin_request(text, uuid, uuid, uuid, text, text)`);
    await q.query(`DROP FUNCTION reha_person_client_records(text, inet)`);
    await q.query(`DROP FUNCTION reha_login_memberships(uuid, text, inet)`);
    await q.query(`DROP TABLE audit_chain`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE client_name_token`);
    await q.query(`DROP TABLE client`);
    await q.query(`DROP TABLE data_key`);
    await q.query(`DROP TABLE person`);
    await q.query(`DROP POLICY app_user_visible ON app_user`);
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP POLICY outbox_message_tenant_isolation ON outbox_message`);
    await q.query(`ALTER TABLE outbox_message NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE outbox_message DISABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_organization_fk`);
    await q.query(`ALTER TABLE outbox_message ALTER COLUMN organization_id DROP DEFAULT`);
    await q.query(`DROP TABLE organization`);
    // The roles stay: they are cluster-wide and other databases may use them.
  }
}
