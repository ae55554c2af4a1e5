import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';
import { Db } from '../tenancy/db';
import { CredentialsCipher } from './credentials-cipher';
import { returnedRows } from './credentials-sql';
import {
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUrl,
  qrSvg,
} from './totp';

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

/** Which second factor a code turned out to be. */
export type SecondFactor = 'totp' | 'recovery-code';

interface CredentialRow {
  totp_secret: Buffer | null;
  totp_pending_secret: Buffer | null;
}

/**
 * Time-based one-time passwords (RFC 6238) as the optional second factor of password login:
 * enrolment (a new secret, confirmed with a code, which also yields ten recovery codes),
 * disabling (with a current code), and checking a login's code. Every code is good once:
 * the last accepted time step is stored and only a later one is accepted, so a code read over
 * someone's shoulder cannot be replayed within its 90-second window.
 *
 * Runs in the caller's transaction: the signed-in user's own request (reha_app; the row
 * policies show them only their own credential rows) or the login's maintenance path.
 */
@Injectable()
export class TotpService {
  constructor(
    private readonly db: Db,
    private readonly cipher: CredentialsCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Starts (or restarts) enrolment: a new secret, kept sealed as pending until confirmed. */
  async startEnrolment(userId: string): Promise<TotpEnrolment> {
    const [user] = await this.db.query<{ email: string; enabled: boolean | null }[]>(
      `SELECT u.email, c.totp_enabled_at IS NOT NULL AS enabled
         FROM app_user u LEFT JOIN user_credential c ON c.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    if (!user) throw new AppError(ErrorCode.NOT_FOUND);
    // A second authenticator would silently replace the first: disable it first, knowingly.
    if (user.enabled) throw new AppError(ErrorCode.CONFLICT);
    const secret = newTotpSecret();
    const now = this.clock.now();
    await this.db.query(
      `INSERT INTO user_credential (user_id, totp_pending_secret, totp_pending_at, updated_at)
       VALUES ($1, $2, $3, $3)
       ON CONFLICT (user_id) DO UPDATE
         SET totp_pending_secret = EXCLUDED.totp_pending_secret,
             totp_pending_at = EXCLUDED.totp_pending_at, updated_at = EXCLUDED.updated_at`,
      [userId, await this.cipher.seal(userId, 'totp-pending', secret), now],
    );
    this.audit.record({ action: 'totp.enrol', entityType: 'app_user', entityId: userId });
    const url = otpauthUrl(user.email, secret);
    return { secret, otpauthUrl: url, qrSvg: await qrSvg(url) };
  }

  /**
   * Confirms enrolment with a code from the app: TOTP is on from now, and the ten recovery
   * codes (replacing any earlier ones) are returned, once.
   */
  async confirmEnrolment(userId: string, code: string): Promise<string[]> {
    const row = await this.credential(userId);
    if (!row?.totp_pending_secret) throw new AppError(ErrorCode.CONFLICT);
    if (row.totp_secret) throw new AppError(ErrorCode.CONFLICT);
    const secret = await this.cipher.open(userId, 'totp-pending', row.totp_pending_secret);
    const now = this.clock.now();
    const step = matchTotpStep(secret, code, now);
    if (step === null) this.refuse(userId, 'totp.enable');
    await this.db.query(
      `UPDATE user_credential
          SET totp_secret = $2, totp_enabled_at = $3, totp_last_step = $4,
              totp_pending_secret = NULL, totp_pending_at = NULL, updated_at = $3
        WHERE user_id = $1`,
      [userId, await this.cipher.seal(userId, 'totp', secret), now, step],
    );
    const codes = newRecoveryCodes();
    await this.db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    await this.db.query(
      `INSERT INTO totp_recovery_code (user_id, code_hash, created_at)
       SELECT $1, h, $3 FROM unnest($2::bytea[]) AS h`,
      [userId, codes.map((c) => hashRecoveryCode(c)), now],
    );
    this.audit.record({ action: 'totp.enable', entityType: 'app_user', entityId: userId });
    return codes;
  }

  /** Turns TOTP off; needs a current code (or a recovery code, for a lost phone). */
  async disable(userId: string, code: string): Promise<void> {
    const row = await this.credential(userId);
    if (!row?.totp_secret) throw new AppError(ErrorCode.CONFLICT);
    if (!(await this.verify(userId, row.totp_secret, code))) this.refuse(userId, 'totp.disable');
    await this.db.query(
      `UPDATE user_credential
          SET totp_secret = NULL, totp_enabled_at = NULL, totp_pending_secret = NULL,
              totp_pending_at = NULL, updated_at = $2
        WHERE user_id = $1`,
      [userId, this.clock.now()],
    );
    await this.db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    this.audit.record({ action: 'totp.disable', entityType: 'app_user', entityId: userId });
  }

  /**
   * Checks a login's second factor against the user's sealed secret and uses it up: a TOTP
   * code only for a time step later than the last accepted one, a recovery code only once.
   * Null when the code is wrong, replayed or used.
   */
  async verify(userId: string, sealedSecret: Buffer, code: string): Promise<SecondFactor | null> {
    const now = this.clock.now();
    const recovery = /^\s*\d{3}\s?\d{3}\s*$/.test(code) ? null : normalizeRecoveryCode(code);
    if (recovery) {
      const used = returnedRows(
        await this.db.query(
          `UPDATE totp_recovery_code SET used_at = $3
            WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING user_id`,
          [userId, hashRecoveryCode(recovery), now],
        ),
      );
      return used.length ? 'recovery-code' : null;
    }
    const secret = await this.cipher.open(userId, 'totp', sealedSecret);
    const step = matchTotpStep(secret, code, now);
    if (step === null) return null;
    // Compare-and-set: of two logins racing with one code, only one moves the step on.
    const accepted = returnedRows(
      await this.db.query(
        `UPDATE user_credential SET totp_last_step = $2
          WHERE user_id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
          RETURNING user_id`,
        [userId, step],
      ),
    );
    return accepted.length ? 'totp' : null;
  }

  /** How many unused recovery codes the user has left. */
  async recoveryCodesLeft(userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  private async credential(userId: string): Promise<CredentialRow | undefined> {
    const [row] = await this.db.query<CredentialRow[]>(
      `SELECT totp_secret, totp_pending_secret FROM user_credential WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    return row;
  }

  /** A wrong code in the signed-in user's own request: recorded, and nothing changes. */
  private refuse(userId: string, action: string): never {
    this.audit.recordDenied({
      action,
      entityType: 'app_user',
      entityId: userId,
      errorCode: ErrorCode.TOTP_INVALID,
    });
    throw new AppError(ErrorCode.TOTP_INVALID);
  }
}
