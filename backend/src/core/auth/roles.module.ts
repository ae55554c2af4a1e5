import { Module } from '@nestjs/common';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

/**
 * Roles as data per organization: RolesService (list, get, upsert, reset to default) for the
 * role editor, and its GraphQL API (RolesResolver). Resolution per request lives in
 * TenantTransactions and access.ts.
 */
@Module({
  providers: [RolesService, RolesResolver],
  exports: [RolesService],
})
export class RolesModule {}
