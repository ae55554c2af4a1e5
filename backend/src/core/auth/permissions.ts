/**
 * Permissions the code checks so far. The identity and access issue turns roles into data
 * per organization (with scopes and field rules) and reviews the full role × permission
 * matrix; until then the default roles below are what a membership's role names grant.
 */
export const Permission = {
  ClientRead: 'client.read',
  ClientCreate: 'client.create',
  ClientErase: 'client.erase',
  AuditRead: 'audit.read',
  AuditExport: 'audit.export',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const ALL = Object.values(Permission);

export const DEFAULT_ROLE_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  'organization-admin': ALL,
  specialist: [Permission.ClientRead, Permission.ClientCreate],
  'case-manager': [Permission.ClientRead, Permission.ClientCreate],
  receptionist: [Permission.ClientRead],
  accountant: [],
};

export function permissionsForRoles(roles: readonly string[]): ReadonlySet<string> {
  const granted = new Set<string>();
  for (const role of roles) for (const p of DEFAULT_ROLE_PERMISSIONS[role] ?? []) granted.add(p);
  return granted;
}
