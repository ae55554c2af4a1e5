import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';

/**
 * The role editor's GraphQL types. The inputs only shape what arrives: RolesService.upsert
 * checks the content (key format, names, permissions, scope, field rules, must-deny cells)
 * and names each problem by its input path (`input.permissions`, `input.names.et`, …).
 */

@ObjectType({ description: "A role's name in each interface language." })
export class RoleNamesType {
  @Field()
  et: string;
  @Field()
  en: string;
  @Field()
  ru: string;
}

@ObjectType({ description: 'How a role sees one governed field: mask or hide (show is no rule).' })
export class RoleFieldRule {
  @Field({ description: 'A field-rule key of the catalogue, e.g. client.isikukood.' })
  field: string;
  @Field({ description: 'mask or hide.' })
  rule: string;
}

@ObjectType('Role', { description: "One of the organization's roles." })
export class RoleType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Stable key, named by memberships (e.g. receptionist).' })
  key: string;
  @Field(() => RoleNamesType)
  names: RoleNamesType;
  @Field(() => [String], { description: 'Permission keys of the catalogue, in catalogue order.' })
  permissions: string[];
  @Field({ description: 'own, unit, subtree or organization.' })
  scope: string;
  @Field(() => [RoleFieldRule])
  fieldRules: RoleFieldRule[];
  @Field({ description: 'Shipped with Reha; follows the shipped content until customized.' })
  isDefault: boolean;
  @Field({ description: 'A default role an admin has edited (resetRoleToDefault undoes it).' })
  customized: boolean;
  @Field(() => Date, { nullable: true })
  customizedAt: Date | null;
  @Field()
  updatedAt: Date;
  @Field(() => Int, { description: 'Active memberships holding this role.' })
  memberCount: number;
}

@ObjectType({ description: 'A permission of the catalogue.' })
export class PermissionCatalogueEntry {
  @Field({ description: 'e.g. client.read.' })
  key: string;
  @Field()
  description: string;
  @Field({ description: 'Reads personal data of clients or staff.' })
  readsPersonalData: boolean;
  @Field(() => [String], { description: 'Who may hold it: staff, agency, operator.' })
  holders: string[];
  @Field({ description: "Whether an organization's role may hold it (staff holders)." })
  assignable: boolean;
}

@ObjectType({ description: 'A governed field that roles may mask or hide.' })
export class FieldRuleKeyEntry {
  @Field({ description: 'e.g. client.isikukood.' })
  key: string;
  @Field()
  description: string;
  @Field(() => String, {
    nullable: true,
    description: 'A permission without which the field is hidden whatever the rules say.',
  })
  requires: string | null;
}

@ObjectType({ description: 'What roles are made of: permissions, field-rule keys and scopes.' })
export class PermissionCatalogue {
  @Field(() => [PermissionCatalogueEntry])
  permissions: PermissionCatalogueEntry[];
  @Field(() => [FieldRuleKeyEntry])
  fieldRuleKeys: FieldRuleKeyEntry[];
  @Field(() => [String], { description: 'The rules a governed field can have: mask, hide.' })
  fieldRules: string[];
  @Field(() => [String], { description: 'Access scopes, narrowest first.' })
  scopes: string[];
}

@InputType()
export class RoleNamesInput {
  @Field()
  @IsString()
  et: string;
  @Field()
  @IsString()
  en: string;
  @Field()
  @IsString()
  ru: string;
}

@InputType()
export class RoleFieldRuleInput {
  @Field({ description: 'A field-rule key of the catalogue.' })
  @IsString()
  field: string;
  @Field({ description: 'mask or hide.' })
  @IsString()
  rule: string;
}

@InputType({
  description:
    'A role as the role editor sends it: created when the key is new, replaced otherwise.',
})
export class UpsertRoleInput {
  @Field({ description: 'Lower-case letters, digits and dashes, 2–63 characters.' })
  @IsString()
  key: string;

  @Field(() => RoleNamesInput)
  @ValidateNested()
  @Type(() => RoleNamesInput)
  names: RoleNamesInput;

  @Field(() => [String], { description: 'Permission keys of the catalogue (staff-holdable).' })
  @IsString({ each: true })
  permissions: string[];

  @Field({ description: 'own, unit, subtree or organization.' })
  @IsString()
  scope: string;

  @Field(() => [RoleFieldRuleInput], {
    nullable: true,
    description: 'The field rules, replacing the list; omitted or empty means none.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RoleFieldRuleInput)
  fieldRules?: RoleFieldRuleInput[];
}
