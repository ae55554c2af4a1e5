import { Module } from '@nestjs/common';
import { RolesService } from './roles.service';

/**
 * Roles as data per organization: RolesService (list, get, upsert, reset to default) for the
 * role editor. Resolution per request lives in TenantTransactions and access.ts.
 */
@Module({
  providers: [RolesService],
  exports: [RolesService],
})
export class RolesModule {}
