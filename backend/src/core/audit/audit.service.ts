import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { requireScope } from '../tenancy/scope';
import type { AuditEventInput, AuditResult } from './audit-event';

export type AuditRecord = Omit<AuditEventInput, 'occurredAt' | 'result'> & {
  result?: AuditResult;
};

/**
 * Records audit events into the current scope. They are inserted with the request's own
 * transaction when it commits (no chain link, no lock on the hot path; the sealer chains them
 * later). If the request fails, reads are still recorded (the data was seen), changes are
 * recorded as failed, and denials are written in a transaction of their own.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  record(event: AuditRecord): void {
    requireScope('audit').audit.push({ result: 'ok', ...event, occurredAt: this.clock.now() });
  }

  /** A refused attempt: survives the rollback of the request that made it. */
  recordDenied(event: Omit<AuditRecord, 'result'> & { errorCode: string }): void {
    requireScope('audit').auditAfterRollback.push({
      ...event,
      result: 'denied',
      occurredAt: this.clock.now(),
    });
  }
}
