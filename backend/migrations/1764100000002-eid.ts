import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, MAINTENANCE_ROLE } from './helpers/tenancy';

const CURRENT_USER_ID = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

const FUNCTIONS = [
  'reha_eid_staff_login(bytea, text, inet)',
  'reha_eid_person_login(bytea, text, inet)',
  'reha_eid_link_staff(bytea)',
];

/**
 * eID login (ARCHITECTURE.md "Identity"): a staff member's linked isikukood, as a blind index
 * (HMAC, domain `staff:isikukood`) unique across the platform, and the three audited
 * SECURITY DEFINER functions eID login needs before anyone is known — the only way request code
 * (reha_app) finds a staff member or a person by an isikukood index, or changes a staff member's
 * link. Each returns ids only.
 *
 * The code itself (encrypted, to show a staff member which code is linked) is not stored yet:
 * it waits for a purpose of its own under the platform credentials key.
 */
export class Eid1764100000002 implements MigrationInterface {
  name = 'Eid1764100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN isikukood_index bytea`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_isikukood_index_unique UNIQUE (isikukood_index)`,
    );

    // A staff member by their linked isikukood, with the login's audit event (a denial when
    // nobody has linked the code). NULL when there is none.
    await q.query(`
      CREATE FUNCTION reha_eid_staff_login(p_isikukood_index bytea, p_request_id text, p_ip inet)
      RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid;
      BEGIN
        SELECT u.id INTO v_id FROM app_user u WHERE u.isikukood_index = p_isikukood_index;
        INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id, action,
                                 entity_type, entity_id, result, error_code, request_id, ip)
        VALUES (NULL, clock_timestamp(), CASE WHEN v_id IS NULL THEN 'anonymous' ELSE 'staff' END,
                v_id, 'login.eid', 'app_user', v_id::text,
                CASE WHEN v_id IS NULL THEN 'denied' ELSE 'ok' END,
                CASE WHEN v_id IS NULL THEN 'EID_NOT_LINKED' END, p_request_id, p_ip);
        RETURN v_id;
      END $$`);

    // The person behind a verified isikukood (found or created, as reha_ensure_person), with
    // the login's audit event.
    await q.query(`
      CREATE FUNCTION reha_eid_person_login(p_isikukood_index bytea, p_request_id text, p_ip inet)
      RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_id uuid := reha_ensure_person(p_isikukood_index);
      BEGIN
        INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id, action,
                                 entity_type, entity_id, result, request_id, ip)
        VALUES (NULL, clock_timestamp(), 'person', v_id, 'login.eid', 'person', v_id::text, 'ok',
                p_request_id, p_ip);
        RETURN v_id;
      END $$`);

    // Links the verified isikukood to the signed-in staff member of the transaction (never to
    // anyone else). False when another user has already linked it. Audited by the caller.
    await q.query(`
      CREATE FUNCTION reha_eid_link_staff(p_isikukood_index bytea)
      RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_user uuid := ${CURRENT_USER_ID};
        v_count integer;
      BEGIN
        IF v_user IS NULL OR current_setting('app.principal', true) IS DISTINCT FROM 'staff' THEN
          RAISE EXCEPTION 'only a signed-in staff member may link their own isikukood'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        BEGIN
          UPDATE app_user SET isikukood_index = p_isikukood_index WHERE id = v_user;
          GET DIAGNOSTICS v_count = ROW_COUNT;
        EXCEPTION WHEN unique_violation THEN
          RETURN false;
        END;
        RETURN v_count = 1;
      END $$`);

    // A new owner needs CREATE on the schema at the moment of the change; it keeps none.
    await q.query(`GRANT CREATE ON SCHEMA public TO ${MAINTENANCE_ROLE}`);
    for (const fn of FUNCTIONS) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO ${MAINTENANCE_ROLE}`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM ${MAINTENANCE_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await q.query(`DROP FUNCTION ${fn}`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_isikukood_index_unique`);
    await q.query(`ALTER TABLE app_user DROP COLUMN isikukood_index`);
  }
}
