import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../gql';
import type { CreateOrganizationInput } from '../../gql/graphql';
import { operatorGraphqlRequest } from '../../platform/operatorSession';

const PlatformOrganizationsQuery = graphql(`
  query PlatformOrganizations($name: String, $status: String, $after: String) {
    platformOrganizations(name: $name, status: $status, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          registryCode
          status
          memberCount
          createdAt
        }
      }
    }
  }
`);

const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      invitationQueued
      organization {
        id
        name
      }
    }
  }
`);

const SuspendOrganizationMutation = graphql(`
  mutation SuspendOrganization($id: ID!, $reason: String!) {
    suspendOrganization(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const ReactivateOrganizationMutation = graphql(`
  mutation ReactivateOrganization($id: ID!) {
    reactivateOrganization(id: $id) {
      id
      status
    }
  }
`);

export interface OrganizationFilter {
  name: string;
  status: string | null;
}

/** The platform's organizations, 25 at a time, filtered by name and status. */
export function usePlatformOrganizations(filter: OrganizationFilter) {
  return useInfiniteQuery({
    queryKey: ['platformOrganizations', filter],
    queryFn: ({ pageParam }) =>
      operatorGraphqlRequest(PlatformOrganizationsQuery, {
        name: filter.name.trim() || null,
        status: filter.status,
        after: pageParam,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.platformOrganizations.pageInfo.hasNextPage
        ? last.platformOrganizations.pageInfo.endCursor
        : undefined,
  });
}

function useRefreshingMutation<TVariables, TResult>(
  fn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['platformOrganizations'] }),
  });
}

export const useCreateOrganization = () =>
  useRefreshingMutation((input: CreateOrganizationInput) =>
    operatorGraphqlRequest(CreateOrganizationMutation, { input }),
  );

export const useSuspendOrganization = () =>
  useRefreshingMutation((variables: { id: string; reason: string }) =>
    operatorGraphqlRequest(SuspendOrganizationMutation, variables),
  );

export const useReactivateOrganization = () =>
  useRefreshingMutation((id: string) =>
    operatorGraphqlRequest(ReactivateOrganizationMutation, { id }),
  );
