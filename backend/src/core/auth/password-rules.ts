import type { FieldProblem } from '../errors/app-error';

/** NIST SP 800-63B: length is what makes a password strong; no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
/** argon2 takes any length, but a megabyte "password" is an attack on the CPU, not a secret. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * What is wrong with a new password, as field problems (messages from @reha/shared's
 * validation registry): at least 12 characters (counted as the user sees them), at most 256,
 * and not the user's own e-mail address or its local part, the first thing an attacker tries.
 */
export function passwordProblems(
  password: string,
  email: string,
  field = 'password',
): FieldProblem[] {
  const length = [...password.normalize('NFC')].length;
  if (length === 0) return [{ field, key: 'REQUIRED' }];
  if (length < PASSWORD_MIN_LENGTH)
    return [{ field, key: 'TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } }];
  if (length > PASSWORD_MAX_LENGTH)
    return [{ field, key: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } }];
  const candidate = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (candidate === address || candidate === localPart)
    return [{ field, key: 'PASSWORD_IS_EMAIL' }];
  return [];
}
