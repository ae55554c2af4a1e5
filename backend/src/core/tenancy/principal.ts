import type { AccessScope, FieldRule } from '../auth/permissions';

/**
 * Who is asking (ARCHITECTURE.md "Principals and how each meets the data"). Every request,
 * job and command runs as exactly one principal; the transaction that serves it tells
 * PostgreSQL which organization (RLS), which user and which kind of principal it is.
 */
export type Principal =
  | StaffPrincipal
  | PersonPrincipal
  | AgencyPrincipal
  | OperatorPrincipal
  | SystemPrincipal
  | IntegratorPrincipal
  | AnonymousPrincipal;

/** A provider's staff member acting in one chosen organization (and its unit scope). */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  organizationId: string;
  /** Filled from the membership row inside the request's transaction, never from the token. */
  roles: string[];
  /** The union of the permissions of their roles (the organization's `role` rows). */
  permissions: ReadonlySet<string>;
  /**
   * The widest scope of their roles; services filter records by it (`scopeOf`). Set with
   * the roles when the request's transaction opens; absent only before that.
   */
  scope?: AccessScope;
  /** Field rules every one of their roles applies (`@FieldAccess` fields); absent = none. */
  fieldRules?: Readonly<Partial<Record<string, FieldRule>>>;
}

/** A client or representative: reaches their own records only through audited functions. */
export interface PersonPrincipal {
  kind: 'person';
  personId: string;
}

/** A state agency's analyst: aggregated, anonymised views only. */
export interface AgencyPrincipal {
  kind: 'agency';
  userId: string;
  agencyCode: string;
}

/** Runs the platform: central tables; tenant data only through maintenance paths. */
export interface OperatorPrincipal {
  kind: 'operator';
  userId: string;
}

/** A background job, acting for the organization stored with the job (or the platform). */
export interface SystemPrincipal {
  kind: 'system';
  job: string;
  organizationId?: string;
}

/** An external system an organization granted scopes to. */
export interface IntegratorPrincipal {
  kind: 'integrator';
  clientId: string;
  organizationId: string;
  permissions: ReadonlySet<string>;
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

export type PrincipalKind = Principal['kind'];

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

/** The organization whose rows the principal's transaction may see (RLS), if any. */
export function organizationOf(principal: Principal): string | undefined {
  switch (principal.kind) {
    case 'staff':
    case 'integrator':
      return principal.organizationId;
    case 'system':
      return principal.organizationId;
    default:
      return undefined;
  }
}

/** The acting user's (or person's, or integrator's) id, as audit records it. */
export function actorOf(principal: Principal): string | undefined {
  switch (principal.kind) {
    case 'staff':
    case 'agency':
    case 'operator':
      return principal.userId;
    case 'person':
      return principal.personId;
    default:
      return undefined;
  }
}

/** Permissions the principal holds (core/auth/access.ts: roles as data, platform sets). */
export { permissionsOf, scopeOf } from '../auth/access';
