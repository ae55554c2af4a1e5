/**
 * Geometry and colours of a branded A4 page, in PDF points (1 pt = 1/72 inch).
 * Margins are 2 cm on every side; the letterhead and the footer sit inside them.
 */
const CM = 72 / 2.54;

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 2 * CM;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;

export const HEADER = {
  top: MARGIN,
  logoMaxWidth: 150,
  logoMaxHeight: 36,
  /** The coloured rule under the letterhead. */
  ruleY: MARGIN + 44,
} as const;

export const FOOTER = {
  /** The thin rule over the footer text. */
  ruleY: PAGE.height - MARGIN - 22,
  pageNumberWidth: 90,
} as const;

/** Where the document's own content may go on every page. */
export const BODY = {
  top: HEADER.ruleY + 24,
  bottom: FOOTER.ruleY - 16,
} as const;

export interface Theme {
  primary: string;
  /** A pale shade of the primary colour, for table header rows. */
  primaryTint: string;
  text: string;
  muted: string;
  rule: string;
  zebra: string;
}

export const DEFAULT_PRIMARY_COLOR = '#1F5F8B';
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function themeFor(primary: string): Theme {
  return {
    primary,
    primaryTint: mixWithWhite(primary, 0.88),
    text: '#1F2328',
    muted: '#5B6573',
    rule: '#D5DAE0',
    zebra: '#F6F7F9',
  };
}

/** `#RRGGBB` moved `share` of the way towards white. */
function mixWithWhite(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (255 - c) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
