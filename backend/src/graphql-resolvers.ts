import { AuditResolver } from './core/audit/audit.resolver';
import { ServerInfoResolver } from './core/system/server-info.resolver';
import { TestEmailResolver } from './core/system/test-email.resolver';
import { ClientsResolver } from './modules/clients/clients.resolver';

/** The core's own resolvers, provided by AppModule. */
export const coreResolvers = [ServerInfoResolver, TestEmailResolver, AuditResolver];

/** Every resolver class, for the schema file: core and each module's (modules add theirs here). */
export const graphqlResolvers = [...coreResolvers, ClientsResolver];
