/** The base32 secret in blocks of four ("ABCD EFGH …"), for reading it off the screen. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The server's QR code (an SVG document) as an image URL. Shown through <img>, never inserted
 * as markup: an image cannot run script or style the page, whatever the string holds.
 */
export function svgImageUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A six-digit authenticator code as typed ("123 456" too): its digits, or null. */
export function totpDigits(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * What may be sent to turn TOTP off: a six-digit code, or a recovery code (`XXXXX-XXXXX`, any
 * case, with or without the dash; the alphabet has no I, L, O or U). Null for anything else.
 */
export function disableCode(input: string): string | null {
  const digits = totpDigits(input);
  if (digits) return digits;
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(compact)) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
