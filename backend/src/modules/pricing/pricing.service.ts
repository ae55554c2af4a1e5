import { Injectable } from '@nestjs/common';
import { ErrorCode, formatDateEt, isValidIsoDate, Locale, percentOf } from '@reha/shared';
import { AppError } from '../../core/errors/app-error';
import { Db } from '../../core/tenancy/db';
import {
  DELIVERY_FORMS,
  DeliveryForm,
  explainPrice,
  FORM_LABELS,
  lastValidDay,
  MAX_GROUP_SIZE,
  VatCategory,
} from './price-terms';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Price of service S for funder F on date D, form X, group size N". */
export interface PriceRequest {
  serviceId: string;
  funderId: string;
  /** The service (supply) date, YYYY-MM-DD — never "today": July deliveries keep July prices. */
  date: string;
  form: DeliveryForm;
  /** Participants; 1 for an individual service. */
  groupSize: number;
  /** The language of `explanation`; Estonian by default. */
  locale?: Locale;
}

/** The price that applies, and where it came from. */
export interface PriceQuote {
  /** Per unit (hour, session, day …); per participant for a group. Without VAT. */
  priceCents: number;
  vatCategory: VatCategory;
  vatRateBasisPoints: number;
  vatCents: number;
  grossCents: number;
  source: 'organization' | 'state';
  priceListRowId: string | null;
  stateTariffId: string | null;
  validFrom: string;
  /** The last day the row is valid; null = until further notice. */
  validTo: string | null;
  explanation: string;
}

interface LookupRow {
  service_name: string | null;
  state_code: string | null;
  forms: DeliveryForm[] | null;
  group_min: number | null;
  group_max: number | null;
  funder_code: string | null;
  org_row_id: string | null;
  org_price: number | null;
  org_vat: VatCategory | null;
  org_from: string | null;
  org_until: string | null;
  list_name: string | null;
  tariff_id: string | null;
  tariff_price: number | null;
  tariff_from: string | null;
  tariff_until: string | null;
  state_name_et: string | null;
  state_name_en: string | null;
  vat_bp: number | null;
}

/**
 * Everything one lookup needs in one round trip, in the SQL function `reha_price_lookup`
 * (migration 1764400000002-price-lookup.ts): the service and its bounds, the funder, the
 * organization's price row for the funder (RLS keeps it to the caller's organization), the
 * state tariff when the funder is the state funder of the service's code, and the VAT rate on
 * the date. A PL/pgSQL function so each connection plans the query once: planning the
 * statement afresh took 2 ms, ten times its execution.
 */
const LOOKUP_SQL = `SELECT reha_price_lookup($1, $2, $3, $4, $5) AS lookup`;

/**
 * THE price function (DOMAIN.md §4.5): booking, budgets and invoicing call `priceFor` inside
 * their own transaction. The organization's price list for the funder wins; else the state
 * tariff when the funder pays for the service's state code; else VERSION_MISSING — a price is
 * never guessed.
 */
@Injectable()
export class PricingService {
  constructor(private readonly db: Db) {}

  priceFor(request: PriceRequest): Promise<PriceQuote> {
    return lookUpPrice((sql, params) => this.db.query(sql, params), request);
  }
}

/** Runs one SQL statement in the caller's transaction and returns its rows. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

/** priceFor on any connection (the benchmark runs it on a plain one): one round trip. */
export async function lookUpPrice(query: RunQuery, request: PriceRequest): Promise<PriceQuote> {
  checkRequest(request);
  const { serviceId, funderId, date, form, groupSize } = request;
  const [result] = (await query(LOOKUP_SQL, [serviceId, funderId, date, form, groupSize])) as
    { lookup: LookupRow | null }[] | [];
  const row = result?.lookup;
  if (!row?.service_name)
    throw AppError.badInput([{ field: 'serviceId', key: 'UNKNOWN_REFERENCE' }]);
  if (!row.funder_code) throw AppError.badInput([{ field: 'funderId', key: 'UNKNOWN_REFERENCE' }]);
  return quoteOf(row, request);
}

function checkRequest(r: PriceRequest): void {
  if (!UUID.test(r.serviceId))
    throw AppError.badInput([{ field: 'serviceId', key: 'UNKNOWN_REFERENCE' }]);
  if (!UUID.test(r.funderId))
    throw AppError.badInput([{ field: 'funderId', key: 'UNKNOWN_REFERENCE' }]);
  if (!isValidIsoDate(r.date)) throw AppError.badInput([{ field: 'date', key: 'INVALID_DATE' }]);
  if (!DELIVERY_FORMS.includes(r.form))
    throw AppError.badInput([
      { field: 'form', key: 'NOT_ONE_OF', params: { allowed: DELIVERY_FORMS.join(', ') } },
    ]);
  if (!Number.isInteger(r.groupSize))
    throw AppError.badInput([{ field: 'groupSize', key: 'NOT_AN_INTEGER' }]);
}

/** The group sizes a service allows in a form: an individual service is for one person. */
export function groupBounds(
  form: DeliveryForm,
  groupMin: number | null,
  groupMax: number | null,
): { min: number; max: number } {
  if (form === 'individual') return { min: 1, max: 1 };
  return { min: groupMin ?? 1, max: groupMax ?? MAX_GROUP_SIZE };
}

function quoteOf(row: LookupRow, request: PriceRequest): PriceQuote {
  const locale = request.locale ?? 'et';
  const serviceName = row.service_name!;
  if (!row.forms!.includes(request.form))
    throw new AppError(ErrorCode.DELIVERY_FORM_NOT_ALLOWED, {
      service: serviceName,
      allowed: row.forms!.map((f) => FORM_LABELS[f][locale]).join(', '),
    });
  const bounds = groupBounds(request.form, row.group_min, row.group_max);
  if (request.groupSize < bounds.min || request.groupSize > bounds.max)
    throw AppError.badInput([
      { field: 'groupSize', key: 'GROUP_SIZE_OUT_OF_BOUNDS', params: bounds },
    ]);
  const item = `${serviceName} (${row.funder_code})`;
  const missing = (what: string) =>
    new AppError(ErrorCode.VERSION_MISSING, { item: what, date: formatDateEt(request.date) });

  const fromOrg = row.org_row_id !== null;
  if (!fromOrg && row.tariff_id === null) throw missing(item);
  const vatCategory: VatCategory = fromOrg ? row.org_vat! : 'exempt';
  // An exempt supply carries no VAT even where no 0 % row was entered; any other category
  // needs the rate in force on the supply date.
  if (row.vat_bp === null && vatCategory !== 'exempt') throw missing(`VAT (${vatCategory})`);
  const vatRateBasisPoints = row.vat_bp ?? 0;
  const priceCents = fromOrg ? row.org_price! : row.tariff_price!;
  const vatCents = percentOf(priceCents, `${vatRateBasisPoints}e-2`);
  const validFrom = fromOrg ? row.org_from! : row.tariff_from!;
  const validTo = lastValidDay(fromOrg ? row.org_until : row.tariff_until);
  const stateName = locale === 'en' ? row.state_name_en : row.state_name_et;
  return {
    priceCents,
    vatCategory,
    vatRateBasisPoints,
    vatCents,
    grossCents: priceCents + vatCents,
    source: fromOrg ? 'organization' : 'state',
    priceListRowId: row.org_row_id,
    stateTariffId: row.tariff_id,
    validFrom,
    validTo,
    explanation: explainPrice(
      {
        source: fromOrg ? 'organization' : 'state',
        listName: fromOrg ? row.list_name! : row.funder_code!,
        stateCode: row.state_code,
        serviceName: fromOrg ? serviceName : (stateName ?? serviceName),
        form: request.form,
        groupSize: request.groupSize,
        validFrom,
        validTo,
      },
      locale,
    ),
  };
}
