import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { AuditEventInput } from '../audit/audit-event';
import { ANONYMOUS, Principal } from './principal';

/**
 * Everything one request, job or command carries while it runs: its principal, the one
 * transaction all of its resolvers, field resolvers and DataLoaders share, the audit events
 * it has produced so far, and the data keys it has unwrapped (never shared across scopes, so
 * a shredded key is gone for the next request).
 */
export interface Scope {
  principal: Principal;
  requestId: string;
  ip?: string;
  /**
   * Set when a staff member's claimed organization turned out not to be theirs: what is
   * written afterwards (the denial) goes to the platform's log, not that organization's.
   */
  organizationRefused?: boolean;
  /** Which database role the transaction runs as. */
  role: 'reha_app' | 'reha_maintenance';
  transaction?: {
    runner: QueryRunner;
    manager: EntityManager;
  };
  audit: AuditEventInput[];
  /** Denials and failures, written after the rollback in their own transaction. */
  auditAfterRollback: AuditEventInput[];
  dataKeys: Map<string, Buffer | null>;
  /** Events already recorded in this scope (one read event per row and field set). */
  auditSeen: Set<string>;
}

const storage = new AsyncLocalStorage<Scope>();

export function newScope(init: Partial<Scope> & { requestId: string }): Scope {
  return {
    principal: ANONYMOUS,
    role: 'reha_app',
    audit: [],
    auditAfterRollback: [],
    dataKeys: new Map(),
    auditSeen: new Set(),
    ...init,
  };
}

export function runInScope<T>(scope: Scope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): Scope | undefined {
  return storage.getStore();
}

/** Thrown when code touches tenant data outside a request, job or command scope. */
export class NoScopeError extends Error {
  constructor(what: string) {
    super(
      `${what} outside a request, job or command scope: run it through the GraphQL request ` +
        `transaction or TenantTransactions.run(principal, fn)`,
    );
    this.name = 'NoScopeError';
  }
}

export function requireScope(what: string): Scope {
  const scope = storage.getStore();
  if (!scope) throw new NoScopeError(what);
  return scope;
}
