import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secrets the API and the worker refuse to start without. In production they come from the
 * environment (a secret store); `npm start` on a developer machine must work without any setup,
 * so the launcher fills in the missing ones from `<dataDir>/secrets.json`.
 */
export const DEV_SECRET_NAMES = ['REHA_MASTER_KEY', 'REHA_INDEX_KEY', 'REHA_JWT_SECRET'] as const;
export type DevSecretName = (typeof DEV_SECRET_NAMES)[number];

export const DEV_SECRETS_FILE = 'secrets.json';

export interface DevSecrets {
  /** The value of every secret: from the environment where set, else from the file. */
  values: Record<DevSecretName, string>;
  /** The names whose value came from the file (empty: the file was not even looked at). */
  fromFile: DevSecretName[];
  /** Where the file is (or would be). */
  file: string;
}

/**
 * Fresh values in the formats the configuration expects: the master key carries its key id
 * (`k1:`) so it can be rotated later; each is 32 random bytes, base64.
 */
const generators: Record<DevSecretName, () => string> = {
  REHA_MASTER_KEY: () => `k1:${randomBytes(32).toString('base64')}`,
  REHA_INDEX_KEY: () => randomBytes(32).toString('base64'),
  REHA_JWT_SECRET: () => randomBytes(32).toString('base64'),
};

/**
 * The development secrets for `npm start`. Values set in `env` always win; only for the missing
 * ones is `<dataDir>/secrets.json` read, and created (mode 0600) with freshly generated values
 * when it does not exist yet. The file is generated once and then reused, never regenerated:
 * demo data in the embedded database is encrypted with its master key, so a new key would make
 * it unreadable. For the same reason a damaged file is an error, not something to overwrite.
 * Nothing here logs; callers must never print the values.
 */
export function devSecrets(dataDir: string, env: NodeJS.ProcessEnv): DevSecrets {
  const file = join(dataDir, DEV_SECRETS_FILE);
  const missing = DEV_SECRET_NAMES.filter((name) => !env[name]);
  const values = {} as Record<DevSecretName, string>;
  for (const name of DEV_SECRET_NAMES) {
    const value = env[name];
    if (value) values[name] = value;
  }
  if (!missing.length) return { values, fromFile: [], file };

  const stored = loadOrCreateSecretsFile(file);
  for (const name of missing) values[name] = stored[name];
  return { values, fromFile: missing, file };
}

/**
 * The file's secrets, complete: created with fresh values when missing, and an older file that
 * lacks a newer secret gets it added (the existing values are kept).
 */
function loadOrCreateSecretsFile(file: string): Record<DevSecretName, string> {
  let stored = readSecretsFile(file);
  if (!stored) {
    const fresh = generate(DEV_SECRET_NAMES);
    if (createSecretsFile(file, fresh)) return fresh as Record<DevSecretName, string>;
    stored = readSecretsFile(file) ?? {}; // another launcher created it meanwhile
  }
  const existing = stored;
  const absent = DEV_SECRET_NAMES.filter((name) => !existing[name]);
  const complete = { ...generate(absent), ...existing } as Record<DevSecretName, string>;
  if (absent.length) replaceSecretsFile(file, complete);
  return complete;
}

type StoredSecrets = Partial<Record<DevSecretName, string>>;

function generate(names: readonly DevSecretName[]): StoredSecrets {
  const secrets: StoredSecrets = {};
  for (const name of names) secrets[name] = generators[name]();
  return secrets;
}

/** The file's secrets, or null when it does not exist. Tightens its mode to 0600 if it was looser. */
function readSecretsFile(file: string): StoredSecrets | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(
      `${file} is not a JSON object; fix or delete it (deleting loses encrypted data)`,
    );
  const secrets: StoredSecrets = {};
  for (const name of DEV_SECRET_NAMES) {
    const value = (parsed as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value)
      throw new Error(`${file}: ${name} must be a non-empty string`);
    secrets[name] = value;
  }
  if (process.platform !== 'win32') chmodSync(file, 0o600);
  return secrets;
}

/** Creates the file only if it does not exist yet (`wx`); false when someone else created it first. */
function createSecretsFile(file: string, secrets: StoredSecrets): boolean {
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Rewrites the file whole (temporary file, then rename), so it is never seen half written. */
function replaceSecretsFile(file: string, secrets: StoredSecrets): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  renameSync(temporary, file);
}
