import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { PageArgs, Paginated } from '../../../core/graphql/pagination';
import { IsRegistryCode } from './validators';

export const ORGANIZATION_STATUSES = ['active', 'suspended'] as const;

@ObjectType({ description: 'An organization as the platform operator sees it.' })
export class PlatformOrganization {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  registryCode: string;
  @Field({ description: 'active or suspended.' })
  status: string;
  @Field()
  createdAt: Date;
  @Field(() => Int, { description: 'Active memberships.' })
  memberCount: number;
}

@ObjectType()
export class PlatformOrganizationConnection extends Paginated(PlatformOrganization) {}

@ArgsType()
export class PlatformOrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'active or suspended.' })
  @IsOptional()
  @IsIn(ORGANIZATION_STATUSES)
  status?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsNotEmpty()
  @IsRegistryCode()
  registryCode: string;

  @Field({ description: 'The first organization admin: gets an e-mail to set a password.' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(200)
  firstAdminEmail: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  firstAdminName: string;
}

@ObjectType()
export class CreatedOrganization {
  @Field(() => PlatformOrganization)
  organization: PlatformOrganization;
  @Field(() => ID)
  firstAdminUserId: string;
  @Field({ description: 'True when the set-password e-mail was queued.' })
  invitationQueued: boolean;
}
