import { Module } from '@nestjs/common';
import { FilesModule } from '../../core/files/files.module';
import { BrandingService } from './branding.service';
import { OrganizationProfileService } from './organization-profile.service';
import { OrganizationsResolver } from './organizations.resolver';
import { PlatformOrganizationsResolver } from './platform-organizations.resolver';
import { PlatformOrganizationsService } from './platform-organizations.service';

/**
 * The organization's profile, invoice settings and branding (its admins), the branding lookup
 * for documents (BrandingService), and the platform operator's organizations.
 */
@Module({
  imports: [FilesModule],
  providers: [
    OrganizationProfileService,
    BrandingService,
    PlatformOrganizationsService,
    OrganizationsResolver,
    PlatformOrganizationsResolver,
  ],
  exports: [BrandingService],
})
export class OrganizationsModule {}
