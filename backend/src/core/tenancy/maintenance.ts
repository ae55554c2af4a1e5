import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `fn` in a transaction as `reha_maintenance` (BYPASSRLS): for platform-wide machinery
 * that serves every organization — the outbox sweeper and processors, the audit sealer —
 * never for request code. Needed because the owner connection is itself subject to the
 * forced RLS policies once it is not a superuser.
 */
export function asMaintenance<T>(
  dataSource: DataSource,
  fn: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('role', 'reha_maintenance', true)`);
    return fn(manager);
  });
}
