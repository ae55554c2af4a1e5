import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { Db } from '../../core/tenancy/db';
import {
  CreateProviderServiceInput,
  CreateServicePackageInput,
  ProviderServicesArgs,
  ServicePackageItemInput,
  UpdateProviderServiceInput,
  UpdateServicePackageInput,
} from './dto/catalog.inputs';
import { ProviderService, PublicService, ServicePackage } from './dto/catalog.types';
import { StateCatalogService } from './state-catalog.service';
import { splitRange } from './validity';

interface ProviderServiceRow {
  id: string;
  state_code: string | null;
  name: string;
  public_description: string | null;
  duration_minutes: number | null;
  forms: string[];
  group_min: number | null;
  group_max: number | null;
  professions: string[];
  dataset_template: string | null;
  public: boolean;
  valid: string;
  created_at: Date;
  updated_at: Date;
}

/** A service's fields as validated and stored (create and update share them). */
interface ServiceFields {
  stateCode: string | null;
  name: string;
  publicDescription: string | null;
  durationMinutes: number | null;
  forms: string[];
  groupMin: number | null;
  groupMax: number | null;
  professions: string[];
  datasetTemplate: string | null;
  public: boolean;
  validFrom: string;
  validTo: string | null;
}

const SELECT_SERVICE = `SELECT id, state_code, name, public_description, duration_minutes, forms,
  group_min, group_max, professions, dataset_template, public, valid::text AS valid, created_at,
  updated_at FROM provider_service`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GROUP_BOUNDS = { min: 1, max: 100 };

/**
 * The organization's own services (on top of a state code, or private) and service packages.
 * RLS keeps each organization to its own rows: another organization's id is NOT_FOUND. A
 * service is never deleted once made; it ends (its validity gets an end date).
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly state: StateCatalogService,
  ) {}

  async list(filter: ProviderServicesArgs): Promise<ProviderService[]> {
    const search = filter.search?.trim();
    const rows = await this.db.query<ProviderServiceRow[]>(
      `${SELECT_SERVICE}
        WHERE ($1::text IS NULL OR name ILIKE $1)
          AND ($2::text IS NULL OR state_code = $2)
          AND ($3::date IS NULL OR valid @> $3::date)
          AND ($4::boolean IS NULL OR public = $4)
        ORDER BY name, id`,
      [
        search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
        filter.stateCode ?? null,
        filter.activeOn ?? null,
        filter.public ?? null,
      ],
    );
    return rows.map(toProviderService);
  }

  async get(id: string): Promise<ProviderService> {
    return toProviderService(await this.row(id));
  }

  async create(input: CreateProviderServiceInput): Promise<ProviderService> {
    const fields: ServiceFields = {
      stateCode: input.stateCode ?? null,
      name: input.name.trim(),
      publicDescription: input.publicDescription?.trim() || null,
      durationMinutes: input.durationMinutes ?? null,
      forms: [...new Set(input.forms)],
      groupMin: input.groupMin ?? null,
      groupMax: input.groupMax ?? null,
      professions: [...new Set(input.professions ?? [])],
      datasetTemplate: input.datasetTemplate?.trim() || null,
      public: input.public ?? false,
      validFrom: input.validFrom ?? this.state.today(),
      validTo: input.validTo ?? null,
    };
    await this.validate(fields);
    const [{ id }] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO provider_service (state_code, name, public_description, duration_minutes, forms,
         group_min, group_max, professions, dataset_template, public, valid)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, daterange($11, $12)) RETURNING id`,
      columnValues(fields),
    );
    this.audit.record({
      action: 'create',
      entityType: 'provider_service',
      entityId: id,
      fields: Object.keys(input),
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateProviderServiceInput): Promise<ProviderService> {
    const current = toProviderService(await this.row(id, true));
    const given = <K extends keyof UpdateProviderServiceInput>(k: K) => input[k] !== undefined;
    const fields: ServiceFields = {
      stateCode: given('stateCode') ? (input.stateCode ?? null) : current.stateCode,
      name: input.name?.trim() || current.name,
      publicDescription: given('publicDescription')
        ? input.publicDescription?.trim() || null
        : current.publicDescription,
      durationMinutes: given('durationMinutes')
        ? (input.durationMinutes ?? null)
        : current.durationMinutes,
      forms: input.forms ? [...new Set(input.forms)] : current.forms,
      groupMin: given('groupMin') ? (input.groupMin ?? null) : current.groupMin,
      groupMax: given('groupMax') ? (input.groupMax ?? null) : current.groupMax,
      professions: given('professions')
        ? [...new Set(input.professions ?? [])]
        : current.professions,
      datasetTemplate: given('datasetTemplate')
        ? input.datasetTemplate?.trim() || null
        : current.datasetTemplate,
      public: input.public ?? current.public,
      validFrom: input.validFrom ?? current.validFrom,
      validTo: current.validTo,
    };
    await this.validate(fields);
    await this.db.query(
      `UPDATE provider_service SET state_code = $1, name = $2, public_description = $3,
         duration_minutes = $4, forms = $5, group_min = $6, group_max = $7, professions = $8,
         dataset_template = $9, public = $10, valid = daterange($11, $12), updated_at = now()
       WHERE id = $13`,
      [...columnValues(fields), id],
    );
    this.audit.record({
      action: 'update',
      entityType: 'provider_service',
      entityId: id,
      fields: Object.keys(input),
    });
    return this.get(id);
  }

  /** Ends a service: it is no longer offered from `validTo`; its history stays. */
  async end(id: string, validTo: string): Promise<ProviderService> {
    const current = toProviderService(await this.row(id, true));
    if (validTo <= current.validFrom)
      throw AppError.badInput([
        { field: 'validTo', key: 'MIN_VALUE', params: { min: current.validFrom } },
      ]);
    await this.db.query(
      `UPDATE provider_service SET valid = daterange(lower(valid), $2), updated_at = now()
        WHERE id = $1`,
      [id, validTo],
    );
    this.audit.record({
      action: 'update',
      entityType: 'provider_service',
      entityId: id,
      fields: ['valid'],
    });
    return this.get(id);
  }

  async packages(): Promise<ServicePackage[]> {
    const rows = await this.db.query<
      Array<{
        id: string;
        name: string;
        description: string | null;
        active: boolean;
        items: Array<{ serviceId: string; serviceName: string; quantity: string }>;
      }>
    >(
      `SELECT p.id, p.name, p.description, p.active,
              COALESCE((SELECT json_agg(json_build_object('serviceId', i.service_id,
                          'serviceName', s.name, 'quantity', i.quantity) ORDER BY s.name)
                          FROM service_package_item i JOIN provider_service s ON s.id = i.service_id
                         WHERE i.package_id = p.id), '[]') AS items
         FROM service_package p ORDER BY p.name, p.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      active: r.active,
      items: r.items.map((i) => ({ ...i, quantity: Number(i.quantity) })),
    }));
  }

  async createPackage(input: CreateServicePackageInput): Promise<ServicePackage> {
    await this.requireServices(input.items);
    const [{ id }] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO service_package (name, description) VALUES ($1, $2) RETURNING id`,
      [input.name.trim(), input.description?.trim() || null],
    );
    await this.writeItems(id, input.items);
    this.audit.record({
      action: 'create',
      entityType: 'service_package',
      entityId: id,
      fields: Object.keys(input),
    });
    return this.package(id);
  }

  async updatePackage(id: string, input: UpdateServicePackageInput): Promise<ServicePackage> {
    if (!UUID.test(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const found = await this.db.query<unknown[]>(
      `SELECT 1 FROM service_package WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!found.length) throw new AppError(ErrorCode.NOT_FOUND);
    if (input.items) await this.requireServices(input.items);
    await this.db.query(
      `UPDATE service_package SET name = COALESCE($2, name),
         description = CASE WHEN $3 THEN $4 ELSE description END,
         active = COALESCE($5, active)
       WHERE id = $1`,
      [
        id,
        input.name?.trim() || null,
        input.description !== undefined,
        input.description?.trim() || null,
        input.active ?? null,
      ],
    );
    if (input.items) {
      await this.db.query(`DELETE FROM service_package_item WHERE package_id = $1`, [id]);
      await this.writeItems(id, input.items);
    }
    this.audit.record({
      action: 'update',
      entityType: 'service_package',
      entityId: id,
      fields: Object.keys(input),
    });
    return this.package(id);
  }

  /**
   * The public catalog of an organization, for anyone: through `public_services()`, which
   * returns only public fields of public services offered today by an active organization.
   */
  async publicServices(organizationId: string): Promise<PublicService[]> {
    if (!UUID.test(organizationId)) return [];
    const rows = await this.db.query<
      Array<{
        id: string;
        name: string;
        public_description: string | null;
        duration_minutes: number | null;
        forms: string[];
        state_code: string | null;
      }>
    >(`SELECT * FROM public_services($1)`, [organizationId]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      publicDescription: r.public_description,
      durationMinutes: r.duration_minutes,
      forms: r.forms,
      stateCode: r.state_code,
    }));
  }

  private async package(id: string): Promise<ServicePackage> {
    const found = (await this.packages()).find((p) => p.id === id);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND);
    return found;
  }

  private async writeItems(packageId: string, items: ServicePackageItemInput[]): Promise<void> {
    if (!items.length) return;
    await this.db.query(
      `INSERT INTO service_package_item (package_id, service_id, quantity)
       SELECT $1, s, q FROM unnest($2::uuid[], $3::numeric[]) AS x(s, q)`,
      [packageId, items.map((i) => i.serviceId), items.map((i) => i.quantity)],
    );
  }

  /** Each item names a service of this organization, once (UNKNOWN_REFERENCE / ALREADY_EXISTS). */
  private async requireServices(items: ServicePackageItemInput[]): Promise<void> {
    const valid = items.map((i) => i.serviceId).filter((s) => UUID.test(s));
    const known = new Set(
      (
        await this.db.query<Array<{ id: string }>>(
          `SELECT id FROM provider_service WHERE id = ANY($1::uuid[])`,
          [valid],
        )
      ).map((r) => r.id),
    );
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    items.forEach((item, n) => {
      const field = `input.items.${n}.serviceId`;
      if (!known.has(item.serviceId.toLowerCase()))
        problems.push({ field, key: 'UNKNOWN_REFERENCE' });
      else if (seen.has(item.serviceId.toLowerCase()))
        problems.push({ field, key: 'ALREADY_EXISTS' });
      seen.add(item.serviceId.toLowerCase());
    });
    if (problems.length) throw AppError.badInput(problems);
  }

  private async row(id: string, lock = false): Promise<ProviderServiceRow> {
    if (!UUID.test(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const [row] = await this.db.query<ProviderServiceRow[]>(
      `${SELECT_SERVICE} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return row;
  }

  /**
   * The rules of a service against its state code on its first day: the code must be valid
   * then, its forms allowed then, its professions among the code's; a group size only with
   * the group form and within 1–100. Every problem is reported at once; nothing is written.
   */
  private async validate(f: ServiceFields): Promise<void> {
    const problems: FieldProblem[] = [];
    if (f.validTo && f.validTo <= f.validFrom)
      problems.push({ field: 'input.validTo', key: 'MIN_VALUE', params: { min: f.validFrom } });
    problems.push(...groupSizeProblems(f));
    if (f.stateCode) {
      const [code] = await this.db.query<Array<{ professions: string[]; forms: string[] }>>(
        `SELECT s.professions,
                ARRAY(SELECT form FROM state_service_form sf
                       WHERE sf.code = s.code AND sf.valid @> $2::date ORDER BY form) AS forms
           FROM state_service s WHERE s.code = $1 AND s.valid @> $2::date`,
        [f.stateCode, f.validFrom],
      );
      if (!code) problems.push({ field: 'input.stateCode', key: 'UNKNOWN_REFERENCE' });
      else {
        if (f.forms.some((form) => !code.forms.includes(form)))
          problems.push({
            field: 'input.forms',
            key: 'NOT_ONE_OF',
            params: { allowed: code.forms.join(', ') || '—' },
          });
        if (f.professions.some((p) => !code.professions.includes(p)))
          problems.push({
            field: 'input.professions',
            key: 'PROFESSION_NOT_ALLOWED',
            params: { allowed: code.professions.join(', ') || '—' },
          });
      }
    }
    if (problems.length) throw AppError.badInput(problems);
    await this.state.requireProfessions(f.professions, 'input.professions');
  }
}

/** Group bounds belong to the group form only and lie within 1–100, min ≤ max. */
function groupSizeProblems(f: ServiceFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const group = f.forms.includes('group');
  for (const [field, value] of [
    ['input.groupMin', f.groupMin],
    ['input.groupMax', f.groupMax],
  ] as const) {
    if (value === null) continue;
    if (!group || value < GROUP_BOUNDS.min || value > GROUP_BOUNDS.max)
      problems.push({ field, key: 'GROUP_SIZE_OUT_OF_BOUNDS', params: GROUP_BOUNDS });
  }
  if (!problems.length && f.groupMin !== null && f.groupMax !== null && f.groupMin > f.groupMax)
    problems.push({
      field: 'input.groupMax',
      key: 'GROUP_SIZE_OUT_OF_BOUNDS',
      params: { min: f.groupMin, max: GROUP_BOUNDS.max },
    });
  return problems;
}

function columnValues(f: ServiceFields): unknown[] {
  return [
    f.stateCode,
    f.name,
    f.publicDescription,
    f.durationMinutes,
    f.forms,
    f.groupMin,
    f.groupMax,
    f.professions,
    f.datasetTemplate,
    f.public,
    f.validFrom,
    f.validTo,
  ];
}

function toProviderService(row: ProviderServiceRow): ProviderService {
  return {
    id: row.id,
    stateCode: row.state_code,
    name: row.name,
    publicDescription: row.public_description,
    durationMinutes: row.duration_minutes,
    forms: row.forms,
    groupMin: row.group_min,
    groupMax: row.group_max,
    professions: row.professions,
    datasetTemplate: row.dataset_template,
    public: row.public,
    ...splitRange(row.valid),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
