/**
 * Text normalisation for blind indexes. Hashes only match when both sides were normalised the
 * same way, so changing anything here orphans every stored index: treat it as a format change.
 */

/**
 * For identifiers such as isikukood or registry codes: people type them with stray spaces and in
 * either case, but they mean the same value. Only ASCII letters are upper-cased so the result
 * does not depend on locale rules; NFC makes composed and decomposed letters hash alike.
 */
export function normalizeExact(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

/**
 * Splits a name into search tokens: accents removed ("Õun" → "oun", "Tšernõšova" →
 * "tsernosova") because people search without them, lower-cased, split on anything that is
 * not a letter or digit (so "Mari-Liis" → "mari", "liis"), empty parts dropped, duplicates removed
 * in first-seen order.
 */
export function nameTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    // Lower-case before stripping marks: some letters (e.g. "İ") only gain a mark when lowered.
    .toLowerCase()
    .replace(/\p{M}/gu, '');
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
  return [...new Set(tokens)];
}
