import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';

/** The largest amount the registry takes: 100 000 € in cents (the table's CHECK). */
export const MAX_COST_CENTS = 10_000_000;
const NAME_MAX = 200;
const TEXT_MAX = 4000;
const KEY_MAX = 63;
const LIST_MAX = 100;
/** Digits, spaces, +, -, ( and ): an Estonian or foreign number as people write it. */
export const PHONE = /^\+?[0-9 ()-]{5,30}$/;

@InputType({ description: 'A service the specialist may provide, with its own cost.' })
export class SpecialistServiceInput {
  @Field(() => ID, { description: 'A provider service of the organization.' })
  @IsUUID()
  serviceId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Cost of providing the service once, in euro cents (0–10 000 000).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  costCents?: number | null;
}

/** The fields create and update share. */
@InputType({ isAbstract: true })
class SpecialistFields {
  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @Matches(PHONE)
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Qualifications, training and certificates (at most 4000 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  qualifications?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cost of an hour of work in euro cents (0–10 000 000).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  costPerHourCents?: number | null;

  @Field(() => [SpecialistServiceInput], {
    nullable: true,
    description: 'Services the specialist may provide; on update the list replaces the old one.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => SpecialistServiceInput)
  services?: SpecialistServiceInput[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Org units the specialist works in; on update the list replaces the old one.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

@InputType({
  description:
    'A new specialist: a staff member (userId) or an external specialist (name, e-mail, phone).',
})
export class CreateSpecialistInput extends SpecialistFields {
  @Field(() => ID, {
    nullable: true,
    description:
      'An active member of the organization; their name and e-mail come from their account. Omit for an external specialist.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of an external specialist (required for one; not for a staff member).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of an external specialist (a staff member’s is their sign-in address).',
  })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => [String], { description: 'Profession keys of the specialties classifier.' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(KEY_MAX, { each: true })
  professions: string[];
}

@InputType({ description: 'Changes to a specialist: only the fields given change; lists replace.' })
export class UpdateSpecialistInput extends SpecialistFields {
  @Field(() => String, {
    nullable: true,
    description: 'Name of an external specialist (a staff member’s comes from their account).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail of an external specialist (a staff member’s comes from their account).',
  })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Profession keys of the specialties classifier.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(KEY_MAX, { each: true })
  professions?: string[];
}

@InputType({ description: 'Which specialists to list; all given conditions must hold.' })
export class SpecialistFilter {
  @Field({ nullable: true, description: 'Part of the name or e-mail (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  search?: string;

  @Field({ nullable: true, description: 'A profession key.' })
  @IsOptional()
  @IsString()
  @MaxLength(KEY_MAX)
  profession?: string;

  @Field(() => ID, { nullable: true, description: 'Specialists working in this unit or below it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Specialists who may provide this service.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) ones.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Only external (true) or only staff (false) specialists.' })
  @IsOptional()
  @IsBoolean()
  external?: boolean;
}

/** Page arguments and filter in one validated object; the order is by name. */
@ArgsType()
export class SpecialistsArgs extends PageArgs {
  @Field(() => SpecialistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpecialistFilter)
  filter?: SpecialistFilter;
}
