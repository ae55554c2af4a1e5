import { Injectable } from '@nestjs/common';
import type { DocumentBranding } from '../../core/documents/branded-document';
import { OrganizationProfileService } from './organization-profile.service';

/** What documents and apps need to look like the organization. */
export interface OrganizationBrandingData {
  name: string;
  registryCode: string;
  primaryColor?: string;
  logo?: Buffer;
  /** image/png, image/jpeg or image/svg+xml. */
  logoMime?: string;
  footerText?: string;
  address?: string;
}

/**
 * The branding lookup for other modules' PDFs and e-mails: call it inside the scope
 * (request or TenantTransactions.run) of the organization; RLS answers no other one.
 */
@Injectable()
export class BrandingService {
  constructor(private readonly profiles: OrganizationProfileService) {}

  async forOrganization(organizationId: string): Promise<OrganizationBrandingData> {
    const row = await this.profiles.row(organizationId);
    const logo = await this.profiles.logo(row);
    return {
      name: row.name,
      registryCode: row.registry_code,
      primaryColor: row.primary_color ?? undefined,
      logo,
      logoMime: logo ? (row.logo_mime ?? undefined) : undefined,
      footerText: row.footer_text ?? undefined,
      address: row.address ?? undefined,
    };
  }

  /** The same as DocumentService wants it (PDFs take PNG or JPEG logos only: an SVG is left out). */
  async documentBranding(organizationId: string): Promise<DocumentBranding> {
    const b = await this.forOrganization(organizationId);
    return {
      organizationName: b.name,
      registryCode: b.registryCode,
      address: b.address,
      primaryColor: b.primaryColor,
      footerText: b.footerText,
      logo: b.logo && b.logoMime !== 'image/svg+xml' ? b.logo : undefined,
    };
  }
}
