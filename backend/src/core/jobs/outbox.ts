/** A row of `outbox_message`: something that must happen, with PostgreSQL as the truth. */
export interface OutboxRow {
  id: string;
  organization_id: string | null;
  kind: string;
  queue: string;
  idempotency_key: string;
  payload: Record<string, unknown>;
  state: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  max_attempts: number;
  due_at: Date;
  locked_until: Date | null;
  last_error: string | null;
  external_id: string | null;
  sent_at: Date | null;
}

/** Redis carries only this: the row's id (no personal data in job payloads). */
export interface OutboxJobData {
  outboxId: string;
}

/** Wait before attempt n+1: 5 s, 10 s, 20 s … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 5000 * 2 ** Math.max(0, attempts - 1));
}
