import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@reha/shared';
import type { Logger } from 'pino';
import { DataSource, QueryRunner } from 'typeorm';
import { CHANGE_ACTIONS, type AuditEventInput } from '../audit/audit-event';
import { permissionsForRoles } from '../auth/permissions';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { actorOf, organizationOf, Principal } from './principal';
import { newScope, runInScope, Scope } from './scope';

export interface RunOptions {
  role?: Scope['role'];
  requestId?: string;
}

/**
 * Opens and ends the one transaction each request, job or command runs in. Inside it the
 * connection is `reha_app` (or `reha_maintenance` for maintenance paths) and knows the
 * principal through transaction-local settings, so RLS policies see the organization and
 * nothing leaks to the next user of the pooled connection.
 */
@Injectable()
export class TenantTransactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs `fn` in a new scope and transaction as `principal` (jobs, commands, tests). */
  async run<T>(principal: Principal, fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    const scope = newScope({
      principal,
      requestId: options.requestId ?? randomUUID(),
      role: options.role ?? 'reha_app',
    });
    return runInScope(scope, async () => {
      await this.begin(scope);
      let result: T;
      try {
        result = await fn();
      } catch (error) {
        await this.end(scope, { ok: false, errorCode: errorCodeOf(error) });
        throw error;
      }
      await this.end(scope, { ok: true });
      return result;
    });
  }

  /**
   * Opens the scope's transaction, switches role, sets the context, and for a staff member
   * reads their roles from the membership (RLS-filtered to the claimed organization: a user
   * acting for an organization they do not belong to finds no row and is refused).
   */
  async begin(scope: Scope): Promise<void> {
    if (scope.transaction) return;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const roles = await this.setContext(runner, scope);
      scope.transaction = { runner, manager: runner.manager };
      const principal = scope.principal;
      if (principal.kind === 'staff') {
        if (roles === null) {
          scope.organizationRefused = true;
          throw new AppError(ErrorCode.FORBIDDEN);
        }
        principal.roles = roles;
        principal.permissions = permissionsForRoles(roles);
      }
    } catch (error) {
      scope.auditAfterRollback.push({
        action: 'denied',
        entityType: 'organization',
        entityId: organizationOf(scope.principal),
        result: 'denied',
        errorCode: errorCodeOf(error),
        occurredAt: this.clock.now(),
      });
      await this.end(scope, { ok: false, errorCode: errorCodeOf(error) }, runner);
      throw error;
    }
  }

  /**
   * Commits (with the scope's audit events) or rolls back; after a rollback the reads that
   * happened, the changes that did not, and the denials are written in a transaction of their
   * own so they survive.
   */
  async end(
    scope: Scope,
    outcome: { ok: boolean; errorCode?: string },
    runner: QueryRunner | undefined = scope.transaction?.runner,
  ): Promise<void> {
    scope.transaction = undefined;
    scope.dataKeys.clear();
    if (!runner) return this.writeAfterRollback(scope, outcome.errorCode);
    let committed = false;
    try {
      if (outcome.ok && runner.isTransactionActive) {
        await this.insertAudit(runner, scope, scope.audit);
        await runner.commitTransaction();
        committed = true;
      } else if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      outcome = { ok: false, errorCode: errorCodeOf(error) };
      await runner.release();
      await this.writeAfterRollback(scope, outcome.errorCode);
      throw error;
    }
    await runner.release();
    if (!committed) await this.writeAfterRollback(scope, outcome.errorCode);
  }

  private async writeAfterRollback(scope: Scope, errorCode?: string): Promise<void> {
    const events: AuditEventInput[] = [
      ...scope.audit.map((e) =>
        CHANGE_ACTIONS.has(e.action) && e.result === 'ok'
          ? { ...e, result: 'failed' as const, errorCode }
          : e,
      ),
      ...scope.auditAfterRollback,
    ];
    scope.audit = [];
    scope.auditAfterRollback = [];
    if (events.length === 0) return;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      await this.setContext(runner, scope);
      await this.insertAudit(runner, scope, events);
      await runner.commitTransaction();
    } catch (error) {
      // Never hides the request's own error; the failure itself is logged without values.
      this.logger.error({ err: error, requestId: scope.requestId }, 'audit write failed');
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    } finally {
      await runner.release();
    }
  }

  /** The organization the transaction acts in: none once the claimed one was refused. */
  private organization(scope: Scope): string | undefined {
    return scope.organizationRefused ? undefined : organizationOf(scope.principal);
  }

  /**
   * Settings, role switch and (for staff, under RLS) the membership's roles in one round
   * trip; null roles mean the staff member is no member of the claimed organization.
   */
  private async setContext(runner: QueryRunner, scope: Scope): Promise<string[] | null> {
    const p = scope.principal;
    const rows = (await runner.query(`SELECT reha_begin_request($1, $2, $3, $4, $5, $6) AS roles`, [
      scope.role,
      this.organization(scope) ?? null,
      p.kind === 'person' ? null : (actorOf(p) ?? null),
      p.kind === 'person' ? p.personId : null,
      p.kind,
      scope.requestId,
    ])) as { roles: string[] | null }[];
    return rows[0]?.roles ?? null;
  }

  /** One statement for all of the scope's events; each event's field names travel as JSON. */
  private async insertAudit(
    runner: QueryRunner,
    scope: Scope,
    events: AuditEventInput[],
  ): Promise<void> {
    if (events.length === 0) return;
    const p = scope.principal;
    const org = this.organization(scope) ?? null;
    // Roles for staff; the job's name for system work (it has no user).
    const role =
      p.kind === 'staff' ? p.roles.join(',') || null : p.kind === 'system' ? `job:${p.job}` : null;
    const col = <T>(pick: (e: AuditEventInput) => T) => events.map(pick);
    await runner.query(
      `INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id, actor_role,
         action, entity_type, entity_id, client_id, fields, result, error_code, request_id, ip)
       SELECT e.organization_id, e.occurred_at, $3, $4, $5, e.action, e.entity_type, e.entity_id,
              e.client_id, ARRAY(SELECT jsonb_array_elements_text(e.fields)), e.result,
              e.error_code, $6, $7
       FROM unnest($1::uuid[], $2::timestamptz[], $8::text[], $9::text[], $10::text[],
                   $11::uuid[], $12::jsonb[], $13::text[], $14::text[])
         AS e(organization_id, occurred_at, action, entity_type, entity_id, client_id, fields,
              result, error_code)`,
      [
        col((e) => (e.organizationId === undefined ? org : e.organizationId)),
        col((e) => e.occurredAt.toISOString()),
        p.kind,
        actorOf(p) ?? null,
        role,
        scope.requestId,
        scope.ip ?? null,
        col((e) => e.action),
        col((e) => e.entityType ?? null),
        col((e) => e.entityId ?? null),
        col((e) => e.clientId ?? null),
        col((e) => JSON.stringify(e.fields ?? [])),
        col((e) => e.result),
        col((e) => e.errorCode ?? null),
      ],
    );
  }
}

function errorCodeOf(error: unknown): string {
  if (error instanceof AppError) return error.code;
  const ext = (error as { extensions?: { code?: unknown } })?.extensions;
  if (ext && typeof ext.code === 'string') return ext.code;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}
