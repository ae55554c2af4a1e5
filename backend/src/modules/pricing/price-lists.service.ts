import { Injectable } from '@nestjs/common';
import { ErrorCode, isValidIsoDate, tallinnDateOf } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { Db } from '../../core/tenancy/db';
import { DeliveryForm, FORM_LABELS, lastValidDay, VatCategory } from './price-terms';
import { groupBounds, UUID } from './pricing.service';
import {
  isOverlapViolation,
  overlapProblem,
  priceProblems,
  rangeBounds,
  throwIfAny,
  Validity,
  validityProblems,
} from './validity';
import { CapitationRate, PriceList, PriceListRow } from './dto/price.types';

/** A price version to write: the fields of SchedulePriceInput, already typed. */
export interface PriceDraft extends Validity {
  priceListId: string;
  serviceId: string;
  form: DeliveryForm;
  groupSizeMin: number;
  groupSizeMax: number;
  priceCents: number;
  vatCategory: VatCategory;
}

export interface CapitationDraft extends Validity {
  serviceId: string;
  funderId: string;
  priceCents: number;
}

const PRICE_ROW_FIELDS = [
  'service_id',
  'form',
  'group_size',
  'price_cents',
  'vat_category',
  'valid',
];

const ROW_SELECT = `
  SELECT r.id, r.price_list_id AS "priceListId", r.service_id AS "serviceId",
         s.name AS "serviceName", s.state_code AS "stateCode", r.form,
         lower(r.group_size) AS "groupSizeMin", upper(r.group_size) - 1 AS "groupSizeMax",
         r.price_cents AS "priceCents", r.vat_category AS "vatCategory",
         lower(r.valid)::text AS "validFrom", upper(r.valid)::text AS "validUntil"
  FROM price_list_row r JOIN provider_service s ON s.id = r.service_id`;

const LIST_SELECT = `
  SELECT pl.id, pl.funder_id AS "funderId", f.code AS "funderCode", f.name_et AS "funderName",
         pl.name, pl.created_at AS "createdAt"
  FROM price_list pl JOIN funder f ON f.id = pl.funder_id`;

type StoredRow = Omit<PriceListRow, 'validTo'> & { validUntil: string | null };

function toRow({ validUntil, ...row }: StoredRow): PriceListRow {
  return { ...row, validTo: lastValidDay(validUntil) };
}

/**
 * The organization's price lists per funder and its capitation rates (DOMAIN.md §4.5).
 * Prices are versions by validity: a change is entered in advance as a new version, and the
 * open-ended version it replaces ends the day before, in the same transaction. The exclusion
 * constraints keep versions of one key from overlapping; a refusal names the colliding period.
 */
@Injectable()
export class PriceListsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  lists(): Promise<PriceList[]> {
    return this.db.query<PriceList[]>(`${LIST_SELECT} ORDER BY f.position, f.code`);
  }

  async list(id: string): Promise<PriceList> {
    const [list] = UUID.test(id)
      ? await this.db.query<PriceList[]>(`${LIST_SELECT} WHERE pl.id = $1`, [id])
      : [];
    if (!list) throw new AppError(ErrorCode.NOT_FOUND);
    return list;
  }

  /** A list's rows, optionally of one service and/or valid on one date. */
  async rows(
    priceListId: string,
    filter: { serviceId?: string | null; validOn?: string | null } = {},
  ): Promise<PriceListRow[]> {
    const params: unknown[] = [priceListId];
    let where = `r.price_list_id = $1`;
    if (filter.serviceId) {
      if (!UUID.test(filter.serviceId)) return [];
      params.push(filter.serviceId);
      where += ` AND r.service_id = $${params.length}`;
    }
    if (filter.validOn) {
      if (!isValidIsoDate(filter.validOn))
        throw AppError.badInput([{ field: 'validOn', key: 'INVALID_DATE' }]);
      params.push(filter.validOn);
      where += ` AND r.valid @> $${params.length}::date`;
    }
    const rows = await this.db.query<StoredRow[]>(
      `${ROW_SELECT} WHERE ${where} ORDER BY s.name, r.form, lower(r.group_size), lower(r.valid)`,
      params,
    );
    return rows.map(toRow);
  }

  async createList(funderId: string, name: string): Promise<PriceList> {
    const trimmed = name.trim();
    const problems: FieldProblem[] = [];
    if (!trimmed) problems.push({ field: 'name', key: 'REQUIRED' });
    else if (trimmed.length > 200)
      problems.push({ field: 'name', key: 'TOO_LONG', params: { max: 200 } });
    const [funder] = UUID.test(funderId)
      ? await this.db.query<{ taken: boolean }[]>(
          `SELECT EXISTS (SELECT 1 FROM price_list WHERE funder_id = f.id) AS taken
           FROM funder f WHERE f.id = $1`,
          [funderId],
        )
      : [];
    if (!funder) problems.push({ field: 'funderId', key: 'UNKNOWN_REFERENCE' });
    else if (funder.taken) problems.push({ field: 'funderId', key: 'ALREADY_EXISTS' });
    throwIfAny(problems);
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO price_list (funder_id, name) VALUES ($1, $2) RETURNING id`,
      [funderId, trimmed],
    );
    this.audit.record({
      action: 'create',
      entityType: 'price_list',
      entityId: id,
      fields: ['funder_id', 'name'],
    });
    return this.list(id);
  }

  /** schedulePrice: writes a version and audits it (and the version it ended). */
  async schedulePrice(draft: PriceDraft): Promise<PriceListRow> {
    const { id, endedId } = await this.writePrice(draft, 'input.');
    this.auditPriceWrite(id, endedId);
    const [row] = await this.db.query<StoredRow[]>(`${ROW_SELECT} WHERE r.id = $1`, [id]);
    return toRow(row!);
  }

  auditPriceWrite(id: string, endedId: string | null): void {
    if (endedId)
      this.audit.record({
        action: 'update',
        entityType: 'price_list_row',
        entityId: endedId,
        fields: ['valid'],
      });
    this.audit.record({
      action: 'create',
      entityType: 'price_list_row',
      entityId: id,
      fields: PRICE_ROW_FIELDS,
    });
  }

  /**
   * Validates and writes one price version (no audit: the caller decides whether it stays).
   * Field problems are named under `prefix` (`input.` for the mutation). Versions in
   * `keepOpen` are never ended by it (an import's own rows: a file states its periods).
   */
  async writePrice(
    draft: PriceDraft,
    prefix: string,
    keepOpen: string[] = [],
  ): Promise<{ id: string; endedId: string | null }> {
    const problems = [
      ...validityProblems(draft, prefix),
      ...priceProblems(draft.priceCents, `${prefix}priceCents`),
    ];
    if (draft.groupSizeMin > draft.groupSizeMax)
      problems.push({
        field: `${prefix}groupSizeMax`,
        key: 'MIN_VALUE',
        params: { min: draft.groupSizeMin },
      });
    const [refs] = await this.db.query<
      {
        list: boolean;
        forms: DeliveryForm[] | null;
        group_min: number | null;
        group_max: number | null;
      }[]
    >(
      `SELECT EXISTS (SELECT 1 FROM price_list WHERE id = $1) AS list,
              (SELECT forms FROM provider_service WHERE id = $2) AS forms,
              (SELECT group_min FROM provider_service WHERE id = $2) AS group_min,
              (SELECT group_max FROM provider_service WHERE id = $2) AS group_max`,
      [
        UUID.test(draft.priceListId) ? draft.priceListId : null,
        UUID.test(draft.serviceId) ? draft.serviceId : null,
      ],
    );
    if (!refs!.list) problems.push({ field: `${prefix}priceListId`, key: 'UNKNOWN_REFERENCE' });
    if (!refs!.forms) problems.push({ field: `${prefix}serviceId`, key: 'UNKNOWN_REFERENCE' });
    else if (!refs!.forms.includes(draft.form))
      problems.push({
        field: `${prefix}form`,
        key: 'NOT_ONE_OF',
        params: { allowed: refs!.forms.map((f) => FORM_LABELS[f].et).join(', ') },
      });
    else {
      const bounds = groupBounds(draft.form, refs!.group_min, refs!.group_max);
      if (draft.groupSizeMin < bounds.min || draft.groupSizeMax > bounds.max)
        problems.push({
          field: `${prefix}groupSizeMin`,
          key: 'GROUP_SIZE_OUT_OF_BOUNDS',
          params: bounds,
        });
    }
    throwIfAny(problems);

    const [from, until] = rangeBounds(draft);
    const key = [
      draft.priceListId,
      draft.serviceId,
      draft.form,
      draft.groupSizeMin,
      draft.groupSizeMax,
    ];
    const ended = await this.db.query<{ id: string }[]>(
      `WITH ended AS (
         UPDATE price_list_row SET valid = daterange(lower(valid), $6::date)
         WHERE price_list_id = $1 AND service_id = $2 AND form = $3
           AND group_size = int4range($4, $5, '[]')
           AND upper_inf(valid) AND lower(valid) < $6::date AND NOT (id = ANY ($7::uuid[]))
         RETURNING id)
       SELECT id FROM ended`,
      [...key, from, keepOpen],
    );
    const [clash] = await this.db.query<{ from: string; until: string | null }[]>(
      `SELECT lower(valid)::text AS from, upper(valid)::text AS until FROM price_list_row
       WHERE price_list_id = $1 AND service_id = $2 AND form = $3
         AND group_size && int4range($4, $5, '[]') AND valid && daterange($6::date, $7::date)
       ORDER BY lower(valid) LIMIT 1`,
      [...key, from, until],
    );
    if (clash) throwIfAny([overlapProblem(`${prefix}validFrom`, clash.from, clash.until)]);
    try {
      const [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO price_list_row
           (price_list_id, service_id, form, group_size, price_cents, vat_category, valid)
         VALUES ($1, $2, $3, int4range($4, $5, '[]'), $6, $7, daterange($8::date, $9::date))
         RETURNING id`,
        [...key, draft.priceCents, draft.vatCategory, from, until],
      );
      return { id, endedId: ended[0]?.id ?? null };
    } catch (error) {
      // Another request wrote an overlapping version between the check and the insert.
      if (isOverlapViolation(error))
        throw AppError.badInput([overlapProblem(`${prefix}validFrom`, from, until)]);
      throw error;
    }
  }

  /**
   * Removes a version that has not started yet (a scheduled change called off). A version in
   * force or past is history that invoices refer to: it stays. When the removed version was
   * open-ended, the version it had ended becomes open-ended again.
   */
  async deletePriceRow(id: string): Promise<boolean> {
    const [row] = UUID.test(id)
      ? await this.db.query<
          {
            price_list_id: string;
            service_id: string;
            form: string;
            group_size: string;
            from: string;
            open: boolean;
          }[]
        >(
          `SELECT price_list_id, service_id, form, group_size::text, lower(valid)::text AS from,
                  upper_inf(valid) AS open
           FROM price_list_row WHERE id = $1`,
          [id],
        )
      : [];
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    const today = tallinnDateOf(this.clock.now());
    if (row.from <= today)
      throw new AppError(ErrorCode.CONFLICT, {}, [{ field: 'id', key: 'INVALID_VALUE' }]);
    await this.db.query(`DELETE FROM price_list_row WHERE id = $1`, [id]);
    this.audit.record({ action: 'delete', entityType: 'price_list_row', entityId: id });
    if (row.open) {
      const reopened = await this.db.query<{ id: string }[]>(
        `WITH reopened AS (
           UPDATE price_list_row SET valid = daterange(lower(valid), NULL)
           WHERE price_list_id = $1 AND service_id = $2 AND form = $3
             AND group_size = $4::int4range AND upper(valid) = $5::date
           RETURNING id)
         SELECT id FROM reopened`,
        [row.price_list_id, row.service_id, row.form, row.group_size, row.from],
      );
      for (const r of reopened)
        this.audit.record({
          action: 'update',
          entityType: 'price_list_row',
          entityId: r.id,
          fields: ['valid'],
        });
    }
    return true;
  }

  async capitationRates(serviceId?: string | null): Promise<CapitationRate[]> {
    if (serviceId && !UUID.test(serviceId)) return [];
    const rows = await this.db.query<(Omit<CapitationRate, 'validTo'> & { validUntil: string })[]>(
      `SELECT c.id, c.service_id AS "serviceId", s.name AS "serviceName", c.funder_id AS "funderId",
              c.price_cents AS "priceCents", lower(c.valid)::text AS "validFrom",
              upper(c.valid)::text AS "validUntil"
       FROM capitation_rate c JOIN provider_service s ON s.id = c.service_id
       WHERE $1::uuid IS NULL OR c.service_id = $1
       ORDER BY s.name, c.funder_id, lower(c.valid)`,
      [serviceId ?? null],
    );
    return rows.map(({ validUntil, ...rate }) => ({ ...rate, validTo: lastValidDay(validUntil) }));
  }

  /** A monthly capitation rate (pearaha) version, with the same semantics as schedulePrice. */
  async scheduleCapitationRate(draft: CapitationDraft): Promise<CapitationRate> {
    const problems = [
      ...validityProblems(draft, 'input.'),
      ...priceProblems(draft.priceCents, 'input.priceCents'),
    ];
    const [refs] = await this.db.query<{ service: boolean; funder: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM provider_service WHERE id = $1) AS service,
              EXISTS (SELECT 1 FROM funder WHERE id = $2) AS funder`,
      [
        UUID.test(draft.serviceId) ? draft.serviceId : null,
        UUID.test(draft.funderId) ? draft.funderId : null,
      ],
    );
    if (!refs!.service) problems.push({ field: 'input.serviceId', key: 'UNKNOWN_REFERENCE' });
    if (!refs!.funder) problems.push({ field: 'input.funderId', key: 'UNKNOWN_REFERENCE' });
    throwIfAny(problems);
    const [from, until] = rangeBounds(draft);
    const ended = await this.db.query<{ id: string }[]>(
      `WITH ended AS (
         UPDATE capitation_rate SET valid = daterange(lower(valid), $3::date)
         WHERE service_id = $1 AND funder_id = $2 AND upper_inf(valid) AND lower(valid) < $3::date
         RETURNING id)
       SELECT id FROM ended`,
      [draft.serviceId, draft.funderId, from],
    );
    const [clash] = await this.db.query<{ from: string; until: string | null }[]>(
      `SELECT lower(valid)::text AS from, upper(valid)::text AS until FROM capitation_rate
       WHERE service_id = $1 AND funder_id = $2 AND valid && daterange($3::date, $4::date)
       ORDER BY lower(valid) LIMIT 1`,
      [draft.serviceId, draft.funderId, from, until],
    );
    if (clash) throwIfAny([overlapProblem('input.validFrom', clash.from, clash.until)]);
    let id: string;
    try {
      [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO capitation_rate (service_id, funder_id, price_cents, valid)
         VALUES ($1, $2, $3, daterange($4::date, $5::date)) RETURNING id`,
        [draft.serviceId, draft.funderId, draft.priceCents, from, until],
      );
    } catch (error) {
      if (isOverlapViolation(error))
        throw AppError.badInput([overlapProblem('input.validFrom', from, until)]);
      throw error;
    }
    for (const r of ended)
      this.audit.record({
        action: 'update',
        entityType: 'capitation_rate',
        entityId: r.id,
        fields: ['valid'],
      });
    this.audit.record({
      action: 'create',
      entityType: 'capitation_rate',
      entityId: id,
      fields: ['service_id', 'funder_id', 'price_cents', 'valid'],
    });
    return (await this.capitationRates(draft.serviceId)).find((r) => r.id === id)!;
  }
}
