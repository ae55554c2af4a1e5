import { useMyOrganization } from '../api/useOrganization';

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** What the header shows of the organization's branding; nothing until it is known. */
export interface Branding {
  organizationName?: string;
  logoDataUrl?: string;
  /** #RRGGBB, only when the organization has chosen one. */
  accentColour?: string;
}

/**
 * The signed-in user's organization's logo and primary colour (shared with the organization
 * page's query, so a saved change shows at once). Without a session, Reha's own look.
 */
export function useBranding(signedIn: boolean): Branding {
  const organization = useMyOrganization({ enabled: signedIn });
  if (!signedIn || !organization.data) return {};
  const { legalName, branding } = organization.data;
  return {
    organizationName: legalName,
    logoDataUrl: branding.logoDataUrl ?? undefined,
    accentColour:
      branding.primaryColor && HEX_COLOUR.test(branding.primaryColor)
        ? branding.primaryColor
        : undefined,
  };
}
