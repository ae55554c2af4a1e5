import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { graphqlRequest } from './graphqlRequest';

const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      version
      environment
    }
  }
`);

/** The backend's version for the status line; its error state means the API is unreachable. */
export function useServerInfo() {
  return useQuery({
    queryKey: ['serverInfo'],
    queryFn: () => graphqlRequest(ServerInfoQuery),
    select: (data) => data.serverInfo,
    staleTime: 60_000,
    refetchInterval: 60_000,
  });
}
