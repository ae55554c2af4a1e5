import { Args, ArgsType, Context, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission } from '../../core/auth/require-permission';
import { toConnection } from '../../core/graphql/pagination';
import type { RequestContext } from '../../core/request/request-context';
import {
  CreatedOrganization,
  CreateOrganizationInput,
  PlatformOrganization,
  PlatformOrganizationConnection,
  PlatformOrganizationsArgs,
} from './dto/platform-organization.type';
import { PlatformOrganizationsService } from './platform-organizations.service';

@ArgsType()
export class SuspendOrganizationArgs {
  @Field(() => ID)
  @IsNotEmpty()
  id: string;

  @Field({ description: 'Why (kept in the operator’s history, not shown to the organization).' })
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@Resolver(() => PlatformOrganization)
export class PlatformOrganizationsResolver {
  constructor(private readonly service: PlatformOrganizationsService) {}

  @RequirePermission(Permission.PlatformOrganizations)
  @Query(() => PlatformOrganizationConnection, {
    description: 'Organizations on the platform, oldest first (platform operator).',
  })
  async platformOrganizations(
    @Args() args: PlatformOrganizationsArgs,
  ): Promise<PlatformOrganizationConnection> {
    const { rows, total } = await this.service.list(
      { status: args.status, name: args.name },
      args.first,
      args.after ?? undefined,
    );
    return toConnection(rows, args.first, total, (o) => [o.createdAt.toISOString(), o.id]);
  }

  @RequirePermission(Permission.PlatformOrganizations)
  @Mutation(() => CreatedOrganization, {
    description:
      'Creates an organization (with the default roles) and its first admin, who gets an e-mail to set a password.',
  })
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context() ctx: RequestContext,
  ): Promise<CreatedOrganization> {
    return this.service.create(input, ctx.locale);
  }

  @RequirePermission(Permission.PlatformOrganizations)
  @Mutation(() => PlatformOrganization, {
    description: "Suspends an organization: its members' next requests are refused.",
  })
  suspendOrganization(@Args() args: SuspendOrganizationArgs): Promise<PlatformOrganization> {
    return this.service.setStatus(args.id, 'suspended', args.reason);
  }

  @RequirePermission(Permission.PlatformOrganizations)
  @Mutation(() => PlatformOrganization)
  reactivateOrganization(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlatformOrganization> {
    return this.service.setStatus(id, 'active');
  }
}
