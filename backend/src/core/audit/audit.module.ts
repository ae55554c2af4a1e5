import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditSealer } from './audit-sealer';
import { AuditVerifier } from './audit-verifier';

/**
 * The audit log's chain (sealer in the worker, verifier) and its reading side. Recording
 * events (AuditService) lives with the request scope in TenancyModule.
 */
@Global()
@Module({
  providers: [AuditSealer, AuditVerifier, AuditLog],
  exports: [AuditSealer, AuditVerifier, AuditLog],
})
export class AuditModule {}
