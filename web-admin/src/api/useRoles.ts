import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import type {
  PermissionCatalogueQuery as PermissionCatalogueResult,
  RolesQuery as RolesResult,
  UpsertRoleInput,
} from '../gql/graphql';
import { graphqlRequest } from './graphqlRequest';

export type Role = RolesResult['roles'][number];
export type PermissionCatalogue = PermissionCatalogueResult['permissionCatalogue'];

graphql(`
  fragment RoleFields on Role {
    id
    key
    names {
      et
      en
      ru
    }
    permissions
    scope
    fieldRules {
      field
      rule
    }
    isDefault
    customized
    memberCount
  }
`);

const RolesQuery = graphql(`
  query Roles {
    roles {
      ...RoleFields
    }
  }
`);

const PermissionCatalogueQuery = graphql(`
  query PermissionCatalogue {
    permissionCatalogue {
      permissions {
        key
        description
        assignable
        readsPersonalData
      }
      fieldRuleKeys {
        key
        description
        requires
      }
      fieldRules
      scopes
    }
  }
`);

const UpsertRoleMutation = graphql(`
  mutation UpsertRole($input: UpsertRoleInput!) {
    upsertRole(input: $input) {
      ...RoleFields
    }
  }
`);

const ResetRoleToDefaultMutation = graphql(`
  mutation ResetRoleToDefault($key: String!) {
    resetRoleToDefault(key: $key) {
      ...RoleFields
    }
  }
`);

const ROLES = ['roles'] as const;
/** A change of a role changes what its members may do: their permissions are asked again. */
const MY_ACCESS = ['myAccess'] as const;

/** The organization's roles, in the editor's order (role.manage). */
export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({
    ...options,
    queryKey: ROLES,
    queryFn: () => graphqlRequest(RolesQuery),
    select: (data) => data.roles,
  });
}

/** What roles are made of: permissions, governed fields and their rules, scopes. */
export function usePermissionCatalogue(options: { enabled?: boolean } = {}) {
  return useQuery({
    ...options,
    queryKey: ['permissionCatalogue'],
    queryFn: () => graphqlRequest(PermissionCatalogueQuery),
    select: (data) => data.permissionCatalogue,
    staleTime: Infinity, // defined in code: changes only with a new release
  });
}

function useRoleMutation<TVariables>(send: (variables: TVariables) => Promise<Role>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ROLES }),
        queryClient.invalidateQueries({ queryKey: MY_ACCESS }),
      ]);
    },
  });
}

/** Creates the role (new key) or replaces its content. */
export function useUpsertRole() {
  return useRoleMutation(
    async (input: UpsertRoleInput) =>
      (await graphqlRequest(UpsertRoleMutation, { input })).upsertRole,
  );
}

/** Puts a customized default role back to the content Reha ships. */
export function useResetRoleToDefault() {
  return useRoleMutation(
    async (key: string) =>
      (await graphqlRequest(ResetRoleToDefaultMutation, { key })).resetRoleToDefault,
  );
}
