import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import { graphqlRequest } from './graphqlRequest';

const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      app
      method
      startedAt
      lastUsedAt
      userAgent
      ip
      current
    }
  }
`);

const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

const MY_SESSIONS = ['mySessions'] as const;

/** The signed-in user's live sessions (devices and browsers), most recently used first. */
export function useMySessions() {
  return useQuery({
    queryKey: MY_SESSIONS,
    queryFn: () => graphqlRequest(MySessionsQuery),
    select: (data) => data.mySessions,
  });
}

/** Ends one of the user's other sessions: that device has to log in again. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => graphqlRequest(RevokeSessionMutation, { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SESSIONS }),
  });
}

/** Ends every session of the user, this one included; answers how many were ended. */
export function useLogoutEverywhere() {
  return useMutation({
    mutationFn: () => graphqlRequest(LogoutEverywhereMutation),
  });
}
