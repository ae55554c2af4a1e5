import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  createCentralTable,
  createTenantTable,
  ownByMaintenance,
} from './helpers/tenancy';

const CURRENT_USER_ID = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * The specialties classifier (issue 6, USR-03): central, the same for every organization.
 * `registration`: which professional registration number the specialty carries, if any
 * ('health-board': the Health Board's register of healthcare professionals; 'certificate':
 * a professional certificate of the Estonian Qualifications Authority).
 */
const SPECIALTIES: readonly [string, string, string, string, string | null][] = [
  [
    'occupational-therapist',
    'Tegevusterapeut',
    'Occupational therapist',
    'Эрготерапевт',
    'certificate',
  ],
  ['creative-therapist', 'Loovterapeut', 'Creative therapist', 'Арт-терапевт', 'certificate'],
  ['social-worker', 'Sotsiaaltöötaja', 'Social worker', 'Социальный работник', 'certificate'],
  ['psychologist', 'Psühholoog', 'Psychologist', 'Психолог', 'certificate'],
  [
    'clinical-psychologist',
    'Kliiniline psühholoog',
    'Clinical psychologist',
    'Клинический психолог',
    'certificate',
  ],
  ['special-educator', 'Eripedagoog', 'Special educator', 'Специальный педагог', 'certificate'],
  ['speech-therapist', 'Logopeed', 'Speech therapist', 'Логопед', 'certificate'],
  ['physiotherapist', 'Füsioterapeut', 'Physiotherapist', 'Физиотерапевт', 'certificate'],
  ['peer-counsellor', 'Kogemusnõustaja', 'Peer counsellor', 'Консультант по опыту', null],
  ['doctor', 'Arst', 'Doctor', 'Врач', 'health-board'],
  ['psychiatrist', 'Psühhiaater', 'Psychiatrist', 'Психиатр', 'health-board'],
  ['nurse', 'Õde', 'Nurse', 'Медсестра', 'health-board'],
  ['home-nurse', 'Koduõde', 'Home nurse', 'Патронажная медсестра', 'health-board'],
  ['care-worker', 'Hooldustöötaja', 'Care worker', 'Работник по уходу', 'certificate'],
  ['case-manager', 'Juhtumikorraldaja', 'Case manager', 'Куратор случая', null],
  [
    'vocational-counsellor',
    'Karjäärinõustaja',
    'Vocational counsellor',
    'Консультант по карьере',
    'certificate',
  ],
  ['support-person', 'Tugiisik', 'Support person', 'Лицо поддержки', null],
];

/**
 * Org units, unit membership and reach, specialties (issue 6; DOMAIN.md ORG-02..04, USR-03).
 *
 * - `org_unit`: a tree of any depth per organization. A cycle is impossible: the trigger
 *   `org_unit_no_cycle` serialises tree changes per organization (advisory lock) and refuses
 *   a parent that is the unit itself or one of its descendants.
 * - `org_unit_manager`: the unit's responsible people (members of the organization).
 * - `membership_unit`: the units a member works in, with roles held only in that unit
 *   (`roles`), on top of the member's organization-wide roles (`membership.roles`).
 * - `client_unit`, `client_team`: the units a client belongs to, the staff assigned to them.
 * - `reha_reach(permission)`: the units whose clients the current member reaches with a
 *   permission (ARCHITECTURE.md "services check scope"): NULL = the whole organization;
 *   otherwise an array (possibly empty) of unit ids; the member's own assigned clients
 *   (`client_team`) are reached in addition.
 *
 * Every table refers to its neighbours by (organization_id, id), so a row can never point
 * into another organization even though foreign-key checks bypass RLS.
 */
export class OrgUnitsPeople1764300000000 implements MigrationInterface {
  name = 'OrgUnitsPeople1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE client ADD CONSTRAINT client_organization_id_unique UNIQUE (organization_id, id)`,
    );
    // Invitation and deactivation history of a membership; existing members have joined.
    await q.query(`
      ALTER TABLE membership
        ADD COLUMN invited_at timestamptz,
        ADD COLUMN invited_by uuid REFERENCES app_user(id),
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivated_by uuid REFERENCES app_user(id),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE membership SET accepted_at = created_at`);

    await createTenantTable(
      q,
      'org_unit',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid,
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      code text CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
      description text CHECK (length(description) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `CONSTRAINT org_unit_organization_id UNIQUE (organization_id, id),
      CONSTRAINT org_unit_code_unique UNIQUE (organization_id, code),
      CONSTRAINT org_unit_parent FOREIGN KEY (organization_id, parent_id)
        REFERENCES org_unit (organization_id, id),
      CONSTRAINT org_unit_not_own_parent CHECK (parent_id IS DISTINCT FROM id)`,
      },
    );
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (organization_id, parent_id)`);
    await q.query(`
      CREATE UNIQUE INDEX org_unit_sibling_name_unique ON org_unit
        (organization_id, COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid),
         lower(trim(name)))`);
    await q.query(`
      CREATE FUNCTION reha_org_unit_no_cycle() RETURNS trigger
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      BEGIN
        -- One tree change at a time per organization; the check below then reads the
        -- committed tree (a fresh snapshot per statement).
        PERFORM pg_advisory_xact_lock(hashtextextended('org_unit_tree:' || NEW.organization_id, 0));
        IF NEW.parent_id IS NOT NULL AND EXISTS (
          WITH RECURSIVE up(id, parent_id) AS (
            SELECT u.id, u.parent_id FROM org_unit u
             WHERE u.organization_id = NEW.organization_id AND u.id = NEW.parent_id
            UNION
            SELECT u.id, u.parent_id FROM org_unit u JOIN up ON u.id = up.parent_id
             WHERE u.organization_id = NEW.organization_id
          )
          SELECT 1 FROM up WHERE up.id = NEW.id
        ) THEN
          RAISE EXCEPTION 'org unit % cannot move under its own descendant %', NEW.id, NEW.parent_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'org_unit_no_cycle';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER org_unit_no_cycle BEFORE INSERT OR UPDATE OF parent_id ON org_unit
        FOR EACH ROW EXECUTE FUNCTION reha_org_unit_no_cycle()`);

    await createTenantTable(
      q,
      'org_unit_manager',
      `unit_id uuid NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (unit_id, user_id),
      CONSTRAINT org_unit_manager_unit FOREIGN KEY (organization_id, unit_id)
        REFERENCES org_unit (organization_id, id) ON DELETE CASCADE,
      CONSTRAINT org_unit_manager_member FOREIGN KEY (organization_id, user_id)
        REFERENCES membership (organization_id, user_id)`,
      },
    );
    await q.query(`CREATE INDEX org_unit_manager_user_idx ON org_unit_manager (user_id)`);

    await createTenantTable(
      q,
      'membership_unit',
      `user_id uuid NOT NULL,
      unit_id uuid NOT NULL,
      roles text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (unit_id, user_id),
      CONSTRAINT membership_unit_unit FOREIGN KEY (organization_id, unit_id)
        REFERENCES org_unit (organization_id, id),
      CONSTRAINT membership_unit_member FOREIGN KEY (organization_id, user_id)
        REFERENCES membership (organization_id, user_id)`,
      },
    );
    await q.query(
      `CREATE INDEX membership_unit_user_idx ON membership_unit (organization_id, user_id)`,
    );
    // Unit roles are the organization's roles, as on the membership (same check function).
    await q.query(`
      CREATE TRIGGER membership_unit_roles_exist BEFORE INSERT OR UPDATE OF roles, organization_id
        ON membership_unit FOR EACH ROW EXECUTE FUNCTION reha_membership_roles_exist()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION reha_role_in_use() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.key = OLD.key AND NEW.organization_id = OLD.organization_id THEN
          RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM membership m
                    WHERE m.organization_id = OLD.organization_id AND OLD.key = ANY (m.roles))
           OR EXISTS (SELECT 1 FROM membership_unit mu
                    WHERE mu.organization_id = OLD.organization_id AND OLD.key = ANY (mu.roles)) THEN
          RAISE EXCEPTION 'role % is still assigned to members', OLD.key
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);

    await createTenantTable(
      q,
      'client_unit',
      `client_id uuid NOT NULL,
      unit_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (client_id, unit_id),
      CONSTRAINT client_unit_client FOREIGN KEY (organization_id, client_id)
        REFERENCES client (organization_id, id),
      CONSTRAINT client_unit_unit FOREIGN KEY (organization_id, unit_id)
        REFERENCES org_unit (organization_id, id)`,
      },
    );
    await q.query(`CREATE INDEX client_unit_unit_idx ON client_unit (organization_id, unit_id)`);
    await createTenantTable(
      q,
      'client_team',
      `client_id uuid NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (client_id, user_id),
      CONSTRAINT client_team_client FOREIGN KEY (organization_id, client_id)
        REFERENCES client (organization_id, id),
      CONSTRAINT client_team_member FOREIGN KEY (organization_id, user_id)
        REFERENCES membership (organization_id, user_id)`,
      },
    );
    await q.query(`CREATE INDEX client_team_user_idx ON client_team (organization_id, user_id)`);

    await createCentralTable(
      q,
      'specialty',
      `key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{1,62}$'),
      name_et text NOT NULL,
      name_en text NOT NULL,
      name_ru text NOT NULL,
      registration text CHECK (registration IN ('health-board', 'certificate')),
      position integer NOT NULL`,
    );
    for (const [index, [key, et, en, ru, registration]] of SPECIALTIES.entries()) {
      await q.query(
        `INSERT INTO specialty (key, name_et, name_en, name_ru, registration, position)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [key, et, en, ru, registration, (index + 1) * 10],
      );
    }
    await createTenantTable(
      q,
      'member_specialty',
      `user_id uuid NOT NULL,
      specialty_key text NOT NULL REFERENCES specialty (key),
      registration_number text CHECK (registration_number ~ '^[A-Za-z0-9-]{2,30}$'),
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `PRIMARY KEY (organization_id, user_id, specialty_key),
      CONSTRAINT member_specialty_member FOREIGN KEY (organization_id, user_id)
        REFERENCES membership (organization_id, user_id)`,
      },
    );

    // A new staff account for an invitation, or the existing one with that e-mail: app_user
    // is central (one identity across organizations) and request code cannot write it.
    await q.query(`
      CREATE FUNCTION reha_invitee(p_email citext, p_display_name text)
      RETURNS TABLE (user_id uuid, created boolean)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid;
        v_kind text;
      BEGIN
        IF current_setting('app.principal', true) IS DISTINCT FROM 'staff'
           OR NULLIF(current_setting('app.organization_id', true), '') IS NULL THEN
          RAISE EXCEPTION 'reha_invitee is for organization staff' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT u.id, u.kind INTO v_id, v_kind FROM app_user u WHERE u.email = p_email;
        IF v_id IS NOT NULL THEN
          IF v_kind <> 'staff' THEN
            RAISE EXCEPTION 'e-mail belongs to a non-staff account' USING ERRCODE = 'unique_violation',
              CONSTRAINT = 'app_user_email_unique';
          END IF;
          RETURN QUERY SELECT v_id, false;
          RETURN;
        END IF;
        INSERT INTO app_user (email, display_name, kind) VALUES (p_email, p_display_name, 'staff')
          RETURNING id INTO v_id;
        RETURN QUERY SELECT v_id, true;
      END $$`);
    await ownByMaintenance(q, ['reha_org_unit_no_cycle()', 'reha_role_in_use()']);
    await ownByMaintenance(q, ['reha_invitee(citext, text)'], [APP_ROLE]);

    // The units whose clients the current member reaches with `p_permission`.
    await q.query(`
      CREATE FUNCTION reha_reach(p_permission text) RETURNS uuid[]
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
          -- roles held in one unit only
          SELECT mu.unit_id, r.scope
            FROM me, membership_unit mu JOIN role r ON r.key = ANY (mu.roles)
           WHERE mu.user_id = ${CURRENT_USER_ID} AND p_permission = ANY (r.permissions)
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

    // The opening round trip: roles and grants now include the roles held in units.
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
                                'key', r.key, 'permissions', to_jsonb(r.permissions),
                                'scope', r.scope, 'fieldRules', r.field_rules) ORDER BY r.key)
                         FROM role r WHERE r.key = ANY (x.roles)), '[]'::jsonb))
              FROM (
                -- the membership's roles in their order, then those held only in units
                SELECT m.roles || ARRAY(
                         SELECT DISTINCT k FROM membership_unit mu, unnest(mu.roles) AS k
                          WHERE mu.user_id = p_user AND NOT (k = ANY (m.roles)) ORDER BY k) AS roles
                  FROM membership m
                  JOIN organization o ON o.id = m.organization_id AND o.status = 'active'
                 WHERE m.user_id = p_user AND m.active
              ) x);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION reha_reach(text)`);
    await q.query(`DROP FUNCTION reha_invitee(citext, text)`);
    await q.query(`DROP TABLE member_specialty`);
    await q.query(`DROP TABLE specialty`);
    await q.query(`DROP TABLE client_team`);
    await q.query(`DROP TABLE client_unit`);
    await q.query(`DROP TABLE membership_unit`);
    await q.query(`DROP TABLE org_unit_manager`);
    await q.query(`DROP TABLE org_unit`);
    await q.query(`DROP FUNCTION reha_org_unit_no_cycle()`);
    await q.query(`
      ALTER TABLE membership DROP COLUMN invited_at, DROP COLUMN invited_by,
        DROP COLUMN accepted_at, DROP COLUMN deactivated_at, DROP COLUMN deactivated_by,
        DROP COLUMN updated_at`);
    await q.query(`ALTER TABLE client DROP CONSTRAINT client_organization_id_unique`);
  }
}
