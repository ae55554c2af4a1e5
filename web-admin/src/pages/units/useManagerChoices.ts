import { useMemberNames } from '../../api/useMembers';
import { usePermissions } from '../../auth/usePermissions';
import type { OrgUnit } from './unitTree';

/**
 * Who can be made a unit's manager: the organization's staff who have not been deactivated
 * (an invited colleague may be named before their first sign-in). Listing staff needs
 * user.manage; without it only the unit's present managers are offered (kept or removed).
 */
export function useManagerChoices(unit: OrgUnit | undefined) {
  const { can } = usePermissions();
  const mayList = can('user.manage');
  const members = useMemberNames({}, mayList);
  const options = new Map<string, string>(
    unit?.managers.map((manager) => [manager.userId, manager.displayName]),
  );
  for (const member of members.data ?? [])
    if (member.status !== 'DEACTIVATED') options.set(member.userId, member.displayName);
  return {
    options: [...options]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    mayList,
    error: members.error,
  };
}
