import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { argon2id, argon2Verify } from 'hash-wasm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

export type PasswordHashCost = 'production' | 'test';

interface Argon2Cost {
  /** KiB. */
  memorySize: number;
  iterations: number;
  parallelism: number;
}

/**
 * argon2id costs. Production follows the OWASP Password Storage Cheat Sheet's first
 * recommendation (19 MiB, 2 passes, 1 lane: about 60 ms here); the test profile is the
 * cheapest the algorithm allows, so hundreds of logins in a test run take no time. The
 * parameters travel inside each encoded hash, so verifying never depends on the profile.
 */
export const PASSWORD_HASH_COSTS: Record<PasswordHashCost, Argon2Cost> = {
  production: { memorySize: 19456, iterations: 2, parallelism: 1 },
  test: { memorySize: 64, iterations: 1, parallelism: 1 },
};

const SALT_BYTES = 16;
const HASH_BYTES = 32;
const ENCODED = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

/**
 * Password hashing with argon2id (hash-wasm: WebAssembly, no native build). Runs on the event
 * loop (about 60 ms per hash at production cost); a login pays for exactly one hash, known
 * user or not.
 */
@Injectable()
export class PasswordHasher {
  private readonly cost: Argon2Cost;
  private dummy?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'passwordHashCost'>) {
    // Seeding loads only part of the configuration: the safe profile when it is absent.
    this.cost = PASSWORD_HASH_COSTS[config.passwordHashCost ?? 'production'];
  }

  hash(password: string): Promise<string> {
    return argon2id({
      password,
      salt: randomBytes(SALT_BYTES),
      ...this.cost,
      hashLength: HASH_BYTES,
      outputType: 'encoded',
    });
  }

  /**
   * Whether `password` matches `encoded`. Without a stored hash (unknown e-mail, an account
   * without a password) a dummy hash of the same cost is checked and false returned, so the
   * answer takes as long as for a wrong password and tells nothing about the account.
   */
  async verify(encoded: string | null | undefined, password: string): Promise<boolean> {
    if (!encoded || !ENCODED.test(encoded)) {
      await argon2Verify({ password, hash: await this.dummyHash() }).catch(() => false);
      return false;
    }
    try {
      return await argon2Verify({ password, hash: encoded });
    } catch {
      return false;
    }
  }

  /** A hash made with a weaker cost than the current one: rehashed at the next login. */
  needsRehash(encoded: string): boolean {
    const m = ENCODED.exec(encoded);
    if (!m) return true;
    return Number(m[1]) < this.cost.memorySize || Number(m[2]) < this.cost.iterations;
  }

  private dummyHash(): Promise<string> {
    return (this.dummy ??= this.hash(randomBytes(16).toString('base64')));
  }
}
