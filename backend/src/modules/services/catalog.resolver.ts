import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { CatalogService } from './catalog.service';
import {
  CreateProviderServiceInput,
  CreateServicePackageInput,
  IsCalendarDate,
  ProviderServicesArgs,
  UpdateProviderServiceInput,
  UpdateServicePackageInput,
} from './dto/catalog.inputs';
import { ProviderService, ServicePackage } from './dto/catalog.types';

@ArgsType()
export class EndProviderServiceArgs {
  @Field(() => ID, { description: 'The service.' })
  @IsString()
  id: string;

  @Field({ description: 'The first day the service is no longer offered (YYYY-MM-DD).' })
  @IsCalendarDate()
  validTo: string;
}

/** The organization's services and packages: any staff member reads, catalog admins write. */
@Resolver(() => ProviderService)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @RequirePrincipal('staff')
  @Query(() => [ProviderService], { description: 'The organization’s services, by name.' })
  providerServices(@Args() args: ProviderServicesArgs): Promise<ProviderService[]> {
    return this.catalog.list(args);
  }

  @RequirePrincipal('staff')
  @Query(() => ProviderService, { description: 'One of the organization’s services.' })
  providerService(@Args('id', { type: () => ID }) id: string): Promise<ProviderService> {
    return this.catalog.get(id);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => ProviderService, {
    description:
      'Adds a service; a state code must be valid on its first day and allow its forms and professions.',
  })
  createProviderService(
    @Args('input') input: CreateProviderServiceInput,
  ): Promise<ProviderService> {
    return this.catalog.create(input);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => ProviderService, {
    description: 'Changes the given fields of a service (checked again as on creation).',
  })
  updateProviderService(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProviderServiceInput,
  ): Promise<ProviderService> {
    return this.catalog.update(id, input);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => ProviderService, {
    description:
      'Ends a service from a date: it is no longer offered, its history stays (services are never deleted).',
  })
  endProviderService(@Args() args: EndProviderServiceArgs): Promise<ProviderService> {
    return this.catalog.end(args.id, args.validTo);
  }

  @RequirePrincipal('staff')
  @Query(() => [ServicePackage], { description: 'The organization’s service packages, by name.' })
  servicePackages(): Promise<ServicePackage[]> {
    return this.catalog.packages();
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => ServicePackage, { description: 'Adds a service package.' })
  createServicePackage(@Args('input') input: CreateServicePackageInput): Promise<ServicePackage> {
    return this.catalog.createPackage(input);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => ServicePackage, {
    description: 'Changes a package; items given replace all its items.',
  })
  updateServicePackage(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateServicePackageInput,
  ): Promise<ServicePackage> {
    return this.catalog.updatePackage(id, input);
  }
}
