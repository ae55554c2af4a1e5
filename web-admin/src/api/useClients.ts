import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import type { ClientSearchQuery } from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

export type ClientRow = ClientSearchQuery['clients']['edges'][number]['node'];

const ClientSearchQueryDocument = graphql(`
  query ClientSearch($search: String!, $unitId: ID, $first: Int, $after: String) {
    clients(search: $search, unitId: $unitId, first: $first, after: $after) {
      edges {
        node {
          id
          firstName
          lastName
          isikukood
          units {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 25;

/** What to look for: name prefixes or an exact isikukood, optionally in one unit and below. */
export interface ClientSearch {
  search: string;
  unitId?: string;
}

/**
 * The clients in the user's reach that match the search, a page at a time. Nothing is asked
 * while `search` is empty: every search is audited.
 */
export function useClientSearch({ search, unitId }: ClientSearch) {
  return useInfiniteQuery({
    queryKey: ['clients', 'search', search, unitId ?? null],
    queryFn: async ({ pageParam }) =>
      (
        await graphqlRequest(ClientSearchQueryDocument, {
          search,
          unitId,
          first: PAGE_SIZE,
          after: pageParam,
        })
      ).clients,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) =>
      page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
    enabled: search !== '',
  });
}
