import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Locale, tallinnDateOf } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { ExportedFile, ExportFormat } from '../../core/audit/audit.types';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { Clock } from '../../core/clock/clock';
import { ExportColumn } from '../../core/export/export-column';
import { ExportService } from '../../core/export/export.service';
import type { RequestContext } from '../../core/request/request-context';
import { CreateOrgUnitInput, UpdateOrgUnitInput } from './dto/org-unit.input';
import { OrgUnit, OrgUnitReportRow } from './dto/org-unit.type';
import { OrgUnitsService } from './org-units.service';

type Labels = Record<Locale, string>;

const REPORT_COLUMNS: Array<[string, Labels]> = [
  ['path', { et: 'Üksus', en: 'Unit', ru: 'Подразделение' }],
  ['depth', { et: 'Tase', en: 'Level', ru: 'Уровень' }],
  ['users', { et: 'Töötajaid', en: 'Staff', ru: 'Сотрудники' }],
  ['clients', { et: 'Kliente', en: 'Clients', ru: 'Клиенты' }],
  [
    'totalUsers',
    {
      et: 'Töötajaid kokku (koos alamüksustega)',
      en: 'Staff incl. sub-units',
      ru: 'Сотрудники вкл. подчинённые',
    },
  ],
  [
    'totalClients',
    {
      et: 'Kliente kokku (koos alamüksustega)',
      en: 'Clients incl. sub-units',
      ru: 'Клиенты вкл. подчинённые',
    },
  ],
  ['activeServices', { et: 'Aktiivseid teenuseid', en: 'Active services', ru: 'Активные услуги' }],
  [
    'totalActiveServices',
    {
      et: 'Aktiivseid teenuseid kokku',
      en: 'Active services incl. sub-units',
      ru: 'Активные услуги вкл. подчинённые',
    },
  ],
];

const SHEET_NAME: Labels = { et: 'Üksused', en: 'Org units', ru: 'Подразделения' };

/** The columns of the org-unit report export with headings in `locale`. */
export function orgUnitReportColumns(locale: Locale): ExportColumn[] {
  return REPORT_COLUMNS.map(([key, labels]) => ({ key, header: labels[locale] }));
}

/** The organization's org units: the tree for every staff member, changes for its admins. */
@Resolver(() => OrgUnit)
export class OrgUnitsResolver {
  constructor(
    private readonly units: OrgUnitsService,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => [OrgUnit], {
    description:
      "The organization's whole unit tree, depth-first (siblings by name): every staff member may see how the organization is built.",
  })
  orgUnits(): Promise<OrgUnit[]> {
    return this.units.list();
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrgUnit, {
    description:
      'Adds a unit at the top level or under a parent. Names are unique among siblings, codes in the organization.',
  })
  createOrgUnit(@Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.units.create(input);
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrgUnit, {
    description: 'Changes the given fields of a unit; managers given replace the current ones.',
  })
  updateOrgUnit(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrgUnitInput,
  ): Promise<OrgUnit> {
    return this.units.update(id, input);
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => OrgUnit, {
    description:
      'Moves a unit with everything below it under another parent (null: to the top level). A unit cannot move under itself or its own descendant (UNIT_CYCLE).',
  })
  moveOrgUnit(
    @Args('id', { type: () => ID }) id: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
  ): Promise<OrgUnit> {
    return this.units.move(id, parentId ?? null);
  }

  @RequirePermission(Permission.OrganizationManage)
  @Mutation(() => ID, {
    description:
      'Deletes an empty unit; refused while it has child units, clients or members (with their counts).',
  })
  deleteOrgUnit(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.units.delete(id);
  }

  @RequirePermission(Permission.StatisticsRead)
  @Query(() => [OrgUnitReportRow], {
    description:
      'Staff and clients per unit, each with the roll-up over the unit and everything below it; only the units the caller reaches.',
  })
  orgUnitReport(): Promise<OrgUnitReportRow[]> {
    return this.units.report();
  }

  @RequirePermission(Permission.StatisticsRead)
  @Query(() => ExportedFile, {
    description: 'The org-unit report as a spreadsheet (the same rows as orgUnitReport).',
  })
  async exportOrgUnitReport(
    @Context() context: RequestContext,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportedFile> {
    const locale = context.locale;
    const rows = (await this.units.report()).map((row) => ({
      ...row,
      path: row.path.join(' / '),
    }));
    const columns = orgUnitReportColumns(locale);
    const file = await this.exports.toFile(
      format,
      { sheetName: SHEET_NAME[locale], baseName: `org-units-${tallinnDateOf(this.clock.now())}` },
      columns,
      rows,
    );
    this.audit.record({
      action: 'export',
      entityType: 'org_unit',
      fields: columns.map((c) => c.key),
    });
    return file;
  }
}
