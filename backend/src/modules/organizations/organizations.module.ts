import { Module } from '@nestjs/common';
import { ExportModule } from '../../core/export/export.module';
import { FilesModule } from '../../core/files/files.module';
import { BrandingService } from './branding.service';
import { OrganizationProfileService } from './organization-profile.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrgUnitsResolver } from './org-units.resolver';
import { OrgUnitsService } from './org-units.service';
import { PlatformOrganizationsResolver } from './platform-organizations.resolver';
import { PlatformOrganizationsService } from './platform-organizations.service';

/**
 * The organization's profile, invoice settings and branding (its admins), the branding lookup
 * for documents (BrandingService), the org-unit tree and its report, and the platform
 * operator's organizations.
 */
@Module({
  imports: [FilesModule, ExportModule],
  providers: [
    OrganizationProfileService,
    BrandingService,
    PlatformOrganizationsService,
    OrganizationsResolver,
    PlatformOrganizationsResolver,
    OrgUnitsService,
    OrgUnitsResolver,
  ],
  exports: [BrandingService],
})
export class OrganizationsModule {}
