import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@reha/shared';
import { escapeLiteral, type QueryResult } from 'pg';
import type { Logger } from 'pino';
import { DataSource, QueryRunner } from 'typeorm';
import { CHANGE_ACTIONS, type AuditEventInput } from '../audit/audit-event';
import { resolveAccess, type RoleGrant } from '../auth/access';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { actorOf, organizationOf, Principal } from './principal';
import { newScope, runInScope, Scope } from './scope';

export interface RunOptions {
  role?: Scope['role'];
  requestId?: string;
}

/** The driver connection under a TypeORM query runner (node-postgres). */
interface PgConnection {
  query(text: string): Promise<QueryResult | QueryResult[]>;
}

/** TypeORM's own bookkeeping of a transaction it did not start itself. */
interface TransactionFlags {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Opens and ends the one transaction each request, job or command runs in. Inside it the
 * connection is `reha_app` (or `reha_maintenance` for maintenance paths) and knows the
 * principal through transaction-local settings, so RLS policies see the organization and
 * nothing leaks to the next user of the pooled connection.
 *
 * Round trips are the price of every request, so the opening (BEGIN, settings, role, the
 * staff member's membership) is one, and the closing (the audit events, COMMIT) is one: both
 * are sent as one multi-statement text, every value escaped by node-postgres' escapeLiteral.
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
   * reads their roles from the membership with each role's permissions, scope and field
   * rules from the organization's `role` rows (RLS-filtered to the claimed organization: a
   * user acting for an organization they do not belong to finds no row and is refused).
   */
  async begin(scope: Scope): Promise<void> {
    if (scope.transaction) return;
    const runner = this.dataSource.createQueryRunner();
    const connection = (await runner.connect()) as PgConnection;
    const flags = runner as unknown as TransactionFlags;
    try {
      // Marked first: should the opening fail half-way, end() rolls it back before release.
      flags.isTransactionActive = true;
      flags.transactionDepth = 1;
      const results = (await connection.query(
        `START TRANSACTION; ${this.beginStatement(scope)}`,
      )) as QueryResult[];
      const access = (results[1]!.rows[0] as { access: MembershipAccess | null }).access;
      scope.transaction = { runner, manager: runner.manager };
      const principal = scope.principal;
      if (principal.kind === 'staff') {
        if (access === null) {
          scope.organizationRefused = true;
          throw new AppError(ErrorCode.FORBIDDEN);
        }
        const resolved = resolveAccess(access.grants);
        principal.roles = access.roles;
        principal.permissions = resolved.permissions;
        principal.scope = resolved.scope;
        principal.fieldRules = resolved.fieldRules;
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
        const insert = this.auditStatement(scope, scope.audit);
        if (insert) {
          await this.connectionOf(runner).query(`${insert}; COMMIT`);
          const flags = runner as unknown as TransactionFlags;
          flags.isTransactionActive = false;
          flags.transactionDepth = 0;
        } else {
          await runner.commitTransaction();
        }
        committed = true;
      } else if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      await this.writeAfterRollback(scope, errorCodeOf(error));
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
    const insert = this.auditStatement(scope, events);
    if (!insert) return;
    const runner = this.dataSource.createQueryRunner();
    try {
      const connection = (await runner.connect()) as PgConnection;
      // One round trip; a failure anywhere aborts the whole text, so nothing half-written.
      await connection.query(`START TRANSACTION; ${this.beginStatement(scope)}; ${insert}; COMMIT`);
    } catch (error) {
      // Never hides the request's own error; the failure itself is logged without values.
      this.logger.error({ err: error, requestId: scope.requestId }, 'audit write failed');
      await this.connectionOf(runner)
        .query('ROLLBACK')
        .catch(() => undefined);
    } finally {
      await runner.release();
    }
  }

  private connectionOf(runner: QueryRunner): PgConnection {
    return (runner as unknown as { databaseConnection: PgConnection }).databaseConnection;
  }

  /** The organization the transaction acts in: none once the claimed one was refused. */
  private organization(scope: Scope): string | undefined {
    return scope.organizationRefused ? undefined : organizationOf(scope.principal);
  }

  /**
   * Settings, role switch and (for staff, under RLS) the membership's roles with their
   * grants in one call; null means the staff member is no member of the claimed organization.
   */
  private beginStatement(scope: Scope): string {
    const p = scope.principal;
    return `SELECT reha_begin_request(${[
      lit(scope.role),
      lit(this.organization(scope)),
      lit(p.kind === 'person' ? undefined : actorOf(p)),
      lit(p.kind === 'person' ? p.personId : undefined),
      lit(p.kind),
      lit(scope.requestId),
    ].join(', ')}) AS access`;
  }

  /** One INSERT for all of the scope's events, or undefined when there are none. */
  private auditStatement(scope: Scope, events: AuditEventInput[]): string | undefined {
    if (events.length === 0) return undefined;
    const p = scope.principal;
    const org = this.organization(scope) ?? null;
    // Roles for staff; the job's name for system work (it has no user).
    const role =
      p.kind === 'staff' ? p.roles.join(',') || null : p.kind === 'system' ? `job:${p.job}` : null;
    const common = [lit(p.kind), lit(actorOf(p)), lit(role), lit(scope.requestId), lit(scope.ip)];
    const rows = events.map((e) => {
      const values = [
        lit(e.organizationId === undefined ? org : e.organizationId),
        lit(e.occurredAt.toISOString()),
        common[0],
        common[1],
        common[2],
        lit(e.action),
        lit(e.entityType),
        lit(e.entityId),
        lit(e.clientId),
        `ARRAY[${(e.fields ?? []).map((f) => lit(f)).join(', ')}]::text[]`,
        lit(e.result),
        lit(e.errorCode),
        common[3],
        common[4],
      ];
      return `(${values.join(', ')})`;
    });
    return `INSERT INTO audit_event (organization_id, occurred_at, principal_kind, actor_id,
        actor_role, action, entity_type, entity_id, client_id, fields, result, error_code,
        request_id, ip)
      SELECT v.organization_id::uuid, v.occurred_at::timestamptz, v.principal_kind,
             v.actor_id::uuid, v.actor_role, v.action, v.entity_type, v.entity_id,
             v.client_id::uuid, v.fields, v.result, v.error_code, v.request_id, v.ip::inet
      FROM (VALUES ${rows.join(', ')}) AS v(organization_id, occurred_at, principal_kind,
        actor_id, actor_role, action, entity_type, entity_id, client_id, fields, result,
        error_code, request_id, ip)`;
  }
}

/** What `reha_begin_request` answers for a member: their role keys and those roles' rows. */
interface MembershipAccess {
  roles: string[];
  grants: RoleGrant[];
}

/** A SQL literal (node-postgres' escaping) or NULL. */
function lit(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : escapeLiteral(value);
}

function errorCodeOf(error: unknown): string {
  if (error instanceof AppError) return error.code;
  const ext = (error as { extensions?: { code?: unknown } })?.extensions;
  if (ext && typeof ext.code === 'string') return ext.code;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}
