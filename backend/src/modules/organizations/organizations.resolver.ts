import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { OrganizationBranding, OrganizationProfile } from './dto/organization-profile.type';
import { UpdateOrganizationProfileInput } from './dto/update-organization-profile.input';
import { OrganizationProfileService } from './organization-profile.service';

@Resolver(() => OrganizationProfile)
export class OrganizationsResolver {
  constructor(private readonly profiles: OrganizationProfileService) {}

  @RequirePrincipal('staff')
  @Query(() => OrganizationProfile, {
    description: "The signed-in staff member's organization: profile, settings and branding.",
  })
  myOrganization(): Promise<OrganizationProfile> {
    return this.profiles.get();
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrganizationProfile, {
    description: 'Changes the given fields of the profile; nothing is saved when any is invalid.',
  })
  updateOrganizationProfile(
    @Args('input') input: UpdateOrganizationProfileInput,
  ): Promise<OrganizationProfile> {
    return this.profiles.update(input);
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrganizationProfile, {
    description:
      'Replaces the logo: PNG, SVG (sanitised) or JPEG, at most 1 MB, checked by its content.',
  })
  uploadOrganizationLogo(
    @Args('contentBase64') contentBase64: string,
    @Args('fileName') fileName: string,
  ): Promise<OrganizationProfile> {
    return this.profiles.uploadLogo(contentBase64, fileName);
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrganizationProfile)
  removeOrganizationLogo(): Promise<OrganizationProfile> {
    return this.profiles.removeLogo();
  }

  @ResolveField(() => OrganizationBranding)
  async branding(@Parent() profile: OrganizationProfile): Promise<OrganizationBranding> {
    const logo = await this.profiles.logo({ id: profile.id, logo_key: profile.logoKey });
    return {
      primaryColor: profile.primaryColor,
      logoMime: logo ? profile.logoMime : null,
      logoDataUrl: logo ? `data:${profile.logoMime};base64,${logo.toString('base64')}` : null,
    };
  }
}
