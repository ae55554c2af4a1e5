import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './helpers/tenancy';

const CURRENT_USER_ID = `NULLIF(current_setting('app.user_id', true), '')::uuid`;
const CURRENT_PERSON = `NULLIF(current_setting('app.person_id', true), '')::uuid`;
const CURRENT_PRINCIPAL = `current_setting('app.principal', true)`;

/**
 * Staff login, TOTP and sessions (ARCHITECTURE.md "Identity"). All of it is central: a user's
 * credentials and sessions belong to the person, not to one organization. Login, refresh and
 * password reset read these tables on the maintenance path (the caller is not known yet);
 * request code (reha_app) reaches only the signed-in user's own rows, through policies on
 * `app.user_id` / `app.person_id`, and never a password hash, a token hash or a lockout counter.
 */
export class Credentials1764100000001 implements MigrationInterface {
  name = 'Credentials1764100000001';

  async up(q: QueryRunner): Promise<void> {
    // Which front door a user may use is decided by what they are, not by a role.
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN kind text NOT NULL DEFAULT 'staff'
          CHECK (kind IN ('staff', 'agency', 'operator')),
        ADD COLUMN agency_code text,
        ADD CONSTRAINT app_user_agency_code CHECK ((kind = 'agency') = (agency_code IS NOT NULL))`);

    // Platform-wide keys (not an organization's), wrapped by the master key exactly like
    // data_key rows (AAD `data-key:<id>`), so `npm run keys:rotate` rewraps them the same way.
    await q.query(`
      CREATE TABLE platform_key (
        id uuid PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('credentials')),
        master_key_id text NOT NULL,
        wrapped_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz,
        CONSTRAINT platform_key_purpose_unique UNIQUE (purpose)
      )`);
    // Made on first use by whichever request needs it; never changed by request code.
    await q.query(`REVOKE ALL ON platform_key FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT ON platform_key TO ${APP_ROLE}`);

    // Password (argon2id, encoded with its parameters) and TOTP (secret sealed with the
    // credentials platform key; the last accepted time step, so a code works only once).
    await q.query(`
      CREATE TABLE user_credential (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        password_hash text,
        password_changed_at timestamptz,
        totp_secret bytea,
        totp_enabled_at timestamptz,
        totp_last_step bigint,
        totp_pending_secret bytea,
        totp_pending_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_credential_totp_whole CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL))
      )`);
    await this.ownRowsOnly(q, 'user_credential', `user_id = ${CURRENT_USER_ID}`);
    await q.query(`REVOKE ALL ON user_credential FROM ${APP_ROLE}`);
    // Everything but the password hash, which only the login path reads.
    await q.query(`
      GRANT SELECT (user_id, password_changed_at, totp_secret, totp_enabled_at, totp_last_step,
                    totp_pending_secret, totp_pending_at, updated_at),
            INSERT (user_id, totp_pending_secret, totp_pending_at, updated_at),
            UPDATE (totp_secret, totp_enabled_at, totp_last_step, totp_pending_secret,
                    totp_pending_at, updated_at)
        ON user_credential TO ${APP_ROLE}`);

    // One-time recovery codes: random, so a plain SHA-256 is enough to keep them unusable
    // from a database copy.
    await q.query(`
      CREATE TABLE totp_recovery_code (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`);
    await this.ownRowsOnly(q, 'totp_recovery_code', `user_id = ${CURRENT_USER_ID}`);
    await q.query(`REVOKE ALL ON totp_recovery_code FROM ${APP_ROLE}`);
    await q.query(
      `GRANT SELECT, INSERT, DELETE, UPDATE (used_at) ON totp_recovery_code TO ${APP_ROLE}`,
    );

    // Failed sign-ins per e-mail address, known or not (keyed by an HMAC of the address, so
    // neither the address nor whether it has an account shows): the lockout answers alike.
    await q.query(`
      CREATE TABLE login_throttle (
        subject_hash bytea PRIMARY KEY,
        failed_count integer NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
        lockout_level integer NOT NULL DEFAULT 0 CHECK (lockout_level >= 0),
        locked_until timestamptz,
        last_locked_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`REVOKE ALL ON login_throttle FROM ${APP_ROLE}`);

    // Refresh tokens: one row per token, chained into a family per login. Only the head of a
    // family (used_at and revoked_at empty) may be exchanged; a used one coming back means it
    // was copied, and the whole family is revoked.
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        parent_id uuid REFERENCES auth_session(id),
        subject_kind text NOT NULL CHECK (subject_kind IN ('staff', 'person', 'agency', 'operator')),
        subject_id uuid NOT NULL,
        app text NOT NULL CHECK (app IN ('admin', 'client', 'stats', 'operator')),
        method text NOT NULL CHECK (method IN ('password', 'eid')),
        organization_id uuid REFERENCES organization(id),
        token_hash bytea NOT NULL,
        family_started_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip inet,
        CONSTRAINT auth_session_token_hash_unique UNIQUE (token_hash),
        CONSTRAINT auth_session_revoked_whole CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX auth_session_family_idx ON auth_session (family_id)`);
    await q.query(
      `CREATE INDEX auth_session_subject_idx ON auth_session (subject_kind, subject_id) WHERE revoked_at IS NULL`,
    );
    await this.ownRowsOnly(
      q,
      'auth_session',
      `subject_kind = ${CURRENT_PRINCIPAL}
        AND subject_id = CASE WHEN subject_kind = 'person' THEN ${CURRENT_PERSON} ELSE ${CURRENT_USER_ID} END`,
    );
    await q.query(`REVOKE ALL ON auth_session FROM ${APP_ROLE}`);
    // A signed-in user opens their own sessions, lists them and ends them; no token hashes.
    await q.query(`
      GRANT SELECT (id, family_id, subject_kind, subject_id, app, method, organization_id,
                    family_started_at, created_at, last_used_at, expires_at, used_at,
                    revoked_at, revoked_reason, user_agent, ip),
            INSERT,
            UPDATE (revoked_at, revoked_reason)
        ON auth_session TO ${APP_ROLE}`);

    // Password reset links: signed (HMAC over id, user and expiry), single use, 30 minutes.
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        app text NOT NULL CHECK (app IN ('admin', 'stats', 'operator')),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at)`);
    await q.query(`REVOKE ALL ON password_reset FROM ${APP_ROLE}`);
  }

  /** RLS enabled and forced with one policy for reads and writes (maintenance bypasses it). */
  private async ownRowsOnly(q: QueryRunner, table: string, match: string): Promise<void> {
    await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY ${table}_own ON ${table} USING (${match}) WITH CHECK (${match})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE totp_recovery_code`);
    await q.query(`DROP TABLE user_credential`);
    await q.query(`DROP TABLE platform_key`);
    await q.query(`
      ALTER TABLE app_user
        DROP CONSTRAINT app_user_agency_code,
        DROP COLUMN agency_code,
        DROP COLUMN kind`);
  }
}
