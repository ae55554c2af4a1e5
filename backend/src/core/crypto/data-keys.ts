import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { requireScope } from '../tenancy/scope';
import { newDataKey, unwrapDataKey, wrapDataKey } from './envelope';
import { MasterKeyring, parseMasterKeyring } from './master-keys';

export type DataKeyPurpose = 'client' | 'organization';

/** A data key that is not visible to this transaction: another organization's, or none. */
export class DataKeyNotFoundError extends Error {
  constructor(readonly dataKeyId: string) {
    super(`data key ${dataKeyId} is not visible in this organization`);
    this.name = 'DataKeyNotFoundError';
  }
}

export interface DataKeyRow {
  master_key_id: string | null;
  wrapped_key: Buffer | null;
}

/**
 * Per-client (and per-organization) data keys, wrapped by the master key. Rows are tenant
 * rows, so RLS already hides another organization's keys. Unwrapped keys are cached only in
 * the current scope: a key shredded by one request is gone for the next.
 */
@Injectable()
export class DataKeys {
  readonly ring: MasterKeyring;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'masterKey' | 'previousMasterKeys'>) {
    this.ring = parseMasterKeyring(config.masterKey, config.previousMasterKeys);
  }

  async create(manager: EntityManager, purpose: DataKeyPurpose): Promise<string> {
    const id = randomUUID();
    const key = newDataKey();
    const { masterKeyId, wrapped } = wrapDataKey(this.ring, id, key);
    await manager.query(
      `INSERT INTO data_key (id, purpose, master_key_id, wrapped_key) VALUES ($1, $2, $3, $4)`,
      [id, purpose, masterKeyId, wrapped],
    );
    requireScope('data key').dataKeys.set(id, key);
    return id;
  }

  /**
   * The unwrapped key, or null when it was shredded (the data is erased). `loaded` is the
   * row when it came with the data (an eager join), saving the query.
   */
  async get(manager: EntityManager, id: string, loaded?: DataKeyRow): Promise<Buffer | null> {
    const cache = requireScope('data key').dataKeys;
    if (cache.has(id)) return cache.get(id)!;
    const row =
      loaded ??
      (
        (await manager.query(`SELECT master_key_id, wrapped_key FROM data_key WHERE id = $1`, [
          id,
        ])) as DataKeyRow[]
      )[0];
    if (!row) throw new DataKeyNotFoundError(id);
    const key =
      row.wrapped_key && row.master_key_id
        ? unwrapDataKey(this.ring, row.master_key_id, row.wrapped_key, id)
        : null;
    cache.set(id, key);
    return key;
  }

  /** Unwraps a key read on a cross-organization path (the person's own records). */
  unwrap(masterKeyId: string, wrapped: Buffer, id: string): Buffer {
    return unwrapDataKey(this.ring, masterKeyId, wrapped, id);
  }

  /** The organization's own key (for its files that belong to no client), made on first use. */
  async organizationKey(manager: EntityManager): Promise<string> {
    const rows = (await manager.query(
      `SELECT id FROM data_key WHERE purpose = 'organization'`,
    )) as { id: string }[];
    if (rows.length) return rows[0]!.id;
    return this.create(manager, 'organization');
  }

  /**
   * Crypto-shredding: the wrapped key is destroyed, so every value and file under it — in the
   * database, backups and storage — is unreadable for good.
   */
  async shred(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE data_key SET wrapped_key = NULL, master_key_id = NULL, shredded_at = now()
        WHERE id = $1 AND shredded_at IS NULL`,
      [id],
    );
    requireScope('data key').dataKeys.set(id, null);
  }
}
