import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, Locale } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { PasswordResetService } from '../../core/auth/password-reset.service';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config.schema';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { EmailOutbox } from '../../core/mail/email-outbox';
import { Db } from '../../core/tenancy/db';
import type { StaffPrincipal } from '../../core/tenancy/principal';
import { requireScope } from '../../core/tenancy/scope';
import {
  InviteMemberInput,
  MemberSpecialtyInput,
  MemberUnitInput,
  UpdateMemberInput,
} from './dto/member.input';
import { Member, MemberStatus } from './dto/member.type';
import { ADDED_TO_ORGANIZATION_MAIL } from './member-mail';
import { MemberDirectory, UUID } from './member-directory';

/** The role that runs the organization; it must always have an active holder. */
export const ADMIN_ROLE = 'organization-admin';

interface MembershipRow {
  user_id: string;
  email: string;
  display_name: string;
  roles: string[];
  active: boolean;
  accepted_at: Date | null;
}

/** Roles, units and specialties as an input gives them (each list optional). */
interface Assignments {
  roles?: string[];
  units?: MemberUnitInput[];
  specialties?: MemberSpecialtyInput[];
}

/**
 * Changes to the organization's members: invite, update, deactivate, reactivate, resend the
 * invitation (ORG-01, USR-01..03). Runs in the request transaction under RLS; the central
 * writes (a new account, its set-password link, another user's name or sessions) go through
 * narrow SECURITY DEFINER functions. Every rule names its field and a refusal writes nothing.
 *
 * The organization never loses its last administrator: a change that takes
 * `organization-admin` (held organization-wide) from an active member serialises on one
 * advisory lock per organization and then counts the others, so two admins removing each
 * other at the same moment cannot both succeed.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly directory: MemberDirectory,
    private readonly passwordReset: PasswordResetService,
    private readonly email: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  async invite(input: InviteMemberInput, locale: Locale): Promise<Member> {
    const me = this.me();
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    const problems = await this.assignmentProblems(input);
    if (!displayName) problems.unshift({ field: 'input.displayName', key: 'REQUIRED' });
    if (!holdsAnyRole(input.roles, input.units))
      problems.push({ field: 'input.roles', key: 'REQUIRED' });
    if (problems.length) throw AppError.badInput(problems);

    // Colleagues' accounts are visible under RLS, so this finds members, active or not.
    const member = await this.db.query<unknown[]>(
      `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`,
      [email],
    );
    if (member.length) throw AppError.badInput([{ field: 'input.email', key: 'ALREADY_MEMBER' }]);
    const [invitee] = await this.db
      .query<{ user_id: string; created: boolean }[]>(
        `SELECT user_id, created FROM reha_invitee($1, $2)`,
        [email, displayName],
      )
      .catch(rethrowAs('app_user_email_unique', 'ALREADY_EXISTS'));
    const userId = invitee!.user_id;
    await this.db
      .query(
        `INSERT INTO membership (user_id, roles, invited_at, invited_by, accepted_at)
         VALUES ($1, $2, $3, $4, NULL)`,
        [userId, unique(input.roles), this.clock.now(), me.userId],
      )
      .catch(rethrowAs('membership_user_unique', 'ALREADY_MEMBER'));
    await this.writeUnits(userId, input.units ?? []);
    await this.writeSpecialties(userId, input.specialties ?? []);
    if (invitee!.created)
      this.audit.record({
        action: 'create',
        entityType: 'app_user',
        entityId: userId,
        fields: ['email', 'display_name'],
      });
    this.audit.record({
      action: 'create',
      entityType: 'membership',
      entityId: userId,
      fields: ['roles', 'units', 'specialties', 'invited_at', 'invited_by'],
    });
    await this.sendInvitation(userId, email, locale, invitee!.created);
    return this.directory.get(userId, locale);
  }

  async update(userId: string, input: UpdateMemberInput, locale: Locale): Promise<Member> {
    if (input.roles !== undefined) await this.lockAdmins();
    const current = await this.membership(userId);
    const [before] = await this.directory.byIds([userId], locale, { record: false });
    const problems = await this.assignmentProblems(input);
    const displayName = input.displayName?.trim();
    if (displayName === '') problems.unshift({ field: 'input.displayName', key: 'REQUIRED' });
    if (
      (input.roles !== undefined || input.units !== undefined) &&
      !holdsAnyRole(
        input.roles ?? current.roles,
        input.units ?? before!.units.map((u) => ({ unitId: u.unitId, roles: u.roles })),
      )
    )
      problems.push({ field: 'input.roles', key: 'REQUIRED' });
    if (problems.length) throw AppError.badInput(problems);
    if (
      input.roles !== undefined &&
      current.roles.includes(ADMIN_ROLE) &&
      !input.roles.includes(ADMIN_ROLE)
    )
      await this.refuseLastAdmin(current, 'input.roles');

    const changed: string[] = [];
    if (displayName !== undefined && displayName !== current.display_name) {
      await this.db.query(`SELECT reha_member_display_name($1, $2)`, [userId, displayName]);
      changed.push('display_name');
    }
    if (input.roles !== undefined && !sameSet(input.roles, current.roles)) {
      await this.db.query(`UPDATE membership SET roles = $2, updated_at = $3 WHERE user_id = $1`, [
        userId,
        unique(input.roles),
        this.clock.now(),
      ]);
      changed.push('roles');
    }
    if (input.units !== undefined && !sameUnits(input.units, before!.units)) {
      await this.db.query(`DELETE FROM membership_unit WHERE user_id = $1`, [userId]);
      await this.writeUnits(userId, input.units);
      changed.push('units');
    }
    if (input.specialties !== undefined && !sameSpecialties(input.specialties, before!)) {
      await this.db.query(`DELETE FROM member_specialty WHERE user_id = $1`, [userId]);
      await this.writeSpecialties(userId, input.specialties);
      changed.push('specialties');
    }
    if (changed.length)
      this.audit.record({
        action: 'update',
        entityType: 'membership',
        entityId: userId,
        fields: changed,
      });
    return this.directory.get(userId, locale);
  }

  /**
   * Ends the membership for now: the member can no longer sign in to or act in the
   * organization; their history (audit events, client teams, units) stays.
   */
  async deactivate(userId: string, locale: Locale): Promise<Member> {
    const me = this.me();
    if (userId === me.userId) throw AppError.badInput([{ field: 'userId', key: 'NOT_YOURSELF' }]);
    await this.lockAdmins();
    const current = await this.membership(userId);
    if (!current.active) return this.directory.get(userId, locale);
    if (current.roles.includes(ADMIN_ROLE)) await this.refuseLastAdmin(current, 'userId');
    await this.db.query(
      `UPDATE membership SET active = false, deactivated_at = $2, deactivated_by = $3,
              updated_at = $2
        WHERE user_id = $1`,
      [userId, this.clock.now(), me.userId],
    );
    // Their refresh tokens in this organization end now. An access token already issued
    // stays signed for up to 15 minutes (ACCESS_TOKEN_TTL_SECONDS), but every request reads
    // the membership when it opens (reha_begin_request) and is refused from this commit on.
    await this.db.query(`SELECT reha_revoke_member_sessions($1)`, [userId]);
    this.audit.record({
      action: 'update',
      entityType: 'membership',
      entityId: userId,
      fields: ['active', 'deactivated_at', 'deactivated_by', 'sessions'],
    });
    return this.directory.get(userId, locale);
  }

  async reactivate(userId: string, locale: Locale): Promise<Member> {
    const current = await this.membership(userId);
    if (!current.active) {
      await this.db.query(
        `UPDATE membership SET active = true, deactivated_at = NULL, deactivated_by = NULL,
                updated_at = $2
          WHERE user_id = $1`,
        [userId, this.clock.now()],
      );
      this.audit.record({
        action: 'update',
        entityType: 'membership',
        entityId: userId,
        fields: ['active', 'deactivated_at', 'deactivated_by'],
      });
    }
    return this.directory.get(userId, locale);
  }

  /** A new invitation e-mail for a member who has not signed in yet (INVITED only). */
  async resendInvitation(userId: string, locale: Locale): Promise<Member> {
    const me = this.me();
    const current = await this.membership(userId);
    if (statusOf(current) !== MemberStatus.INVITED) throw new AppError(ErrorCode.CONFLICT);
    await this.db.query(
      `UPDATE membership SET invited_at = $2, invited_by = $3, updated_at = $2 WHERE user_id = $1`,
      [userId, this.clock.now(), me.userId],
    );
    this.audit.record({
      action: 'update',
      entityType: 'membership',
      entityId: userId,
      fields: ['invited_at', 'invited_by'],
    });
    await this.sendInvitation(userId, current.email, locale, true);
    return this.directory.get(userId, locale);
  }

  private me(): StaffPrincipal {
    const { principal } = requireScope('members');
    if (principal.kind !== 'staff') throw new AppError(ErrorCode.FORBIDDEN);
    return principal;
  }

  /** The member's row, locked for the change; NOT_FOUND for anyone outside the organization. */
  private async membership(userId: string): Promise<MembershipRow> {
    if (!UUID.test(userId)) throw new AppError(ErrorCode.NOT_FOUND);
    const [row] = await this.db.query<MembershipRow[]>(
      `SELECT m.user_id, u.email, u.display_name, m.roles, m.active, m.accepted_at
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.user_id = $1 FOR UPDATE OF m`,
      [userId],
    );
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return row;
  }

  /** One admin-removing change at a time per organization (held until the commit). */
  private async lockAdmins(): Promise<void> {
    await this.db.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('membership_admins:' || $1, 0))`,
      [this.me().organizationId],
    );
  }

  /**
   * LAST_ADMIN when `member` is an active administrator and no other active member holds
   * the role organization-wide. Runs after lockAdmins, so the count sees every committed
   * change (a fresh snapshot per statement). An invited admin who never signed in does not
   * count: they could not run the organization.
   */
  private async refuseLastAdmin(member: MembershipRow, field: string): Promise<void> {
    if (statusOf(member) !== MemberStatus.ACTIVE) return;
    const [{ n }] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM membership
        WHERE active AND accepted_at IS NOT NULL AND $1 = ANY (roles) AND user_id <> $2`,
      [ADMIN_ROLE, member.user_id],
    );
    if (Number(n) === 0) throw AppError.badInput([{ field, key: 'LAST_ADMIN' }]);
  }

  /** Roles, units and specialties that do not exist in the organization or the classifier. */
  private async assignmentProblems(input: Assignments): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const unitRoles = (input.units ?? []).flatMap((u) => u.roles ?? []);
    const wanted = unique([...(input.roles ?? []), ...unitRoles]);
    if (wanted.length) {
      const known = new Set(
        (
          await this.db.query<{ key: string }[]>(`SELECT key FROM role WHERE key = ANY($1)`, [
            wanted,
          ])
        ).map((r) => r.key),
      );
      if ((input.roles ?? []).some((r) => !known.has(r)))
        problems.push({ field: 'input.roles', key: 'UNKNOWN_REFERENCE' });
      if (unitRoles.some((r) => !known.has(r)))
        problems.push({ field: 'input.units', key: 'UNKNOWN_REFERENCE' });
    }
    const unitIds = unique((input.units ?? []).map((u) => u.unitId));
    if (unitIds.length) {
      const valid = unitIds.filter((id) => UUID.test(id));
      const found = valid.length
        ? await this.db.query<unknown[]>(`SELECT 1 FROM org_unit WHERE id = ANY($1::uuid[])`, [
            valid,
          ])
        : [];
      if (found.length !== unitIds.length && !problems.some((p) => p.field === 'input.units'))
        problems.push({ field: 'input.units', key: 'UNKNOWN_REFERENCE' });
    }
    const keys = unique((input.specialties ?? []).map((s) => s.key));
    if (keys.length) {
      const found = await this.db.query<unknown[]>(`SELECT 1 FROM specialty WHERE key = ANY($1)`, [
        keys,
      ]);
      if (found.length !== keys.length)
        problems.push({ field: 'input.specialties', key: 'UNKNOWN_REFERENCE' });
    }
    return problems;
  }

  /** The member's units; a unit named twice holds the union of its roles. */
  private async writeUnits(userId: string, units: MemberUnitInput[]): Promise<void> {
    const roles = new Map<string, string[]>();
    for (const u of units)
      roles.set(u.unitId, unique([...(roles.get(u.unitId) ?? []), ...(u.roles ?? [])]));
    for (const [unitId, unitRoles] of roles)
      await this.db.query(
        `INSERT INTO membership_unit (user_id, unit_id, roles) VALUES ($1, $2, $3)`,
        [userId, unitId, unitRoles],
      );
  }

  /** The member's specialties; a key named twice keeps its last registration number. */
  private async writeSpecialties(userId: string, specialties: MemberSpecialtyInput[]) {
    const numbers = new Map(specialties.map((s) => [s.key, s.registrationNumber?.trim() || null]));
    for (const [key, number] of numbers)
      await this.db.query(
        `INSERT INTO member_specialty (user_id, specialty_key, registration_number)
         VALUES ($1, $2, $3)`,
        [userId, key, number],
      );
  }

  /**
   * A set-password link for an account that has no way in yet; for an existing account
   * (staff elsewhere) the "you were added" e-mail, which asks for no new password.
   */
  private async sendInvitation(
    userId: string,
    email: string,
    locale: Locale,
    newAccount: boolean,
  ): Promise<void> {
    if (
      newAccount &&
      (await this.passwordReset.queueInvitation({ id: userId, email }, 'admin', locale))
    )
      return;
    const [{ name }] = await this.db.query<{ name: string }[]>(
      `SELECT name FROM organization WHERE id = $1`,
      [this.me().organizationId],
    );
    const mail = ADDED_TO_ORGANIZATION_MAIL[locale];
    const link = `${this.config.publicUrl.replace(/\/+$/, '')}/admin/`;
    await this.email.queue({
      to: email,
      subject: mail.subject(name),
      text: mail.text(name, link),
      idempotencyKey: `member-added:${randomUUID()}`,
    });
    this.audit.record({ action: 'invitation.send', entityType: 'membership', entityId: userId });
  }
}

export function statusOf(m: { active: boolean; accepted_at: Date | null }): MemberStatus {
  if (!m.active) return MemberStatus.DEACTIVATED;
  return m.accepted_at ? MemberStatus.ACTIVE : MemberStatus.INVITED;
}

/** At least one role, organization-wide or in a unit. */
function holdsAnyRole(roles: string[], units: MemberUnitInput[] | undefined): boolean {
  return roles.length > 0 || (units ?? []).some((u) => (u.roles ?? []).length > 0);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameSet(a: string[], b: string[]): boolean {
  const x = unique(a).sort();
  const y = unique(b).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function sameUnits(input: MemberUnitInput[], current: Member['units']): boolean {
  const key = (units: { unitId: string; roles?: string[] }[]) =>
    JSON.stringify(units.map((u) => [u.unitId, unique(u.roles ?? []).sort()]).sort());
  return key(input) === key(current);
}

function sameSpecialties(input: MemberSpecialtyInput[], current: Member): boolean {
  const key = (list: { key: string; registrationNumber?: string | null }[]) =>
    JSON.stringify(list.map((s) => [s.key, s.registrationNumber?.trim() || null]).sort());
  return key(input) === key(current.specialties);
}

/** Turns the unique violation of `constraint` into BAD_USER_INPUT on input.email. */
function rethrowAs(constraint: string, key: string) {
  return (error: unknown): never => {
    const e = error as { driverError?: { code?: string; constraint?: string } };
    if (e.driverError?.code === '23505' && e.driverError.constraint === constraint)
      throw AppError.badInput([{ field: 'input.email', key }]);
    throw error;
  };
}
