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
