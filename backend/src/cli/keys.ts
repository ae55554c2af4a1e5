import 'reflect-metadata';
import { Client } from 'pg';
import { ConfigError, loadConfigSubset } from '../core/config/config.schema';
import { rewrapDataKey } from '../core/crypto/envelope';
import {
  generateMasterKey,
  generateSecret,
  MasterKeyring,
  parseMasterKeyring,
} from '../core/crypto/master-keys';

export interface RotationResult {
  rewrapped: number;
  alreadyCurrent: number;
  shredded: number;
  /** Platform keys (platform_key: the credentials key) moved to the current master key. */
  platformKeys: number;
}

/**
 * Rewraps every data key that is not under the current master key (REHA_MASTER_KEY), using
 * the previous keys (REHA_MASTER_KEYS_PREVIOUS) to unwrap. Runs as reha_maintenance across
 * organizations, in batches, each its own transaction: an interrupted rotation is simply run
 * again. Values and files are untouched — only the small wrapped keys change.
 */
export async function rotateDataKeys(
  databaseUrl: string,
  ring: MasterKeyring,
  batchSize = 500,
): Promise<RotationResult> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const result: RotationResult = { rewrapped: 0, alreadyCurrent: 0, shredded: 0, platformKeys: 0 };
  try {
    for (;;) {
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE reha_maintenance`);
      const { rows } = await client.query<{
        id: string;
        master_key_id: string;
        wrapped_key: Buffer;
      }>(
        `SELECT id, master_key_id, wrapped_key FROM data_key
          WHERE shredded_at IS NULL AND master_key_id <> $1
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [ring.current.id, batchSize],
      );
      for (const row of rows) {
        const next = rewrapDataKey(ring, row.master_key_id, row.wrapped_key, row.id);
        await client.query(
          `UPDATE data_key SET master_key_id = $2, wrapped_key = $3, rotated_at = now() WHERE id = $1`,
          [row.id, next.masterKeyId, next.wrapped],
        );
      }
      await client.query('COMMIT');
      result.rewrapped += rows.length;
      if (rows.length < batchSize) break;
    }
    result.platformKeys = await rotatePlatformKeys(client, ring);
    await client.query('BEGIN');
    await client.query(`SET LOCAL ROLE reha_maintenance`);
    const { rows } = await client.query<{ current: string; shredded: string }>(
      `SELECT count(*) FILTER (WHERE master_key_id = $1) AS current,
              count(*) FILTER (WHERE shredded_at IS NOT NULL) AS shredded FROM data_key`,
      [ring.current.id],
    );
    await client.query('COMMIT');
    result.alreadyCurrent = Number(rows[0]!.current) - result.rewrapped;
    result.shredded = Number(rows[0]!.shredded);
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The platform's own keys (platform_key: the credentials key sealing TOTP secrets) use the
 * data-key wrap scheme, so they are rewrapped the same way; there are only a few, one batch.
 */
async function rotatePlatformKeys(client: Client, ring: MasterKeyring): Promise<number> {
  await client.query('BEGIN');
  await client.query(`SET LOCAL ROLE reha_maintenance`);
  const { rows } = await client.query<{ id: string; master_key_id: string; wrapped_key: Buffer }>(
    `SELECT id, master_key_id, wrapped_key FROM platform_key WHERE master_key_id <> $1 FOR UPDATE`,
    [ring.current.id],
  );
  for (const row of rows) {
    const next = rewrapDataKey(ring, row.master_key_id, row.wrapped_key, row.id);
    await client.query(
      `UPDATE platform_key SET master_key_id = $2, wrapped_key = $3, rotated_at = now() WHERE id = $1`,
      [row.id, next.masterKeyId, next.wrapped],
    );
  }
  await client.query('COMMIT');
  return rows.length;
}

const USAGE = `Usage:
  npm run keys:generate   prints a new master key, an index key and a JWT secret
  npm run keys:rotate     rewraps all data keys under REHA_MASTER_KEY
                          (old keys in REHA_MASTER_KEYS_PREVIOUS until it has run)`;

async function main(command: string | undefined): Promise<void> {
  if (command === 'generate') {
    process.stdout.write(
      `REHA_MASTER_KEY=${generateMasterKey()}\nREHA_INDEX_KEY=${generateSecret()}\nREHA_JWT_SECRET=${generateSecret()}\n` +
        `# Keep these in your secret store. To rotate the master key: set the new one as\n` +
        `# REHA_MASTER_KEY, the old one in REHA_MASTER_KEYS_PREVIOUS, restart, run npm run keys:rotate,\n` +
        `# then remove the old one. Never change REHA_INDEX_KEY without a reindex.\n`,
    );
    return;
  }
  if (command !== 'rotate') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  const config = loadConfigSubset(['databaseUrl', 'masterKey', 'previousMasterKeys']);
  const ring = parseMasterKeyring(config.masterKey, config.previousMasterKeys);
  const result = await rotateDataKeys(config.databaseUrl, ring);
  process.stdout.write(
    `Data keys rewrapped under ${ring.current.id}: ${result.rewrapped} ` +
      `(${result.alreadyCurrent} were already current, ${result.shredded} shredded); ` +
      `platform keys rewrapped: ${result.platformKeys}.\n`,
  );
}

if (require.main === module) {
  main(process.argv[2]).catch((error: Error) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    // The message names a key id at most, never key material.
    process.stderr.write(`Key command failed: ${error.message}\n`);
    process.exit(1);
  });
}
