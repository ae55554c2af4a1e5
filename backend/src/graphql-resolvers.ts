import { ServerInfoResolver } from './core/system/server-info.resolver';
import { TestEmailResolver } from './core/system/test-email.resolver';

/** Every resolver class, for the schema file; modules add theirs here. */
export const graphqlResolvers = [ServerInfoResolver, TestEmailResolver];
