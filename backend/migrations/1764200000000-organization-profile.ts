import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, createTenantTable, enableTenancy } from './helpers/tenancy';

/**
 * The organization's own settings (issue 6): profile, invoice settings and branding, one row
 * per organization in the tenant table `organization_profile` (the `organization` row itself
 * keeps name, registry code and status). And a suspended organization refuses its members'
 * requests: `reha_begin_request` finds no membership in an organization that is not active.
 */
export class OrganizationProfile1764200000000 implements MigrationInterface {
  name = 'OrganizationProfile1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await createTenantTable(
      q,
      'organization_profile',
      `vat_number text CHECK (vat_number ~ '^EE[0-9]{9}$'),
      address text,
      ibans text[] NOT NULL DEFAULT '{}',
      default_iban text,
      contact_email text,
      contact_phone text,
      default_language text NOT NULL DEFAULT 'et' CHECK (default_language IN ('et', 'en', 'ru')),
      time_zone text NOT NULL DEFAULT 'Europe/Tallinn',
      invoice_prefix text NOT NULL DEFAULT '',
      invoice_next_number integer NOT NULL DEFAULT 1 CHECK (invoice_next_number >= 1),
      payment_term_days integer NOT NULL DEFAULT 14
        CHECK (payment_term_days BETWEEN 0 AND 365),
      invoice_bank_account text,
      footer_text text,
      primary_color text CHECK (primary_color ~ '^#[0-9A-Fa-f]{6}$'),
      logo_key text,
      logo_mime text,
      logo_size integer,
      updated_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (organization_id),
      CONSTRAINT organization_profile_default_iban CHECK (default_iban IS NULL OR default_iban = ANY (ibans)),
      CONSTRAINT organization_profile_bank_account CHECK (invoice_bank_account IS NULL OR invoice_bank_account = ANY (ibans)),
      CONSTRAINT organization_profile_logo_whole CHECK ((logo_key IS NULL) = (logo_mime IS NULL))`,
      },
    );

    // Why and by whom an organization was suspended or reactivated: the operator's history,
    // read and written on the maintenance path only (the reason is free text).
    await q.query(`
      CREATE TABLE organization_status_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id),
        status text NOT NULL CHECK (status IN ('active', 'suspended')),
        reason text,
        changed_by uuid,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await enableTenancy(q, 'organization_status_change', { writable: false });
    await q.query(`REVOKE ALL ON organization_status_change FROM ${APP_ROLE}`);

    // The organization's admin edits its legal name and registry code (its own row only: the
    // policy organization_own); status stays the operator's, on the maintenance path.
    await q.query(`GRANT UPDATE (name, registry_code) ON organization TO ${APP_ROLE}`);

    await this.beginRequest(
      q,
      `JOIN organization o ON o.id = m.organization_id AND o.status = 'active'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await this.beginRequest(q, '');
    await q.query(`REVOKE UPDATE (name, registry_code) ON organization FROM ${APP_ROLE}`);
    await q.query(`DROP TABLE organization_status_change`);
    await q.query(`DROP TABLE organization_profile`);
  }

  /** `reha_begin_request` as the roles migration made it, with `join` on the membership. */
  private async beginRequest(q: QueryRunner, join: string): Promise<void> {
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
                     'roles', to_jsonb(m.roles),
                     'grants', COALESCE((
                       SELECT jsonb_agg(jsonb_build_object(
                                'key', r.key, 'permissions', to_jsonb(r.permissions),
                                'scope', r.scope, 'fieldRules', r.field_rules) ORDER BY r.key)
                         FROM role r WHERE r.key = ANY (m.roles)), '[]'::jsonb))
              FROM membership m ${join} WHERE m.user_id = p_user AND m.active);
        END IF;
        RETURN NULL;
      END $$`);
  }
}
