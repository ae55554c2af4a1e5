/**
 * What happened to whose data, in IDs and field names only — never a personal value
 * (ARCHITECTURE.md "Audit"). Who did it (principal, organization, role), the request id and
 * the address are added from the scope when the event is written.
 */
export interface AuditEventInput {
  /** `read`, `create`, `update`, `delete`, `erase`, `export`, `print`, `sign`, `login`, `denied`, … */
  action: string;
  entityType?: string;
  entityId?: string;
  /** The client whose data it is, so "who viewed my data" finds it. */
  clientId?: string;
  /** Column or field names touched; never their values. */
  fields?: string[];
  result: AuditResult;
  /** The stable error code of a denial or failure. */
  errorCode?: string;
  occurredAt: Date;
  /** Overrides the principal's organization (cross-organization paths). */
  organizationId?: string | null;
}

export type AuditResult = 'ok' | 'denied' | 'failed';

/** Actions that change data: rolled back with the request, so recorded as failed. */
export const CHANGE_ACTIONS: ReadonlySet<string> = new Set([
  'create',
  'update',
  'delete',
  'erase',
  'sign',
]);
