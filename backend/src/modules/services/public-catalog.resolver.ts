import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/require-permission';
import { CatalogService } from './catalog.service';
import { PublicService } from './dto/catalog.types';

/** The public info portal's read of an organization's services: no login needed. */
@Resolver(() => PublicService)
export class PublicCatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [PublicService], {
    description:
      'Services an organization marks public and offers today (public fields only); empty for an unknown or suspended organization. No login needed.',
  })
  publicServices(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<PublicService[]> {
    return this.catalog.publicServices(organizationId);
  }
}
