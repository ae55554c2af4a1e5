import { formatDateEt, pickLocale, toCents, type Cents } from '@reha/shared';
import type { TFunction } from 'i18next';

/** Delivery forms a price is entered for (the API's `form`). */
export const DELIVERY_FORMS = ['individual', 'family', 'group'] as const;

/** VAT categories (the API's `vatCategory`); rehabilitation is usually exempt, so it comes first. */
export const VAT_CATEGORIES = ['exempt', 'standard', 'reduced'] as const;

/** "01.01.2025 – 31.12.2025", or "01.01.2025 – kuni edasi" for an open-ended version. */
export function validityText(validFrom: string, lastDay: string | null | undefined, t: TFunction) {
  return `${formatDateEt(validFrom)} – ${lastDay ? formatDateEt(lastDay) : t('prices.untilFurther')}`;
}

/** Group size as "1" or "3–8". */
export function groupSizeText(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/** A funder's name in the user's language (Estonian for et and ru: the API has et and en). */
export function funderName(funder: { nameEt: string; nameEn: string }, language: string): string {
  return pickLocale(language) === 'en' ? funder.nameEn : funder.nameEt;
}

/** A typed euro amount ("29,36") as cents, or null when it is not one. */
export function centsOf(text: string): Cents | null {
  try {
    return toCents(text);
  } catch {
    return null;
  }
}

type DeliveryForm = (typeof DELIVERY_FORMS)[number];
type VatCategory = (typeof VAT_CATEGORIES)[number];

/** A delivery form in the user's language; an unknown one as the API wrote it. */
export function formLabel(form: string, t: TFunction): string {
  return (DELIVERY_FORMS as readonly string[]).includes(form)
    ? t(`prices.forms.${form as DeliveryForm}`)
    : form;
}

/** A VAT category in the user's language; an unknown one as the API wrote it. */
export function vatLabel(category: string, t: TFunction): string {
  return (VAT_CATEGORIES as readonly string[]).includes(category)
    ? t(`prices.vat.${category as VatCategory}`)
    : category;
}
