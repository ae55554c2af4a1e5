import { Injectable } from '@nestjs/common';
import { ErrorCode, formatDateEt, tallinnDateOf } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { AppError } from '../../core/errors/app-error';
import { Db } from '../../core/tenancy/db';
import { requireScope } from '../../core/tenancy/scope';
import { TenantTransactions } from '../../core/tenancy/tenant-transactions';
import { Funder, StateService, StateServiceForm, StateTariff, VatRate } from './dto/catalog.types';
import {
  FundersArgs,
  ScheduleStateTariffInput,
  ScheduleVatRateInput,
  SetStateServiceFormInput,
  UpsertFunderInput,
  UpsertStateServiceInput,
} from './dto/catalog.inputs';
import { overlapError, splitIntRange, splitRange } from './validity';

interface FunderRow {
  id: string;
  code: string;
  kind: string;
  name_et: string;
  name_en: string;
  registry_code: string | null;
  municipality_code: string | null;
  einvoice_address: string | null;
  annex_format: string | null;
  active: boolean;
  position: number;
}

interface TariffRow {
  id: string;
  code: string;
  form: string;
  group_size: string;
  price_cents: number;
  valid: string;
  note: string | null;
}

interface StateServiceRow {
  id: string;
  code: string;
  funder_id: string;
  funder_code: string;
  name_et: string;
  name_en: string;
  unit: string;
  professions: string[];
  invoiced: boolean;
  valid: string;
  forms: Array<{ form: string; valid: string }>;
  tariffs: TariffRow[];
}

const TARIFF_COLUMNS = `id, code, form, group_size::text AS group_size, price_cents, valid::text AS valid, note`;

/** State services valid on $1, with the forms and tariff rows valid on that date. */
const SELECT_STATE_SERVICES = `
  SELECT s.id, s.code, s.funder_id, f.code AS funder_code, s.name_et, s.name_en, s.unit,
         s.professions, s.invoiced, s.valid::text AS valid,
         COALESCE((SELECT json_agg(json_build_object('form', sf.form, 'valid', sf.valid::text)
                                   ORDER BY sf.form)
                     FROM state_service_form sf
                    WHERE sf.code = s.code AND sf.valid @> $1::date), '[]') AS forms,
         COALESCE((SELECT json_agg(t ORDER BY t.form, t.group_size)
                     FROM (SELECT ${TARIFF_COLUMNS} FROM state_tariff
                            WHERE code = s.code AND valid @> $1::date) t), '[]') AS tariffs
    FROM state_service s JOIN funder f ON f.id = s.funder_id
   WHERE s.valid @> $1::date`;

/**
 * The central catalog: funders, state service codes with their forms, state tariffs and VAT
 * rates. Anyone on staff reads them in the request's own transaction (reha_app may SELECT
 * central tables); the platform operator's changes run in a transaction of their own as
 * reha_maintenance, are audited, and add versions from a date instead of editing history:
 * the open version ends the day before the new one starts.
 */
@Injectable()
export class StateCatalogService {
  constructor(
    private readonly db: Db,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Today in Tallinn, the default date for "which version applies". */
  today(): string {
    return tallinnDateOf(this.clock.now());
  }

  async funders(filter: FundersArgs = {}): Promise<Funder[]> {
    const rows = await this.db.query<FunderRow[]>(
      `SELECT * FROM funder
        WHERE ($1::text IS NULL OR kind = $1) AND ($2::boolean IS NULL OR active = $2)
        ORDER BY position, code`,
      [filter.kind ?? null, filter.active ?? null],
    );
    return rows.map(toFunder);
  }

  async stateServices(onDate?: string | null): Promise<StateService[]> {
    const rows = await this.db.query<StateServiceRow[]>(
      `${SELECT_STATE_SERVICES} ORDER BY s.code`,
      [onDate ?? this.today()],
    );
    return rows.map(toStateService);
  }

  /** The version of `code` valid on the date; VERSION_MISSING when none is. */
  async stateService(code: string, onDate?: string | null): Promise<StateService> {
    const date = onDate ?? this.today();
    const [row] = await this.db.query<StateServiceRow[]>(
      `${SELECT_STATE_SERVICES} AND s.code = $2`,
      [date, code],
    );
    if (!row) {
      const known = await this.db.query<unknown[]>(`SELECT 1 FROM state_service WHERE code = $1`, [
        code,
      ]);
      if (!known.length) throw new AppError(ErrorCode.NOT_FOUND);
      throw new AppError(ErrorCode.VERSION_MISSING, { item: code, date: formatDateEt(date) });
    }
    return toStateService(row);
  }

  /** Every tariff version of a code, oldest first: the price history. */
  async tariffHistory(code: string): Promise<StateTariff[]> {
    const rows = await this.db.query<TariffRow[]>(
      `SELECT ${TARIFF_COLUMNS} FROM state_tariff WHERE code = $1
        ORDER BY form, group_size, lower(valid)`,
      [code],
    );
    return rows.map(toTariff);
  }

  async vatRates(): Promise<VatRate[]> {
    const rows = await this.db.query<
      Array<{ category: string; rate_basis_points: number; valid: string }>
    >(
      `SELECT category, rate_basis_points, valid::text AS valid FROM vat_rate
        ORDER BY category, lower(valid)`,
    );
    return rows.map((r) => ({
      category: r.category,
      rateBasisPoints: r.rate_basis_points,
      ...splitRange(r.valid),
    }));
  }

  upsertFunder(input: UpsertFunderInput): Promise<Funder> {
    const municipality = input.municipalityCode ?? null;
    if (input.kind === 'kov' && !municipality)
      throw AppError.badInput([{ field: 'input.municipalityCode', key: 'REQUIRED' }]);
    if (input.kind !== 'kov' && municipality)
      throw AppError.badInput([{ field: 'input.municipalityCode', key: 'INVALID_VALUE' }]);
    return this.maintenance(async () => {
      const [row] = await this.db.query<Array<FunderRow & { inserted: boolean }>>(
        `INSERT INTO funder (code, kind, name_et, name_en, registry_code, municipality_code,
                             einvoice_address, annex_format, active, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9, true), COALESCE($10, 1000))
         ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name_et = EXCLUDED.name_et,
           name_en = EXCLUDED.name_en, registry_code = EXCLUDED.registry_code,
           municipality_code = EXCLUDED.municipality_code,
           einvoice_address = EXCLUDED.einvoice_address, annex_format = EXCLUDED.annex_format,
           active = EXCLUDED.active, position = EXCLUDED.position
         RETURNING *, (xmax = 0) AS inserted`,
        [
          input.code,
          input.kind,
          input.nameEt.trim(),
          input.nameEn.trim(),
          input.registryCode?.trim() || null,
          municipality,
          input.einvoiceAddress?.trim() || null,
          input.annexFormat?.trim() || null,
          input.active ?? null,
          input.position ?? null,
        ],
      );
      this.audit.record({
        action: row.inserted ? 'create' : 'update',
        entityType: 'funder',
        entityId: row.id,
        fields: Object.keys(input),
      });
      return toFunder(row);
    });
  }

  upsertStateService(input: UpsertStateServiceInput): Promise<StateService> {
    return this.maintenance(async () => {
      const [funder] = await this.db.query<Array<{ id: string }>>(
        `SELECT id FROM funder WHERE code = $1`,
        [input.funderCode],
      );
      if (!funder)
        throw AppError.badInput([{ field: 'input.funderCode', key: 'UNKNOWN_REFERENCE' }]);
      await this.requireProfessions(input.professions, 'input.professions');
      const values = [
        input.code,
        funder.id,
        input.nameEt.trim(),
        input.nameEn.trim(),
        input.unit,
        input.professions,
        input.invoiced,
        input.validFrom,
      ];
      const [same] = await this.db.query<Array<{ id: string }>>(
        `UPDATE state_service SET funder_id = $2, name_et = $3, name_en = $4, unit = $5,
                professions = $6, invoiced = $7
          WHERE code = $1 AND lower(valid) = $8::date RETURNING id`,
        values,
      );
      let id = same?.id;
      if (!id) {
        await this.endOpenVersion('state_service', 'code = $1', [input.code], input.validFrom);
        [{ id }] = await this.insert<{ id: string }>(
          `INSERT INTO state_service (code, funder_id, name_et, name_en, unit, professions, invoiced, valid)
           VALUES ($1, $2, $3, $4, $5, $6, $7, daterange($8, NULL)) RETURNING id`,
          values,
          'input.validFrom',
        );
      }
      this.audit.record({
        action: same ? 'update' : 'create',
        entityType: 'state_service',
        entityId: id,
        fields: ['name_et', 'name_en', 'unit', 'professions', 'invoiced', 'valid'],
      });
      return this.stateService(input.code, input.validFrom);
    });
  }

  setStateServiceForm(input: SetStateServiceFormInput): Promise<StateServiceForm[]> {
    const validTo = input.validTo ?? null;
    if (validTo && validTo <= input.validFrom)
      throw AppError.badInput([{ field: 'input.validTo', key: 'INVALID_DATE' }]);
    return this.maintenance(async () => {
      await this.requireCode(input.code);
      const params = [input.code, input.form, input.validFrom, validTo];
      const replaced = await this.insert<unknown>(
        `UPDATE state_service_form SET valid = daterange($3, $4)
          WHERE code = $1 AND form = $2 AND lower(valid) = $3::date RETURNING 1`,
        params,
        'input.validTo',
      );
      if (!replaced.length)
        await this.insert(
          `INSERT INTO state_service_form (code, form, valid) VALUES ($1, $2, daterange($3, $4))`,
          params,
          'input.validFrom',
        );
      this.audit.record({
        action: replaced.length ? 'update' : 'create',
        entityType: 'state_service_form',
        entityId: `${input.code}/${input.form}`,
        fields: ['valid'],
      });
      const rows = await this.db.query<Array<{ form: string; valid: string }>>(
        `SELECT form, valid::text AS valid FROM state_service_form WHERE code = $1
          ORDER BY form, lower(valid)`,
        [input.code],
      );
      return rows.map((r) => ({ form: r.form, ...splitRange(r.valid) }));
    });
  }

  scheduleStateTariff(input: ScheduleStateTariffInput): Promise<StateTariff[]> {
    if (input.groupSizeMin > input.groupSizeMax)
      throw AppError.badInput([
        {
          field: 'input.groupSizeMax',
          key: 'GROUP_SIZE_OUT_OF_BOUNDS',
          params: { min: input.groupSizeMin, max: 100 },
        },
      ]);
    return this.maintenance(async () => {
      await this.requireCode(input.code);
      const key = [input.code, input.form, input.groupSizeMin, input.groupSizeMax];
      await this.endOpenVersion(
        'state_tariff',
        `code = $1 AND form = $2 AND group_size = int4range($3, $4, '[]')`,
        key,
        input.validFrom,
      );
      const [{ id }] = await this.insert<{ id: string }>(
        `INSERT INTO state_tariff (code, form, group_size, price_cents, valid, note)
         VALUES ($1, $2, int4range($3, $4, '[]'), $5, daterange($6, NULL), $7) RETURNING id`,
        [...key, input.priceCents, input.validFrom, input.note?.trim() || null],
        'input.validFrom',
      );
      this.audit.record({
        action: 'create',
        entityType: 'state_tariff',
        entityId: id,
        fields: ['price_cents', 'valid'],
      });
      return this.tariffHistory(input.code);
    });
  }

  scheduleVatRate(input: ScheduleVatRateInput): Promise<VatRate[]> {
    return this.maintenance(async () => {
      await this.endOpenVersion('vat_rate', 'category = $1', [input.category], input.validFrom);
      await this.insert(
        `INSERT INTO vat_rate (category, rate_basis_points, valid) VALUES ($1, $2, daterange($3, NULL))`,
        [input.category, input.rateBasisPoints, input.validFrom],
        'input.validFrom',
      );
      this.audit.record({
        action: 'create',
        entityType: 'vat_rate',
        entityId: input.category,
        fields: ['rate_basis_points', 'valid'],
      });
      return this.vatRates();
    });
  }

  /** The operator's writes: a transaction of its own as reha_maintenance (central tables). */
  private maintenance<T>(fn: () => Promise<T>): Promise<T> {
    const scope = requireScope('state catalog');
    return this.transactions.run(scope.principal, fn, {
      role: 'reha_maintenance',
      requestId: scope.requestId,
    });
  }

  /**
   * "A scheduled change is entered in advance and applies from its date": the open version
   * that started before `from` now ends the day before it. A version that already ends, or
   * starts later, is left alone, so the insert that follows fails with OVERLAPPING_VALIDITY.
   */
  private async endOpenVersion(
    table: 'state_service' | 'state_tariff' | 'vat_rate',
    key: string,
    params: unknown[],
    from: string,
  ): Promise<void> {
    const at = `$${params.length + 1}::date`;
    await this.db.query(
      `UPDATE ${table} SET valid = daterange(lower(valid), ${at})
        WHERE ${key} AND upper_inf(valid) AND lower(valid) < ${at}`,
      [...params, from],
    );
  }

  private async insert<T>(sql: string, params: unknown[], field: string): Promise<T[]> {
    try {
      return await this.db.query<T[]>(sql, params);
    } catch (error) {
      throw overlapError(error, field);
    }
  }

  private async requireCode(code: string): Promise<void> {
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM state_service WHERE code = $1`, [
      code,
    ]);
    if (!rows.length) throw AppError.badInput([{ field: 'input.code', key: 'UNKNOWN_REFERENCE' }]);
  }

  /** Every key must be in the `specialty` classifier. */
  async requireProfessions(keys: readonly string[], field: string): Promise<void> {
    if (!keys.length) return;
    const [{ unknown }] = await this.db.query<Array<{ unknown: number }>>(
      `SELECT count(*)::int AS unknown FROM unnest($1::text[]) k
        WHERE NOT EXISTS (SELECT 1 FROM specialty s WHERE s.key = k)`,
      [keys],
    );
    if (unknown) throw AppError.badInput([{ field, key: 'UNKNOWN_REFERENCE' }]);
  }
}

function toFunder(row: FunderRow): Funder {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    nameEt: row.name_et,
    nameEn: row.name_en,
    registryCode: row.registry_code,
    municipalityCode: row.municipality_code,
    einvoiceAddress: row.einvoice_address,
    annexFormat: row.annex_format,
    active: row.active,
    position: row.position,
  };
}

function toTariff(row: TariffRow): StateTariff {
  const size = splitIntRange(row.group_size);
  return {
    id: row.id,
    code: row.code,
    form: row.form,
    groupSizeMin: size.min,
    groupSizeMax: size.max,
    priceCents: row.price_cents,
    note: row.note,
    ...splitRange(row.valid),
  };
}

function toStateService(row: StateServiceRow): StateService {
  return {
    id: row.id,
    code: row.code,
    funderId: row.funder_id,
    funderCode: row.funder_code,
    nameEt: row.name_et,
    nameEn: row.name_en,
    unit: row.unit,
    professions: row.professions,
    invoiced: row.invoiced,
    ...splitRange(row.valid),
    forms: row.forms.map((f) => ({ form: f.form, ...splitRange(f.valid) })),
    tariffs: row.tariffs.map(toTariff),
  };
}
