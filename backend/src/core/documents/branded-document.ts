import { Locale } from '@reha/shared';

/** How an organization's documents look: its name, codes and logo on every page. */
export interface DocumentBranding {
  organizationName: string;
  /** Äriregistri kood, printed in the footer. */
  registryCode?: string;
  address?: string;
  /** PNG or JPEG. */
  logo?: Buffer;
  /** `#RRGGBB`; a calm blue when omitted. */
  primaryColor?: string;
  /** e.g. contact details or bank account, printed in the footer of every page. */
  footerText?: string;
}

export interface TableColumn {
  header: string;
  /** Relative width: a column of width 2 is twice as wide as one of width 1 (the default). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export type DocumentBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  /**
   * A table; when it runs onto the next page, the header row is repeated there. `total` is an
   * optional closing row (sums), printed in bold under a rule.
   */
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; total?: string[] }
  /** Places to sign, one per line of text naming the signer, e.g. "Teenuse osutaja: Mari Maasikas". */
  | { type: 'signature'; lines: string[] };

/** A document as an Estonian provider sends it: letterhead, title, key facts, body, signatures. */
export interface BrandedDocument {
  branding: DocumentBranding;
  title: string;
  /** Key facts under the title, e.g. client, period, document number. */
  meta?: Array<{ label: string; value: string }>;
  blocks: DocumentBlock[];
  /** Language of the document's own words (page numbers, labels) and of its PDF metadata. */
  locale: Locale;
}
