import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client as Pg } from 'pg';
import { migrate } from '../cli/migrate';
import { lookUpPrice } from '../modules/pricing/pricing.service';
import type { Benchmark } from './benchmarks';

/**
 * What the one price function costs: 10,000 random (service, funder, date) resolutions through
 * `lookUpPrice` (the body of PricingService.priceFor, one SQL round trip) over five years of
 * price history, against a plain single-row SELECT by primary key on the same table, both as
 * reha_app under RLS in one transaction on one connection (as booking or invoicing runs it).
 * History: 50 services × 3 funders, versions monthly (one funder) or quarterly (two), 2021–2025.
 * Uses a fresh database on the local server (or BENCH_DATABASE_URL's server), dropped after.
 */

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 10_000);
const WARMUP = 500;
const SERVICES = 50;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const DAYS = 5 * 365;

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stdout.write(`price-lookup: ${line}\n`);

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(text: string): Promise<void> {
  const client = new Pg({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Five years of price history, written as the superuser. */
async function seed(db: Pg): Promise<{ org: string; services: string[]; funders: string[] }> {
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const [{ id: org }] = (
    await db.query(
      `INSERT INTO organization (name, registry_code) VALUES ('Bench Hinnad OÜ', $1) RETURNING id`,
      [String(10000000 + Math.floor(Math.random() * 89999999))],
    )
  ).rows as [{ id: string }];
  const funders = (
    await db.query(
      `INSERT INTO funder (code, kind, name_et, name_en)
       SELECT 'BENCH' || n || '-' || $1, 'other', 'Bench ' || n, 'Bench ' || n
       FROM generate_series(1, 3) n RETURNING id`,
      [suffix],
    )
  ).rows.map((r: { id: string }) => r.id);
  const services = (
    await db.query(
      `INSERT INTO provider_service (organization_id, name, forms, valid)
       SELECT $1, 'Teenus ' || n, ARRAY['individual'], '[2020-01-01,)'
       FROM generate_series(1, ${SERVICES}) n RETURNING id`,
      [org],
    )
  ).rows.map((r: { id: string }) => r.id);
  for (const [i, funderId] of funders.entries()) {
    const [{ id: list }] = (
      await db.query(
        `INSERT INTO price_list (organization_id, funder_id, name) VALUES ($1, $2, $3) RETURNING id`,
        [org, funderId, `Hinnakiri ${i + 1}`],
      )
    ).rows as [{ id: string }];
    const months = i === 0 ? 1 : 3;
    // Consecutive versions [start, next start); the last one is open-ended.
    await db.query(
      `INSERT INTO price_list_row (organization_id, price_list_id, service_id, form, price_cents, valid)
       SELECT $1, $2, s, 'individual', 1000 + (random() * 5000)::int,
              daterange(d::date, CASE WHEN d + $3::interval > '2025-12-31' THEN NULL
                                      ELSE (d + $3::interval)::date END)
       FROM unnest($4::uuid[]) s, generate_series('2021-01-01'::date, '2025-12-31', $3::interval) d`,
      [org, list, `${months} months`, services],
    );
  }
  await db.query(`ANALYZE`);
  return { org, services, funders };
}

function randomDate(): string {
  return new Date(FIRST_DAY + Math.floor(Math.random() * DAYS) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

async function timed(label: string, n: number, step: (i: number) => Promise<void>) {
  for (let i = 0; i < WARMUP; i++) await step(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    await step(i);
    if ((i + 1) % 2500 === 0) log(`${label}: ${i + 1}/${n}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: n / seconds, meanMs: (seconds * 1000) / n };
}

export const priceLookup: Benchmark = {
  description:
    'priceFor resolutions/s over 5 years of price history vs a plain primary-key SELECT (ratio lookup/plain)',
  async run() {
    const name = `reha_bench_${randomBytes(5).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = withDatabase(ADMIN_URL, name);
    const db = new Pg({ connectionString: url });
    try {
      log('migrating a throwaway database');
      await migrate(url);
      await db.connect();
      const { org, services, funders } = await seed(db);
      const { rows: ids } = await db.query<{ id: string }>(`SELECT id FROM price_list_row`);
      log(`seeded ${ids.length} price versions (${SERVICES} services × ${funders.length} funders)`);

      await db.query('BEGIN');
      await db.query(`SET LOCAL ROLE reha_app`);
      await db.query(`SELECT set_config('app.organization_id', $1, true)`, [org]);
      const query = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;

      let checksum = 0;
      const lookup = await timed('lookups', LOOKUPS, async () => {
        const quote = await lookUpPrice(query, {
          serviceId: services[Math.floor(Math.random() * services.length)]!,
          funderId: funders[Math.floor(Math.random() * funders.length)]!,
          date: randomDate(),
          form: 'individual',
          groupSize: 1,
        });
        checksum += quote.priceCents;
      });
      const plain = await timed('plain selects', LOOKUPS, async () => {
        const id = ids[Math.floor(Math.random() * ids.length)]!.id;
        const { rows } = await db.query(
          `SELECT id, price_cents, vat_category, lower(valid)::text AS valid_from
           FROM price_list_row WHERE id = $1`,
          [id],
        );
        if (rows.length !== 1) throw new Error('price-lookup: a plain select found no row');
      });
      await db.query('ROLLBACK');
      if (checksum <= 0) throw new Error('price-lookup: lookups returned no prices');

      const ratio = round(lookup.perSecond / plain.perSecond, 3);
      log(
        `lookups ${round(lookup.perSecond)}/s (${round(lookup.meanMs, 3)} ms), plain ${round(plain.perSecond)}/s (${round(plain.meanMs, 3)} ms)`,
      );
      return {
        name: 'price-lookup',
        value: ratio,
        unit: 'ratio (priceFor lookups per second / plain primary-key selects per second)',
        lookupsPerSecond: round(lookup.perSecond),
        plainSelectsPerSecond: round(plain.perSecond),
        ratio,
        lookupMeanMs: round(lookup.meanMs, 3),
        plainMeanMs: round(plain.meanMs, 3),
        lookups: LOOKUPS,
        priceVersions: ids.length,
      };
    } finally {
      await db.end().catch(() => undefined);
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  },
};
