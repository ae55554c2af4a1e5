import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  SEED_FUNDERS,
  SEED_STATE_SERVICES,
  SEED_VALID_FROM,
  SEED_VAT_RATES,
  TARIFF_2023_FROM,
  tariffFormOf,
} from '../src/modules/services/state-catalog.data';
import { APP_ROLE, ownByMaintenance } from './helpers/tenancy';

const PUBLIC_SERVICES_FN = 'public_services(uuid)';

/**
 * The central catalog's starting data (state-catalog.data.ts: funders, SKA codes with their
 * forms, the 2023 state tariffs, VAT rates), and `public_services(organization)`: the public
 * portal's read of an organization's public services. An anonymous request has no
 * organization context, so RLS would show it nothing; this narrow SECURITY DEFINER function
 * returns only the public fields of services marked public, active today, of an active
 * organization.
 */
export class CatalogSeed1764400000001 implements MigrationInterface {
  name = 'CatalogSeed1764400000001';

  async up(q: QueryRunner): Promise<void> {
    for (const f of SEED_FUNDERS) {
      await q.query(
        `INSERT INTO funder (code, kind, name_et, name_en, registry_code, municipality_code, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [f.code, f.kind, f.nameEt, f.nameEn, f.registryCode, f.municipalityCode, f.position],
      );
    }
    for (const s of SEED_STATE_SERVICES) {
      await q.query(
        `INSERT INTO state_service (code, funder_id, name_et, name_en, unit, professions, invoiced, valid)
         SELECT $1, id, $2, $3, $4, $5, $6, daterange($7, NULL) FROM funder WHERE code = 'SKA'`,
        [s.code, s.nameEt, s.nameEn, s.unit, s.professions, s.invoiced, SEED_VALID_FROM],
      );
      for (const f of s.forms) {
        await q.query(
          `INSERT INTO state_service_form (code, form, valid) VALUES ($1, $2, daterange($3, $4))`,
          [s.code, f.form, f.validFrom, f.validTo],
        );
      }
      const { form, groupSize } = tariffFormOf(s);
      await q.query(
        `INSERT INTO state_tariff (code, form, group_size, price_cents, valid, note)
         VALUES ($1, $2, $3::int4range, $4, daterange($5, NULL), $6)`,
        [
          s.code,
          form,
          groupSize,
          s.priceCents2023,
          TARIFF_2023_FROM,
          'SKA 2023 (määrus nr 66 lisa 1)',
        ],
      );
    }
    for (const v of SEED_VAT_RATES) {
      await q.query(
        `INSERT INTO vat_rate (category, rate_basis_points, valid) VALUES ($1, $2, daterange($3, $4))`,
        [v.category, v.rateBasisPoints, v.validFrom, v.validTo],
      );
    }

    await q.query(`
      CREATE FUNCTION public_services(p_organization uuid)
      RETURNS TABLE (id uuid, name text, public_description text, duration_minutes integer,
                     forms text[], state_code text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT s.id, s.name, s.public_description, s.duration_minutes, s.forms, s.state_code
          FROM provider_service s
          JOIN organization o ON o.id = s.organization_id
         WHERE s.organization_id = p_organization
           AND o.status = 'active'
           AND s.public
           AND s.valid @> (now() AT TIME ZONE 'Europe/Tallinn')::date
         ORDER BY s.name, s.id
      $$`);
    await ownByMaintenance(q, [PUBLIC_SERVICES_FN], [APP_ROLE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${PUBLIC_SERVICES_FN}`);
    for (const table of [
      'vat_rate',
      'state_tariff',
      'state_service_form',
      'state_service',
      'funder',
    ])
      await q.query(`DELETE FROM ${table}`);
  }
}
