import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type {
  ExportFormat,
  InviteMemberInput,
  MemberFilter,
  MemberOrderBy,
  UpdateMemberInput,
} from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

const MembersQuery = graphql(`
  query Members($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {
    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        cursor
        node {
          userId
          email
          displayName
          status
          roles
          units {
            unitId
            name
            roles
          }
          specialties {
            key
            name
            registrationNumber
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

/** Only names: cheap enough (query cost) to list a whole organization's staff in a picker. */
const MemberNamesQuery = graphql(`
  query MemberNames($filter: MemberFilter, $first: Int) {
    members(filter: $filter, first: $first) {
      edges {
        node {
          userId
          displayName
          status
        }
      }
    }
  }
`);

const MemberQuery = graphql(`
  query Member($userId: ID!) {
    member(userId: $userId) {
      userId
      email
      displayName
      status
      roles
      units {
        unitId
        name
        roles
      }
      managerOf
      specialties {
        key
        name
        registrationNumber
      }
      invitedAt
      acceptedAt
      deactivatedAt
      createdAt
    }
  }
`);

const ExportMembersQuery = graphql(`
  query ExportMembers($format: ExportFormat!, $filter: MemberFilter) {
    exportMembers(format: $format, filter: $filter) {
      filename
      mimeType
      contentBase64
    }
  }
`);

const SpecialtiesQuery = graphql(`
  query Specialties {
    specialties {
      key
      name
      registration
    }
  }
`);

/** Role names for showing and choosing roles (the `roles` query needs role.manage). */
const MemberRoleChoicesQuery = graphql(`
  query MemberRoleChoices {
    roles {
      key
      names {
        et
        en
        ru
      }
    }
  }
`);

const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      userId
      status
    }
  }
`);

const UpdateMemberMutation = graphql(`
  mutation UpdateMember($userId: ID!, $input: UpdateMemberInput!) {
    updateMember(userId: $userId, input: $input) {
      userId
    }
  }
`);

const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      userId
      status
    }
  }
`);

const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($userId: ID!) {
    reactivateMember(userId: $userId) {
      userId
      status
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      userId
      invitedAt
    }
  }
`);

const MEMBERS = ['members'] as const;

/** What the members list asks: filter, order and the page. */
export interface MembersRequest {
  filter: MemberFilter;
  orderBy: MemberOrderBy;
  first: number;
  after: string | undefined;
}

/** One page of the organization's staff; the previous page stays on screen while the next loads. */
export function useMembers(request: MembersRequest) {
  return useQuery({
    queryKey: [...MEMBERS, 'list', request],
    queryFn: () => graphqlRequest(MembersQuery, request),
    select: (data) => data.members,
    placeholderData: keepPreviousData,
  });
}

/** Staff names for choosing people (unit managers), by name; the API's page maximum (200). */
export function useMemberNames(filter: MemberFilter, enabled = true) {
  return useQuery({
    queryKey: [...MEMBERS, 'names', filter],
    queryFn: () => graphqlRequest(MemberNamesQuery, { filter, first: 200 }),
    select: (data) => data.members.edges.map((edge) => edge.node),
    enabled,
    staleTime: 60_000,
  });
}

export function useMember(userId: string | undefined) {
  return useQuery({
    queryKey: [...MEMBERS, 'one', userId],
    queryFn: () => graphqlRequest(MemberQuery, { userId: userId! }),
    select: (data) => data.member,
    enabled: Boolean(userId),
  });
}

/** The filtered members as a file, for the table's export menu. */
export async function exportMembers(format: ExportFormat, filter: MemberFilter) {
  return (await graphqlRequest(ExportMembersQuery, { format, filter })).exportMembers;
}

/** The specialties classifier, names in the request's language. */
export function useSpecialties() {
  return useQuery({
    queryKey: ['specialties'],
    queryFn: () => graphqlRequest(SpecialtiesQuery),
    select: (data) => data.specialties,
    staleTime: 10 * 60_000,
  });
}

/** The organization's roles with their names in et/en/ru. */
export function useRoleChoices() {
  return useQuery({
    queryKey: ['roles', 'choices'],
    queryFn: () => graphqlRequest(MemberRoleChoicesQuery),
    select: (data) => data.roles,
    staleTime: 60_000,
  });
}

function useMemberChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // Units show member counts, roles show member counts: both may have changed too.
    onSuccess: () =>
      Promise.all(
        [MEMBERS, ['orgUnits'], ['roles']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

/** Adds a staff member: an invitation e-mail, or a note to someone with an account elsewhere. */
export function useInviteMember() {
  return useMemberChange(
    async (input: InviteMemberInput) =>
      (await graphqlRequest(InviteMemberMutation, { input })).inviteMember,
  );
}

/** Changes only the fields given; the lists given replace the old ones. */
export function useUpdateMember() {
  return useMemberChange(
    async ({ userId, input }: { userId: string; input: UpdateMemberInput }) =>
      (await graphqlRequest(UpdateMemberMutation, { userId, input })).updateMember,
  );
}

/** Ends the member's access here (history stays); refused for oneself and the last admin. */
export function useDeactivateMember() {
  return useMemberChange(
    async (userId: string) =>
      (await graphqlRequest(DeactivateMemberMutation, { userId })).deactivateMember,
  );
}

export function useReactivateMember() {
  return useMemberChange(
    async (userId: string) =>
      (await graphqlRequest(ReactivateMemberMutation, { userId })).reactivateMember,
  );
}

/** A new invitation link by e-mail (the old one stops working); only for INVITED members. */
export function useResendInvitation() {
  return useMemberChange(
    async (userId: string) =>
      (await graphqlRequest(ResendInvitationMutation, { userId })).resendInvitation,
  );
}
