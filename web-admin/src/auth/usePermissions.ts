import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { graphqlRequest } from '../api/graphqlRequest';
import { useSession } from './useSession';

const MyAccessQuery = graphql(`
  query MyAccess {
    me {
      id
      organizationId
      permissions
      scope
    }
  }
`);

/**
 * What the signed-in staff member may do in the current organization (their roles' permission
 * keys). Pages use it to show only the links and controls that will work; the server checks
 * every operation anyway. Switching organizations clears the query cache, so it is refetched.
 */
export function usePermissions() {
  const session = useSession();
  const organizationId = session.status === 'signedIn' ? session.organizationId : null;
  const query = useQuery({
    queryKey: ['myAccess', organizationId],
    queryFn: () => graphqlRequest(MyAccessQuery),
    select: (data) => data.me,
    enabled: organizationId !== null,
    staleTime: 60_000,
  });
  const permissions = new Set(query.data?.permissions ?? []);
  return {
    /** Whether they hold `permission`; false while loading. */
    can: (permission: string) => permissions.has(permission),
    scope: query.data?.scope,
    isLoading: query.isLoading,
  };
}
