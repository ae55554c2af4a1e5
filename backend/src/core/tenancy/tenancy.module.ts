import { Global, Module } from '@nestjs/common';
import { AccessTokens } from '../auth/access-tokens';
import { AuditService } from '../audit/audit.service';
import { Db } from './db';
import { TenantTransactions } from './tenant-transactions';

/** Request scope, transactions as reha_app, the scoped database handle, audit recording. */
@Global()
@Module({
  providers: [TenantTransactions, Db, AuditService, AccessTokens],
  exports: [TenantTransactions, Db, AuditService, AccessTokens],
})
export class TenancyModule {}
