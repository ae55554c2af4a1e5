import { AuditResolver } from './core/audit/audit.resolver';
import { ServerInfoResolver } from './core/system/server-info.resolver';
import { TestEmailResolver } from './core/system/test-email.resolver';
import { ClientsResolver } from './modules/clients/clients.resolver';
import { EidLinkResolver } from './core/auth/eid/eid-link.resolver';
import { SessionResolver } from './core/auth/session.resolver';
import { TotpResolver } from './core/auth/totp.resolver';
import { RolesResolver } from './core/auth/roles.resolver';
import { OrganizationsResolver } from './modules/organizations/organizations.resolver';
import { PlatformOrganizationsResolver } from './modules/organizations/platform-organizations.resolver';
import { OrgUnitsResolver } from './modules/organizations/org-units.resolver';
import { MembersResolver } from './modules/people/members.resolver';
import { CatalogResolver } from './modules/services/catalog.resolver';
import { PublicCatalogResolver } from './modules/services/public-catalog.resolver';
import { RoomsResolver } from './modules/services/rooms.resolver';
import { StateCatalogResolver } from './modules/services/state-catalog.resolver';
import { SpecialistsResolver } from './modules/people/specialists.resolver';
import { PriceListsResolver } from './modules/pricing/price-lists.resolver';

/** The core's own resolvers, provided by AppModule. */
export const coreResolvers = [ServerInfoResolver, TestEmailResolver, AuditResolver];

/** Every resolver class, for the schema file: core and each module's (modules add theirs here). */
export const graphqlResolvers = [...coreResolvers, ClientsResolver];
// Provided by AuthModule; listed here for the schema file.
(graphqlResolvers as unknown[]).push(SessionResolver, TotpResolver);
// Provided by EidModule; listed here for the schema file.
(graphqlResolvers as unknown[]).push(EidLinkResolver);
// Provided by OrganizationsModule.
(graphqlResolvers as unknown[]).push(OrganizationsResolver, PlatformOrganizationsResolver);
(graphqlResolvers as unknown[]).push(OrgUnitsResolver);
// Provided by RolesModule.
(graphqlResolvers as unknown[]).push(RolesResolver);
// Provided by PeopleModule.
(graphqlResolvers as unknown[]).push(MembersResolver);
(graphqlResolvers as unknown[]).push(SpecialistsResolver);
// Provided by ServicesModule.
(graphqlResolvers as unknown[]).push(StateCatalogResolver, CatalogResolver, PublicCatalogResolver);
(graphqlResolvers as unknown[]).push(RoomsResolver);
// Provided by PricingModule.
(graphqlResolvers as unknown[]).push(PriceListsResolver);
