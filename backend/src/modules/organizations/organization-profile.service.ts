import { Injectable } from '@nestjs/common';
import { ErrorCode, normalizeIban } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { FileService } from '../../core/files/file.service';
import { Db } from '../../core/tenancy/db';
import { organizationOf } from '../../core/tenancy/principal';
import { requireScope } from '../../core/tenancy/scope';
import { OrganizationProfile } from './dto/organization-profile.type';
import { UpdateOrganizationProfileInput } from './dto/update-organization-profile.input';

/** Largest logo accepted, in bytes. */
export const LOGO_MAX_BYTES = 1024 * 1024;
const LOGO_KINDS = ['png', 'svg', 'jpeg'] as const;

/** One organization with its profile row (absent until first saved: defaults then). */
export interface ProfileRow {
  id: string;
  name: string;
  registry_code: string;
  status: string;
  vat_number: string | null;
  address: string | null;
  ibans: string[] | null;
  default_iban: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  default_language: string | null;
  time_zone: string | null;
  invoice_prefix: string | null;
  invoice_next_number: number | null;
  payment_term_days: number | null;
  invoice_bank_account: string | null;
  footer_text: string | null;
  primary_color: string | null;
  logo_key: string | null;
  logo_mime: string | null;
}

const PROFILE_SELECT = `
  SELECT o.id, o.name, o.registry_code, o.status, p.vat_number, p.address, p.ibans,
         p.default_iban, p.contact_email, p.contact_phone, p.default_language, p.time_zone,
         p.invoice_prefix, p.invoice_next_number, p.payment_term_days, p.invoice_bank_account,
         p.footer_text, p.primary_color, p.logo_key, p.logo_mime
    FROM organization o LEFT JOIN organization_profile p ON p.organization_id = o.id
   WHERE o.id = $1`;

/** Profile columns by input field (organization's own columns are handled apart). */
const PROFILE_COLUMNS = {
  vatNumber: 'vat_number',
  address: 'address',
  ibans: 'ibans',
  defaultIban: 'default_iban',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
  defaultLanguage: 'default_language',
  timeZone: 'time_zone',
  invoicePrefix: 'invoice_prefix',
  invoiceNextNumber: 'invoice_next_number',
  paymentTermDays: 'payment_term_days',
  invoiceBankAccount: 'invoice_bank_account',
  footerText: 'footer_text',
  primaryColor: 'primary_color',
} as const satisfies Partial<Record<keyof UpdateOrganizationProfileInput, keyof ProfileRow>>;
type ProfileField = keyof typeof PROFILE_COLUMNS;

/**
 * The signed-in staff member's organization: its profile, invoice settings and branding.
 * Works in the request's transaction, so RLS keeps every read and write to that organization.
 */
@Injectable()
export class OrganizationProfileService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly files: FileService,
  ) {}

  organizationId(): string {
    const org = organizationOf(requireScope('organization profile').principal);
    if (!org) throw new AppError(ErrorCode.FORBIDDEN);
    return org;
  }

  async row(organizationId = this.organizationId()): Promise<ProfileRow> {
    const [row] = await this.db.query<ProfileRow[]>(PROFILE_SELECT, [organizationId]);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return row;
  }

  async get(): Promise<OrganizationProfile> {
    return toProfile(await this.row());
  }

  async update(input: UpdateOrganizationProfileInput): Promise<OrganizationProfile> {
    const organizationId = this.organizationId();
    await this.ensureProfileRow();
    const current = await this.row(organizationId);
    const problems: FieldProblem[] = [];

    // Values as they will be stored: trimmed, IBANs normalised, empty text = none.
    const text = (v: string | null | undefined) => (v == null ? null : v.trim() || null);
    const next: Partial<Record<ProfileField, unknown>> = {};
    if (input.vatNumber !== undefined) next.vatNumber = text(input.vatNumber);
    if (input.address !== undefined) next.address = text(input.address);
    if (input.ibans !== undefined) {
      const list = (input.ibans ?? []).map(normalizeIban);
      next.ibans = [...new Set(list)];
    }
    if (input.defaultIban !== undefined)
      next.defaultIban = input.defaultIban === null ? null : normalizeIban(input.defaultIban);
    if (input.contactEmail !== undefined) next.contactEmail = text(input.contactEmail);
    if (input.contactPhone !== undefined) next.contactPhone = text(input.contactPhone);
    if (input.defaultLanguage != null) next.defaultLanguage = input.defaultLanguage;
    if (input.timeZone != null) next.timeZone = input.timeZone;
    if (input.invoicePrefix != null) next.invoicePrefix = input.invoicePrefix.trim();
    if (input.invoiceNextNumber != null) next.invoiceNextNumber = input.invoiceNextNumber;
    if (input.paymentTermDays != null) next.paymentTermDays = input.paymentTermDays;
    if (input.invoiceBankAccount !== undefined)
      next.invoiceBankAccount =
        input.invoiceBankAccount === null ? null : normalizeIban(input.invoiceBankAccount);
    if (input.footerText !== undefined) next.footerText = text(input.footerText);
    if (input.primaryColor !== undefined)
      next.primaryColor = input.primaryColor === null ? null : input.primaryColor.toUpperCase();

    // The default and the invoice account must be among the (resulting) IBANs.
    const ibans = (next.ibans as string[] | undefined) ?? current.ibans ?? [];
    let defaultIban =
      next.defaultIban !== undefined ? (next.defaultIban as string | null) : current.default_iban;
    if (defaultIban && !ibans.includes(defaultIban)) {
      if (input.defaultIban !== undefined)
        problems.push({ field: 'input.defaultIban', key: 'INVALID_VALUE' });
      else defaultIban = null;
    }
    if (!defaultIban && ibans.length) defaultIban = ibans[0]!;
    if (!ibans.length) defaultIban = null;
    if (defaultIban !== current.default_iban) next.defaultIban = defaultIban;
    const bankAccount =
      next.invoiceBankAccount !== undefined
        ? (next.invoiceBankAccount as string | null)
        : current.invoice_bank_account;
    if (bankAccount && !ibans.includes(bankAccount))
      problems.push({ field: 'input.invoiceBankAccount', key: 'INVALID_VALUE' });
    if (problems.length) throw AppError.badInput(problems);

    const changed: string[] = [];
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, value] of Object.entries(next) as [ProfileField, unknown][]) {
      const column = PROFILE_COLUMNS[field];
      if (JSON.stringify(current[column]) === JSON.stringify(value)) continue;
      changed.push(field);
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    }
    if (sets.length) {
      await this.db.query(
        `UPDATE organization_profile SET ${sets.join(', ')}, updated_at = now()
          WHERE organization_id = $${values.length + 1}`,
        [...values, organizationId],
      );
    }

    const name = input.legalName?.trim();
    const registryCode = input.registryCode?.trim();
    const orgChanges: string[] = [];
    if (name && name !== current.name) orgChanges.push('legalName');
    if (registryCode && registryCode !== current.registry_code) orgChanges.push('registryCode');
    if (orgChanges.length) {
      try {
        await this.db.query(`UPDATE organization SET name = $1, registry_code = $2 WHERE id = $3`, [
          name || current.name,
          registryCode || current.registry_code,
          organizationId,
        ]);
      } catch (error) {
        if (isUniqueViolation(error, 'organization_registry_code_unique'))
          throw AppError.badInput([{ field: 'input.registryCode', key: 'ALREADY_EXISTS' }]);
        throw error;
      }
      changed.unshift(...orgChanges);
    }
    if (changed.length) {
      this.audit.record({
        action: 'update',
        entityType: 'organization',
        entityId: organizationId,
        fields: changed,
      });
    }
    return toProfile(await this.row(organizationId));
  }

  /** Stores a new logo (PNG, SVG sanitised, JPEG; ≤ 1 MB; by content) and drops the old one. */
  async uploadLogo(contentBase64: string, fileName: string): Promise<OrganizationProfile> {
    const organizationId = this.organizationId();
    const cleaned = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
    if (!cleaned || !/^[A-Za-z0-9+/]+={0,2}$/.test(cleaned) || cleaned.length % 4 === 1)
      throw AppError.badInput([{ field: 'contentBase64', key: 'INVALID_FORMAT' }]);
    const buffer = Buffer.from(cleaned, 'base64');
    // Refused here (size, kind, content) before anything is written.
    const stored = await this.files.store({
      buffer,
      declaredName: fileName,
      allowed: LOGO_KINDS,
      maxBytes: LOGO_MAX_BYTES,
      owner: { organizationId },
    });
    await this.ensureProfileRow();
    const [previous] = await this.db.query<{ logo_key: string | null }[]>(
      `SELECT logo_key FROM organization_profile WHERE organization_id = $1 FOR UPDATE`,
      [organizationId],
    );
    await this.db.query(
      `UPDATE organization_profile
          SET logo_key = $1, logo_mime = $2, logo_size = $3, updated_at = now()
        WHERE organization_id = $4`,
      [stored.key, stored.mime, stored.size, organizationId],
    );
    this.audit.record({
      action: 'update',
      entityType: 'organization',
      entityId: organizationId,
      fields: ['logo'],
    });
    // The old file goes once the row no longer names it (a failed delete leaves an orphan only).
    if (previous?.logo_key) await this.files.delete(previous.logo_key).catch(() => undefined);
    return toProfile(await this.row(organizationId));
  }

  async removeLogo(): Promise<OrganizationProfile> {
    const organizationId = this.organizationId();
    const [previous] = await this.db.query<{ logo_key: string | null }[]>(
      `SELECT logo_key FROM organization_profile WHERE organization_id = $1 FOR UPDATE`,
      [organizationId],
    );
    if (previous?.logo_key) {
      await this.db.query(
        `UPDATE organization_profile SET logo_key = NULL, logo_mime = NULL, logo_size = NULL,
                updated_at = now() WHERE organization_id = $1`,
        [organizationId],
      );
      this.audit.record({
        action: 'update',
        entityType: 'organization',
        entityId: organizationId,
        fields: ['logo'],
      });
      await this.files.delete(previous.logo_key).catch(() => undefined);
    }
    return toProfile(await this.row(organizationId));
  }

  /** The logo's bytes (decrypted under the organization's key), if there is one. */
  async logo(row: { id: string; logo_key: string | null }): Promise<Buffer | undefined> {
    if (!row.logo_key) return undefined;
    return this.files.read(row.logo_key, { organizationId: row.id });
  }

  private async ensureProfileRow(): Promise<void> {
    await this.db.query(
      `INSERT INTO organization_profile DEFAULT VALUES ON CONFLICT (organization_id) DO NOTHING`,
    );
  }
}

export function toProfile(row: ProfileRow): OrganizationProfile {
  return {
    id: row.id,
    legalName: row.name,
    registryCode: row.registry_code,
    status: row.status,
    vatNumber: row.vat_number,
    address: row.address,
    ibans: row.ibans ?? [],
    defaultIban: row.default_iban,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    defaultLanguage: row.default_language ?? 'et',
    timeZone: row.time_zone ?? 'Europe/Tallinn',
    invoiceSettings: {
      numberPrefix: row.invoice_prefix ?? '',
      nextNumber: row.invoice_next_number ?? 1,
      paymentTermDays: row.payment_term_days ?? 14,
      bankAccount: row.invoice_bank_account,
    },
    footerText: row.footer_text,
    primaryColor: row.primary_color,
    logoKey: row.logo_key,
    logoMime: row.logo_mime,
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' && (e.driverError?.constraint ?? e.constraint) === constraint;
}
