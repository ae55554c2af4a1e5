import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

/** A unit code as the database accepts it (org_unit.code CHECK). */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const UNIT_NAME_MAX = 200;
export const UNIT_DESCRIPTION_MAX = 2000;

@InputType({ description: 'A new org unit.' })
export class CreateOrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'The parent unit; omitted = a top-level unit.' })
  @IsOptional()
  @IsString()
  parentId?: string | null;

  @Field({ description: 'Name, unique among its siblings; at most 200 characters.' })
  @IsNotEmpty()
  @MaxLength(UNIT_NAME_MAX)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Short code, unique in the organization: a letter or digit, then up to 39 of letters, digits, . _ -.',
  })
  @IsOptional()
  @Matches(UNIT_CODE)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(UNIT_DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The responsible people: active members, who are also put into the unit.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  managerUserIds?: string[] | null;
}

@InputType({
  description:
    'Changes to an org unit: only the fields given change; null clears code or description.',
})
export class UpdateOrgUnitInput {
  @Field({
    nullable: true,
    description: 'Name, unique among its siblings; at most 200 characters.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(UNIT_NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short code, unique in the organization.' })
  @IsOptional()
  @Matches(UNIT_CODE)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(UNIT_DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Replaces the responsible people (active members; they are also put into the unit).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  managerUserIds?: string[] | null;
}
