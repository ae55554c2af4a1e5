import { interpolate, Locale } from '@reha/shared';

interface DocumentLabels {
  /** `{n}` and `{total}` are page numbers. */
  page: string;
  registryCode: string;
}

/** The words a rendered document adds itself, in the document's language. */
export const DOCUMENT_LABELS: Readonly<Record<Locale, DocumentLabels>> = {
  et: { page: 'Lk {n} / {total}', registryCode: 'Registrikood' },
  en: { page: 'Page {n} of {total}', registryCode: 'Registry code' },
  ru: { page: 'Стр. {n} из {total}', registryCode: 'Рег. код' },
};

export function pageLabel(locale: Locale, n: number, total: number): string {
  return interpolate(DOCUMENT_LABELS[locale].page, { n, total });
}
