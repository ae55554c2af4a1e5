import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type {
  CreateSpecialistInput,
  ExportFormat,
  SpecialistFilter,
  UpdateSpecialistInput,
} from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

const SpecialistsQuery = graphql(`
  query Specialists($filter: SpecialistFilter, $first: Int, $after: String) {
    specialists(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          userId
          external
          name
          email
          phone
          qualifications
          costPerHourCents
          active
          professions {
            key
            name
          }
          services {
            serviceId
            name
            costCents
          }
          units {
            unitId
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

const ExportSpecialistsQuery = graphql(`
  query ExportSpecialists($format: ExportFormat!, $filter: SpecialistFilter) {
    exportSpecialists(format: $format, filter: $filter) {
      filename
      mimeType
      contentBase64
    }
  }
`);

const CreateSpecialistMutation = graphql(`
  mutation CreateSpecialist($input: CreateSpecialistInput!) {
    createSpecialist(input: $input) {
      id
      name
    }
  }
`);

const UpdateSpecialistMutation = graphql(`
  mutation UpdateSpecialist($id: ID!, $input: UpdateSpecialistInput!) {
    updateSpecialist(id: $id, input: $input) {
      id
      name
    }
  }
`);

const DeactivateSpecialistMutation = graphql(`
  mutation DeactivateSpecialist($id: ID!) {
    deactivateSpecialist(id: $id) {
      id
      active
    }
  }
`);

const ReactivateSpecialistMutation = graphql(`
  mutation ReactivateSpecialist($id: ID!) {
    reactivateSpecialist(id: $id) {
      id
      active
    }
  }
`);

const SPECIALISTS = ['specialists'] as const;

export interface SpecialistsRequest {
  filter: SpecialistFilter;
  first: number;
  after: string | undefined;
}

/** One page of the organization's specialists, by name. */
export function useSpecialists(request: SpecialistsRequest) {
  return useQuery({
    queryKey: [...SPECIALISTS, 'list', request],
    queryFn: () => graphqlRequest(SpecialistsQuery, request),
    select: (data) => data.specialists,
    placeholderData: keepPreviousData,
  });
}

/** The filtered specialists as a file, for the table's export menu. */
export async function exportSpecialists(format: ExportFormat, filter: SpecialistFilter) {
  return (await graphqlRequest(ExportSpecialistsQuery, { format, filter })).exportSpecialists;
}

function useSpecialistChange<TVariables, TResult>(
  run: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SPECIALISTS }),
  });
}

export function useCreateSpecialist() {
  return useSpecialistChange(
    async (input: CreateSpecialistInput) =>
      (await graphqlRequest(CreateSpecialistMutation, { input })).createSpecialist,
  );
}

/** Changes only the fields given; the lists given replace the old ones. */
export function useUpdateSpecialist() {
  return useSpecialistChange(
    async ({ id, input }: { id: string; input: UpdateSpecialistInput }) =>
      (await graphqlRequest(UpdateSpecialistMutation, { id, input })).updateSpecialist,
  );
}

/** Deactivated specialists stay for history but are not offered for new work. */
export function useSetSpecialistActive() {
  return useSpecialistChange(async ({ id, active }: { id: string; active: boolean }) =>
    active
      ? (await graphqlRequest(ReactivateSpecialistMutation, { id })).reactivateSpecialist
      : (await graphqlRequest(DeactivateSpecialistMutation, { id })).deactivateSpecialist,
  );
}
