import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type { CreateOrgUnitInput, ExportFormat, UpdateOrgUnitInput } from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits {
      id
      parentId
      name
      code
      description
      depth
      path
      managers {
        userId
        displayName
      }
      memberCount
      clientCount
      createdAt
      updatedAt
    }
  }
`);

const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
    }
  }
`);

const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      id
      name
    }
  }
`);

const MoveOrgUnitMutation = graphql(`
  mutation MoveOrgUnit($id: ID!, $parentId: ID) {
    moveOrgUnit(id: $id, parentId: $parentId) {
      id
      parentId
    }
  }
`);

const DeleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`);

const OrgUnitReportQuery = graphql(`
  query OrgUnitReport {
    orgUnitReport {
      unitId
      name
      path
      depth
      users
      clients
      totalUsers
      totalClients
      activeServices
      totalActiveServices
    }
  }
`);

const ExportOrgUnitReportQuery = graphql(`
  query ExportOrgUnitReport($format: ExportFormat!) {
    exportOrgUnitReport(format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);

/** Cached data that a change to units makes stale: the tree, the report, members' units. */
const ORG_UNITS = ['orgUnits'] as const;
const ORG_UNIT_REPORT = ['orgUnitReport'] as const;
const STALE_AFTER_UNIT_CHANGE = [ORG_UNITS, ORG_UNIT_REPORT, ['members']] as const;

/** The organization's unit tree, depth-first (siblings by name): each unit follows its parent. */
export function useOrgUnits() {
  return useQuery({
    queryKey: ORG_UNITS,
    queryFn: () => graphqlRequest(OrgUnitsQuery),
    select: (data) => data.orgUnits,
  });
}

function useUnitChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        STALE_AFTER_UNIT_CHANGE.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

export function useCreateOrgUnit() {
  return useUnitChange(
    async (input: CreateOrgUnitInput) =>
      (await graphqlRequest(CreateOrgUnitMutation, { input })).createOrgUnit,
  );
}

/** Changes only the fields given. */
export function useUpdateOrgUnit() {
  return useUnitChange(
    async ({ id, input }: { id: string; input: UpdateOrgUnitInput }) =>
      (await graphqlRequest(UpdateOrgUnitMutation, { id, input })).updateOrgUnit,
  );
}

/** Moves a unit (with everything below it) under `parentId`, or to the top level with null. */
export function useMoveOrgUnit() {
  return useUnitChange(
    async ({ id, parentId }: { id: string; parentId: string | null }) =>
      (await graphqlRequest(MoveOrgUnitMutation, { id, parentId })).moveOrgUnit,
  );
}

/** Refused while the unit has sub-units, clients or members (the error says how many). */
export function useDeleteOrgUnit() {
  return useUnitChange(
    async (id: string) => (await graphqlRequest(DeleteOrgUnitMutation, { id })).deleteOrgUnit,
  );
}

/** Users and clients per unit, own and with everything below (only units in the caller's reach). */
export function useOrgUnitReport(enabled: boolean) {
  return useQuery({
    queryKey: ORG_UNIT_REPORT,
    queryFn: () => graphqlRequest(OrgUnitReportQuery),
    select: (data) => data.orgUnitReport,
    enabled,
  });
}

/** The report as a file, for the table's export menu. */
export async function exportOrgUnitReport(format: ExportFormat) {
  return (await graphqlRequest(ExportOrgUnitReportQuery, { format })).exportOrgUnitReport;
}
