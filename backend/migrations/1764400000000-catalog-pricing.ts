import { MigrationInterface, QueryRunner } from 'typeorm';
import { createCentralTable, createTenantTable } from './helpers/tenancy';

/** Amounts are integer cents (ARCHITECTURE.md "Money"): positive, at most 100 000 €. */
const CENTS = `integer NOT NULL CHECK (price_cents > 0 AND price_cents <= 10000000)`;
const FORM = `text NOT NULL CHECK (form IN ('individual', 'family', 'group'))`;
/** A validity period: [from, to) of calendar dates; an open end is "until further notice". */
const VALID = `valid daterange NOT NULL CHECK (NOT isempty(valid) AND lower_inf(valid) IS FALSE)`;
/** Group size bounds, [min, max]; an individual price is [1,1]. */
const GROUP_SIZE = `group_size int4range NOT NULL DEFAULT '[1,1]'
        CHECK (NOT isempty(group_size) AND lower(group_size) >= 1 AND upper(group_size) <= 101)`;

/**
 * Services catalog, funders and time-varying prices (issue 7; DOMAIN.md §4.5, TARIFFS.md).
 *
 * Central (no organization_id; the platform operator maintains them on the maintenance path,
 * request code reads them): `funder`, `state_service` (state service codes, one row per code
 * and validity period), `state_service_form` (which delivery forms a code allows, and when: the
 * family form ended on 2018-08-01), `state_tariff` (the state price per code, form and group
 * size, by validity), `vat_rate` (VAT rate per category by supply date).
 *
 * Tenant: `provider_service` (an organization's own service on top of a state code, or a
 * private one), `service_package` + items, `price_list` (one per funder per organization) and
 * `price_list_row`, `capitation_rate` (pearaha, monthly per client), `specialist` (+ services,
 * units), `room` (+ services).
 *
 * Overlapping validity for the same key is impossible: exclusion constraints over the key with
 * `=` and the validity `daterange` with `&&` (btree_gist). No key column is nullable.
 */
export class CatalogPricing1764400000000 implements MigrationInterface {
  name = 'CatalogPricing1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await createCentralTable(
      q,
      'funder',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9-]{1,31}$'),
      kind text NOT NULL CHECK (kind IN ('ska', 'tk', 'hk', 'kov', 'client', 'other')),
      name_et text NOT NULL CHECK (length(trim(name_et)) > 0),
      name_en text NOT NULL CHECK (length(trim(name_en)) > 0),
      registry_code text CHECK (registry_code ~ '^[0-9]{8}$'),
      municipality_code text CHECK (municipality_code ~ '^[0-9]{4}$'),
      einvoice_address text,
      annex_format text,
      active boolean NOT NULL DEFAULT true,
      position integer NOT NULL DEFAULT 1000,
      CONSTRAINT funder_kov_municipality CHECK ((kind = 'kov') = (municipality_code IS NOT NULL))`,
    );

    await createCentralTable(
      q,
      'state_service',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL CHECK (code ~ '^[0-9A-Z]{2,10}$'),
      funder_id uuid NOT NULL REFERENCES funder(id),
      name_et text NOT NULL CHECK (length(trim(name_et)) > 0),
      name_en text NOT NULL CHECK (length(trim(name_en)) > 0),
      unit text NOT NULL CHECK (unit IN ('hour', 'session', 'day', 'km', 'month')),
      professions text[] NOT NULL DEFAULT '{}',
      invoiced boolean NOT NULL DEFAULT true,
      ${VALID},
      CONSTRAINT state_service_no_overlap EXCLUDE USING gist (code WITH =, valid WITH &&)`,
    );
    await createCentralTable(
      q,
      'state_service_form',
      `code text NOT NULL CHECK (code ~ '^[0-9A-Z]{2,10}$'),
      form ${FORM},
      ${VALID},
      CONSTRAINT state_service_form_no_overlap
        EXCLUDE USING gist (code WITH =, form WITH =, valid WITH &&)`,
    );
    await createCentralTable(
      q,
      'state_tariff',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL CHECK (code ~ '^[0-9A-Z]{2,10}$'),
      form ${FORM},
      ${GROUP_SIZE},
      price_cents ${CENTS},
      ${VALID},
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT state_tariff_no_overlap EXCLUDE USING gist
        (code WITH =, form WITH =, group_size WITH &&, valid WITH &&)`,
    );
    await createCentralTable(
      q,
      'vat_rate',
      `category text NOT NULL CHECK (category IN ('standard', 'reduced', 'exempt')),
      rate_basis_points integer NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 10000),
      ${VALID},
      CONSTRAINT vat_rate_no_overlap EXCLUDE USING gist (category WITH =, valid WITH &&)`,
    );

    await createTenantTable(
      q,
      'provider_service',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      state_code text CHECK (state_code ~ '^[0-9A-Z]{2,10}$'),
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      public_description text CHECK (length(public_description) <= 4000),
      duration_minutes integer CHECK (duration_minutes BETWEEN 5 AND 1440),
      forms text[] NOT NULL CHECK (cardinality(forms) > 0
        AND forms <@ ARRAY['individual', 'family', 'group']::text[]),
      group_min integer CHECK (group_min BETWEEN 1 AND 100),
      group_max integer CHECK (group_max BETWEEN 1 AND 100),
      professions text[] NOT NULL DEFAULT '{}',
      dataset_template text,
      public boolean NOT NULL DEFAULT false,
      ${VALID},
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `CONSTRAINT provider_service_organization_id UNIQUE (organization_id, id),
      CONSTRAINT provider_service_group_bounds CHECK (group_min IS NULL OR group_max IS NULL OR group_min <= group_max)`,
      },
    );
    await createTenantTable(
      q,
      'service_package',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      description text CHECK (length(description) <= 4000),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()`,
      { constraints: `CONSTRAINT service_package_organization_id UNIQUE (organization_id, id)` },
    );
    await createTenantTable(
      q,
      'service_package_item',
      `package_id uuid NOT NULL,
      service_id uuid NOT NULL,
      quantity numeric(10, 2) NOT NULL CHECK (quantity > 0 AND quantity <= 10000)`,
      {
        constraints: `PRIMARY KEY (package_id, service_id),
      FOREIGN KEY (organization_id, package_id) REFERENCES service_package (organization_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organization_id, service_id) REFERENCES provider_service (organization_id, id)`,
      },
    );

    await createTenantTable(
      q,
      'price_list',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      funder_id uuid NOT NULL REFERENCES funder(id),
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `CONSTRAINT price_list_organization_id UNIQUE (organization_id, id),
      CONSTRAINT price_list_one_per_funder UNIQUE (organization_id, funder_id)`,
      },
    );
    await createTenantTable(
      q,
      'price_list_row',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      price_list_id uuid NOT NULL,
      service_id uuid NOT NULL,
      form ${FORM},
      ${GROUP_SIZE},
      price_cents ${CENTS},
      vat_category text NOT NULL DEFAULT 'exempt'
        CHECK (vat_category IN ('standard', 'reduced', 'exempt')),
      ${VALID},
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `FOREIGN KEY (organization_id, price_list_id) REFERENCES price_list (organization_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organization_id, service_id) REFERENCES provider_service (organization_id, id),
      CONSTRAINT price_list_row_no_overlap EXCLUDE USING gist
        (price_list_id WITH =, service_id WITH =, form WITH =, group_size WITH &&, valid WITH &&)`,
      },
    );
    await q.query(
      `CREATE INDEX price_list_row_lookup_idx ON price_list_row USING gist (service_id, valid)`,
    );
    await createTenantTable(
      q,
      'capitation_rate',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL,
      funder_id uuid NOT NULL REFERENCES funder(id),
      price_cents ${CENTS},
      ${VALID},
      created_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `FOREIGN KEY (organization_id, service_id) REFERENCES provider_service (organization_id, id),
      CONSTRAINT capitation_rate_no_overlap EXCLUDE USING gist
        (organization_id WITH =, service_id WITH =, funder_id WITH =, valid WITH &&)`,
      },
    );

    await createTenantTable(
      q,
      'specialist',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid,
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      email citext,
      phone text,
      external boolean NOT NULL DEFAULT false,
      professions text[] NOT NULL DEFAULT '{}',
      qualifications text CHECK (length(qualifications) <= 4000),
      cost_per_hour_cents integer CHECK (cost_per_hour_cents >= 0 AND cost_per_hour_cents <= 10000000),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `CONSTRAINT specialist_organization_id UNIQUE (organization_id, id),
      CONSTRAINT specialist_member FOREIGN KEY (organization_id, user_id) REFERENCES membership (organization_id, user_id),
      CONSTRAINT specialist_one_per_member UNIQUE (organization_id, user_id),
      CONSTRAINT specialist_staff_or_external CHECK (external = (user_id IS NULL))`,
      },
    );
    await createTenantTable(
      q,
      'specialist_service',
      `specialist_id uuid NOT NULL,
      service_id uuid NOT NULL,
      cost_cents integer CHECK (cost_cents >= 0 AND cost_cents <= 10000000)`,
      {
        constraints: `PRIMARY KEY (specialist_id, service_id),
      FOREIGN KEY (organization_id, specialist_id) REFERENCES specialist (organization_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organization_id, service_id) REFERENCES provider_service (organization_id, id)`,
      },
    );
    await createTenantTable(
      q,
      'specialist_unit',
      `specialist_id uuid NOT NULL,
      unit_id uuid NOT NULL`,
      {
        constraints: `PRIMARY KEY (specialist_id, unit_id),
      FOREIGN KEY (organization_id, specialist_id) REFERENCES specialist (organization_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organization_id, unit_id) REFERENCES org_unit (organization_id, id)`,
      },
    );
    await createTenantTable(
      q,
      'room',
      `id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      unit_id uuid,
      address text,
      capacity integer NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 1000),
      equipment text CHECK (length(equipment) <= 4000),
      accessibility text CHECK (length(accessibility) <= 4000),
      cost_per_hour_cents integer CHECK (cost_per_hour_cents >= 0 AND cost_per_hour_cents <= 10000000),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()`,
      {
        constraints: `CONSTRAINT room_organization_id UNIQUE (organization_id, id),
      CONSTRAINT room_unit FOREIGN KEY (organization_id, unit_id) REFERENCES org_unit (organization_id, id)`,
      },
    );
    await createTenantTable(
      q,
      'room_service',
      `room_id uuid NOT NULL,
      service_id uuid NOT NULL`,
      {
        constraints: `PRIMARY KEY (room_id, service_id),
      FOREIGN KEY (organization_id, room_id) REFERENCES room (organization_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organization_id, service_id) REFERENCES provider_service (organization_id, id)`,
      },
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'room_service',
      'room',
      'specialist_unit',
      'specialist_service',
      'specialist',
      'capitation_rate',
      'price_list_row',
      'price_list',
      'service_package_item',
      'service_package',
      'provider_service',
      'vat_rate',
      'state_tariff',
      'state_service_form',
      'state_service',
      'funder',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
