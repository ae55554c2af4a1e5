import { pickLocale } from '@reha/shared';
import type { Role } from '../../api/useRoles';

/** The role's name in the interface language. */
export function roleName(role: Pick<Role, 'names'>, language: string): string {
  return role.names[pickLocale(language)];
}
