import { Injectable } from '@nestjs/common';
import { ErrorCode, Locale } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { PasswordResetService } from '../../core/auth/password-reset.service';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import { actorOf } from '../../core/tenancy/principal';
import { requireScope } from '../../core/tenancy/scope';
import { TenantTransactions } from '../../core/tenancy/tenant-transactions';
import {
  CreatedOrganization,
  CreateOrganizationInput,
  PlatformOrganization,
} from './dto/platform-organization.type';

interface OrganizationRow {
  id: string;
  name: string;
  registry_code: string;
  status: string;
  created_at: Date;
  member_count: string;
  total?: string;
}

const SELECT_ORGANIZATION = `
  SELECT o.id, o.name, o.registry_code, o.status, o.created_at,
         (SELECT count(*) FROM membership m WHERE m.organization_id = o.id AND m.active) AS member_count
    FROM organization o`;

/**
 * The platform operator's organizations: list, create (with the first admin), suspend and
 * reactivate. Organizations are not the operator's tenant data, so every operation runs in a
 * transaction of its own as reha_maintenance (the same principal and request id), and audits
 * each change into the organization's own log.
 */
@Injectable()
export class PlatformOrganizationsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  private maintenance<T>(fn: () => Promise<T>): Promise<T> {
    const scope = requireScope('platform organizations');
    return this.transactions.run(scope.principal, fn, {
      role: 'reha_maintenance',
      requestId: scope.requestId,
    });
  }

  list(
    filter: { status?: string; name?: string },
    first: number,
    after?: string,
  ): Promise<{ rows: PlatformOrganization[]; total: number }> {
    const cursor = after ? decodeCursor(after, 2) : undefined;
    return this.maintenance(async () => {
      const params: unknown[] = [filter.status ?? null, likePattern(filter.name)];
      const where = [
        `($1::text IS NULL OR o.status = $1)`,
        `($2::text IS NULL OR o.name ILIKE $2)`,
      ];
      const page = `${where.join(' AND ')}${
        cursor
          ? ` AND (date_trunc('milliseconds', o.created_at), o.id) > ($3::timestamptz, $4::uuid)`
          : ''
      }`;
      const rows = await this.db.query<OrganizationRow[]>(
        `SELECT x.*, (SELECT count(*) FROM organization o WHERE ${where.join(' AND ')}) AS total
           FROM (${SELECT_ORGANIZATION} WHERE ${page}
                 ORDER BY date_trunc('milliseconds', o.created_at), o.id LIMIT ${first + 1}) x`,
        cursor ? [...params, cursor[0], cursor[1]] : params,
      );
      return { rows: rows.map(toPlatformOrganization), total: Number(rows[0]?.total ?? 0) };
    });
  }

  create(input: CreateOrganizationInput, locale: Locale): Promise<CreatedOrganization> {
    return this.maintenance(async () => {
      const registryCode = input.registryCode.trim();
      const taken = await this.db.query<unknown[]>(
        `SELECT 1 FROM organization WHERE registry_code = $1`,
        [registryCode],
      );
      if (taken.length)
        throw AppError.badInput([{ field: 'input.registryCode', key: 'ALREADY_EXISTS' }]);
      const email = input.firstAdminEmail.trim();
      const [existing] = await this.db.query<{ id: string; kind: string }[]>(
        `SELECT id, kind FROM app_user WHERE email = $1`,
        [email],
      );
      if (existing && existing.kind !== 'staff')
        throw AppError.badInput([{ field: 'input.firstAdminEmail', key: 'ALREADY_EXISTS' }]);

      // The default roles arrive with the organization (trigger organization_default_roles).
      const [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO organization (name, registry_code) VALUES ($1, $2) RETURNING id`,
        [input.name.trim(), registryCode],
      );
      await this.db.query(`INSERT INTO organization_profile (organization_id) VALUES ($1)`, [id]);
      let userId = existing?.id;
      if (!userId) {
        [{ id: userId }] = await this.db.query<{ id: string }[]>(
          `INSERT INTO app_user (email, display_name, kind) VALUES ($1, $2, 'staff') RETURNING id`,
          [email, input.firstAdminName.trim()],
        );
        this.audit.record({
          action: 'create',
          entityType: 'app_user',
          entityId: userId,
          fields: ['email', 'display_name'],
          organizationId: id,
        });
      }
      await this.db.query(
        `INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, '{organization-admin}')`,
        [id, userId],
      );
      this.audit.record({
        action: 'create',
        entityType: 'organization',
        entityId: id,
        fields: ['name', 'registry_code'],
        organizationId: id,
      });
      this.audit.record({
        action: 'create',
        entityType: 'membership',
        entityId: userId,
        fields: ['roles'],
        organizationId: id,
      });
      // A new account sets its password through the reset flow's signed, single-use link;
      // an existing staff account already has a way in.
      if (!existing)
        await this.passwordReset.queueInvitation({ id: userId, email }, 'admin', locale);
      return {
        organization: await this.get(id),
        firstAdminUserId: userId,
        invitationQueued: !existing,
      };
    });
  }

  setStatus(
    id: string,
    status: 'active' | 'suspended',
    reason?: string,
  ): Promise<PlatformOrganization> {
    return this.maintenance(async () => {
      if (!UUID.test(id)) throw new AppError(ErrorCode.NOT_FOUND);
      const [row] = await this.db.query<{ status: string }[]>(
        `SELECT status FROM organization WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new AppError(ErrorCode.NOT_FOUND);
      if (row.status !== status) {
        await this.db.query(`UPDATE organization SET status = $2 WHERE id = $1`, [id, status]);
        await this.db.query(
          `INSERT INTO organization_status_change (organization_id, status, reason, changed_by)
           VALUES ($1, $2, $3, $4)`,
          [id, status, reason?.trim() || null, actorOf(requireScope('status').principal) ?? null],
        );
        this.audit.record({
          action: 'update',
          entityType: 'organization',
          entityId: id,
          fields: status === 'suspended' ? ['status', 'suspension_reason'] : ['status'],
          organizationId: id,
        });
      }
      return this.get(id);
    });
  }

  private async get(id: string): Promise<PlatformOrganization> {
    const [row] = await this.db.query<OrganizationRow[]>(`${SELECT_ORGANIZATION} WHERE o.id = $1`, [
      id,
    ]);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return toPlatformOrganization(row);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function likePattern(name?: string): string | null {
  const q = name?.trim();
  if (!q) return null;
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toPlatformOrganization(row: OrganizationRow): PlatformOrganization {
  return {
    id: row.id,
    name: row.name,
    registryCode: row.registry_code,
    status: row.status,
    createdAt: row.created_at,
    memberCount: Number(row.member_count),
  };
}
