import { isValidIsikukood, parseIsikukood } from '@reha/shared';

/**
 * A test person the mock offers on its page. Invented people only: the mock is for
 * development and tests, and nothing it says is a real identity.
 */
export interface MockIdentity {
  isikukood: string;
  givenName: string;
  familyName: string;
  /** What the person is in the demo (shown on the page), e.g. "client" or "staff". */
  role?: string;
}

/** TARA's own test person, used for a code typed on the page that is not in the list. */
const TYPED_GIVEN_NAME = 'MARY ÄNN';
const TYPED_FAMILY_NAME = 'O’CONNEŽ-ŠUSLIK TESTNUMBER';

/** The identity list from the mock's environment (a JSON array); invalid entries are refused. */
export function parseIdentities(raw: string | undefined): MockIdentity[] {
  if (!raw || raw.trim() === '') return [];
  const parsed = JSON.parse(raw) as unknown;
  if (!Array.isArray(parsed)) throw new Error('TARA_MOCK_IDENTITIES must be a JSON array');
  return parsed.map((entry, i) => {
    const e = entry as Partial<MockIdentity>;
    if (typeof e.isikukood !== 'string' || !isValidIsikukood(e.isikukood))
      throw new Error(`TARA_MOCK_IDENTITIES[${i}] has no valid isikukood`);
    if (typeof e.givenName !== 'string' || typeof e.familyName !== 'string')
      throw new Error(`TARA_MOCK_IDENTITIES[${i}] needs givenName and familyName`);
    return {
      isikukood: e.isikukood,
      givenName: e.givenName,
      familyName: e.familyName,
      ...(typeof e.role === 'string' ? { role: e.role } : {}),
    };
  });
}

/** The claims TARA puts in an ID token about a person (besides `sub`). */
export interface ProfileAttributes {
  date_of_birth: string;
  family_name: string;
  given_name: string;
}

/**
 * TARA's subject (`EE` + isikukood) and profile attributes for a code: the listed person's
 * names, or TARA's test name for any other valid code. Names are upper case, as TARA issues
 * them from the certificates.
 */
export function claimsFor(
  isikukood: string,
  identities: readonly MockIdentity[],
): { sub: string; profile_attributes: ProfileAttributes } | undefined {
  const info = parseIsikukood(isikukood);
  if (!info) return undefined;
  const listed = identities.find((i) => i.isikukood === isikukood);
  return {
    sub: `EE${isikukood}`,
    profile_attributes: {
      date_of_birth: info.birthDate,
      family_name: (listed?.familyName ?? TYPED_FAMILY_NAME).toLocaleUpperCase('et'),
      given_name: (listed?.givenName ?? TYPED_GIVEN_NAME).toLocaleUpperCase('et'),
    },
  };
}
