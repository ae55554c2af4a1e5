import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataKeys } from '../crypto/data-keys';
import { newDataKey, openText, sealText, unwrapDataKey, wrapDataKey } from '../crypto/envelope';
import { Db } from '../tenancy/db';

interface PlatformKeyRow {
  id: string;
  master_key_id: string;
  wrapped_key: Buffer;
}

/** What a sealed credential is, bound into its AAD together with the user id. */
export type CredentialPurpose = 'totp' | 'totp-pending';

/**
 * Seals credentials at rest (TOTP secrets) with AES-256-GCM under the platform's credentials
 * key: a `platform_key` row wrapped by the master key exactly like a client's data key, so
 * master-key rotation rewraps it and a database copy without the master key opens nothing.
 * The AAD names the user and the purpose, so a sealed secret copied to another user's row
 * (or from the pending column to the active one) does not open.
 *
 * Credentials are never shredded, so the unwrapped key, once read back committed, is kept for
 * the life of the process.
 */
@Injectable()
export class CredentialsCipher {
  private key?: Buffer;

  constructor(
    private readonly dataKeys: DataKeys,
    private readonly db: Db,
  ) {}

  async seal(userId: string, purpose: CredentialPurpose, secret: string): Promise<Buffer> {
    return sealText(await this.platformKey(), secret, `${purpose}:${userId}`);
  }

  async open(userId: string, purpose: CredentialPurpose, sealed: Buffer): Promise<string> {
    return openText(await this.platformKey(), sealed, `${purpose}:${userId}`);
  }

  /** The credentials key, made (and stored wrapped) by whichever transaction needs it first. */
  private async platformKey(): Promise<Buffer> {
    if (this.key) return this.key;
    let row = await this.read();
    if (!row) {
      const id = randomUUID();
      const key = newDataKey();
      const { masterKeyId, wrapped } = wrapDataKey(this.dataKeys.ring, id, key);
      // Two first users at once: the second insert waits for the first and does nothing.
      const inserted = await this.db.query<{ id: string }[]>(
        `INSERT INTO platform_key (id, purpose, master_key_id, wrapped_key)
         VALUES ($1, 'credentials', $2, $3) ON CONFLICT (purpose) DO NOTHING RETURNING id`,
        [id, masterKeyId, wrapped],
      );
      // Not cached: should this transaction roll back, the key never existed.
      if (inserted.length) return key;
      row = await this.read();
      if (!row) throw new Error('the credentials key could neither be created nor read');
    }
    this.key = unwrapDataKey(this.dataKeys.ring, row.master_key_id, row.wrapped_key, row.id);
    return this.key;
  }

  private async read(): Promise<PlatformKeyRow | undefined> {
    const rows = await this.db.query<PlatformKeyRow[]>(
      `SELECT id, master_key_id, wrapped_key FROM platform_key WHERE purpose = 'credentials'`,
    );
    return rows[0];
  }
}
