import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import {
  ACCESS_SCOPES,
  ALL_PERMISSIONS,
  FIELD_RULE_KEYS,
  FIELD_RULES,
  Permission,
  PERMISSION_CATALOGUE,
} from './permissions';
import { RequirePermission } from './require-permission';
import { Role, RolesService } from './roles.service';
import { PermissionCatalogue, RoleType, UpsertRoleInput } from './roles.types';

/**
 * The role editor of an organization's admins: the roles, the catalogue they are made of,
 * and creating, editing and resetting a role. RolesService validates and audits; changes
 * take effect with each member's next request.
 */
@Resolver(() => RoleType)
export class RolesResolver {
  constructor(private readonly service: RolesService) {}

  @RequirePermission(Permission.RoleManage)
  @Query(() => [RoleType], { description: "The organization's roles, in the editor's order." })
  async roles(): Promise<RoleType[]> {
    const [roles, counts] = await Promise.all([this.service.list(), this.service.memberCounts()]);
    return roles.map((role) => toType(role, counts));
  }

  @RequirePermission(Permission.RoleManage)
  @Query(() => PermissionCatalogue, {
    description: 'What roles are made of: permissions, governed fields, field rules and scopes.',
  })
  permissionCatalogue(): PermissionCatalogue {
    return {
      permissions: ALL_PERMISSIONS.map((key) => {
        const info = PERMISSION_CATALOGUE[key];
        return {
          key,
          description: info.description,
          readsPersonalData: info.readsPersonalData,
          holders: [...info.holders],
          assignable: info.holders.includes('staff'),
        };
      }),
      fieldRuleKeys: Object.entries(FIELD_RULE_KEYS).map(([key, info]) => ({
        key,
        description: info.description,
        requires: 'requires' in info ? info.requires : null,
      })),
      fieldRules: [...FIELD_RULES],
      scopes: [...ACCESS_SCOPES],
    };
  }

  @RequirePermission(Permission.RoleManage)
  @Mutation(() => RoleType, {
    description:
      'Creates the role or replaces its content; editing a default role marks it customized. ' +
      'Refuses unknown values (BAD_USER_INPUT) and must-deny permissions (ROLE_MUST_DENY).',
  })
  async upsertRole(@Args('input') input: UpsertRoleInput): Promise<RoleType> {
    const fieldRules: Record<string, string> = {};
    for (const { field, rule } of input.fieldRules ?? []) {
      if (field in fieldRules)
        throw AppError.badInput([
          { field: 'input.fieldRules', key: 'INVALID_VALUE', params: { value: field } },
        ]);
      fieldRules[field] = rule;
    }
    const role = await this.service.upsert({
      key: input.key,
      names: { et: input.names.et, en: input.names.en, ru: input.names.ru },
      permissions: input.permissions,
      scope: input.scope,
      fieldRules,
    });
    return toType(role, await this.service.memberCounts());
  }

  @RequirePermission(Permission.RoleManage)
  @Mutation(() => RoleType, {
    description:
      'Puts a customized default role back to the shipped content (NOT_FOUND for a custom role).',
  })
  async resetRoleToDefault(@Args('key') key: string): Promise<RoleType> {
    const role = await this.service.resetToDefault(key);
    return toType(role, await this.service.memberCounts());
  }
}

function toType(role: Role, counts: Map<string, number>): RoleType {
  return {
    id: role.id,
    key: role.key,
    names: role.names,
    permissions: role.permissions,
    scope: role.scope,
    fieldRules: Object.entries(role.fieldRules)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, rule]) => ({ field, rule })),
    isDefault: role.isDefault,
    customized: role.customizedAt !== null,
    customizedAt: role.customizedAt,
    updatedAt: role.updatedAt,
    memberCount: counts.get(role.key) ?? 0,
  };
}
