/** A name part shorter than this is ignored: the API's blind index matches 3+ letter prefixes. */
export const NAME_PREFIX_MIN = 3;

/**
 * Whether the API will accept `query` as a client search: an isikukood (11 digits), or a name
 * with at least one part of NAME_PREFIX_MIN or more characters (shorter parts are ignored).
 */
export function isSearchable(query: string): boolean {
  const text = query.trim();
  if (/^\d{11}$/.test(text)) return true;
  return text.split(/[\s-]+/).some((part) => part.length >= NAME_PREFIX_MIN);
}
