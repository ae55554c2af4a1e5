import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { MemberStatus } from './member.type';

/** The format the database accepts for a registration number (member_specialty CHECK). */
export const REGISTRATION_NUMBER = /^[A-Za-z0-9-]{2,30}$/;
export const DISPLAY_NAME_MAX = 200;
const ROLE_KEY_MAX = 63;
const LIST_MAX = 50;

@InputType({ description: 'A unit the member works in, with roles held only there.' })
export class MemberUnitInput {
  @Field(() => ID)
  @IsNotEmpty()
  @IsString()
  unitId: string;

  @Field(() => [String], { nullable: true, description: 'Role keys held only in this unit.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ROLE_KEY_MAX, { each: true })
  roles?: string[];
}

@InputType({ description: 'A specialty of the member with its registration number.' })
export class MemberSpecialtyInput {
  @Field({ description: 'Key in the specialties classifier.' })
  @IsNotEmpty()
  @IsString()
  @MaxLength(ROLE_KEY_MAX)
  key: string;

  @Field(() => String, {
    nullable: true,
    description: 'Health Board or certificate number: 2–30 letters, digits or hyphens.',
  })
  @IsOptional()
  @Matches(REGISTRATION_NUMBER)
  registrationNumber?: string | null;
}

@InputType({ description: 'A new member: an invitation e-mail goes to the address.' })
export class InviteMemberInput {
  @Field({ description: 'Sign-in e-mail address.' })
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @Field({ description: 'Name shown to colleagues (used for a new account).' })
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX)
  displayName: string;

  @Field(() => [String], {
    description: 'Organization-wide role keys; may be empty when a unit gives a role.',
  })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ROLE_KEY_MAX, { each: true })
  roles: string[];

  @Field(() => [MemberUnitInput], { nullable: true, description: 'Units, with unit roles.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => MemberUnitInput)
  units?: MemberUnitInput[];

  @Field(() => [MemberSpecialtyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => MemberSpecialtyInput)
  specialties?: MemberSpecialtyInput[];
}

@InputType({ description: 'Changes to a member: only the fields given change; lists replace.' })
export class UpdateMemberInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX)
  displayName?: string;

  @Field(() => [String], { nullable: true, description: 'Organization-wide role keys.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ROLE_KEY_MAX, { each: true })
  roles?: string[];

  @Field(() => [MemberUnitInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => MemberUnitInput)
  units?: MemberUnitInput[];

  @Field(() => [MemberSpecialtyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => MemberSpecialtyInput)
  specialties?: MemberSpecialtyInput[];
}

export enum MemberOrderField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MemberOrderField, {
  name: 'MemberOrderField',
  description: 'Sort key of members.',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });

@InputType({ description: 'Which members to list; all given conditions must hold.' })
export class MemberFilter {
  @Field({ nullable: true, description: 'Part of the name or e-mail (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => MemberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus;

  @Field({ nullable: true, description: 'A role key, held organization-wide or in a unit.' })
  @IsOptional()
  @IsString()
  @MaxLength(ROLE_KEY_MAX)
  role?: string;

  @Field(() => ID, { nullable: true, description: 'Members working in this unit or below it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'A specialty key.' })
  @IsOptional()
  @IsString()
  @MaxLength(ROLE_KEY_MAX)
  specialty?: string;
}

@InputType({ description: 'Sort order of members (ties broken by the user id).' })
export class MemberOrderBy {
  @Field(() => MemberOrderField)
  @IsEnum(MemberOrderField)
  field: MemberOrderField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection)
  direction: SortDirection;
}

/** Page arguments, filter and order in one validated object. */
@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilter)
  filter?: MemberFilter;

  @Field(() => MemberOrderBy, { nullable: true, description: 'Default: name, ascending.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberOrderBy)
  orderBy?: MemberOrderBy;
}
