import { addDays, formatDateEt, Locale } from '@reha/shared';

/** Delivery forms of a service (provider_service.forms, price rows, state tariffs). */
export const DELIVERY_FORMS = ['individual', 'family', 'group'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];

/** VAT categories (vat_rate.category); SKA social services are exempt, TK prices carry VAT. */
export const VAT_CATEGORIES = ['standard', 'reduced', 'exempt'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

/** The largest price a row may hold, as the database CHECK allows: 100 000 €. */
export const MAX_PRICE_CENTS = 10_000_000;

/** The largest group a price row or state tariff may cover (int4range upper bound 101). */
export const MAX_GROUP_SIZE = 100;

export const FORM_LABELS: Record<DeliveryForm, Record<Locale, string>> = {
  individual: { et: 'individuaalne', en: 'individual', ru: 'индивидуально' },
  family: { et: 'pere', en: 'family', ru: 'семейно' },
  group: { et: 'grupp', en: 'group', ru: 'в группе' },
};

const PHRASES: Record<Locale, { state: string; valid: string; group: string }> = {
  et: { state: 'riiklik hinnakiri', valid: 'kehtib', group: 'osaleja kohta, grupis' },
  en: { state: 'state price list', valid: 'valid', group: 'per participant, group of' },
  ru: { state: 'государственный прейскурант', valid: 'действует', group: 'за участника, группа' },
};

/** The inclusive end date of a [from, to) validity, or null for an open end. */
export function lastValidDay(exclusiveEnd: string | null): string | null {
  return exclusiveEnd ? addDays(exclusiveEnd, -1) : null;
}

export interface ExplainedPrice {
  /** The price list's name, or the funder code for a state tariff. */
  source: 'organization' | 'state';
  listName: string;
  stateCode: string | null;
  serviceName: string;
  form: DeliveryForm;
  groupSize: number;
  validFrom: string;
  /** Inclusive, null = until further notice. */
  validTo: string | null;
}

/**
 * The sentence that tells a user which row a price came from, e.g.
 * "SKA hinnakiri: 2001 Füsioterapeut, individuaalne, kehtib 01.01.2023–…".
 */
export function explainPrice(p: ExplainedPrice, locale: Locale): string {
  const words = PHRASES[locale] ?? PHRASES.et;
  const list = p.source === 'state' ? `${p.listName} ${words.state}` : p.listName;
  const service = p.stateCode ? `${p.stateCode} ${p.serviceName}` : p.serviceName;
  const form =
    p.form === 'group'
      ? `${FORM_LABELS.group[locale]} (${words.group} ${p.groupSize})`
      : FORM_LABELS[p.form][locale];
  const period = `${formatDateEt(p.validFrom)}–${p.validTo ? formatDateEt(p.validTo) : '…'}`;
  return `${list}: ${service}, ${form}, ${words.valid} ${period}`;
}
