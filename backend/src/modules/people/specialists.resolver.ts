import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { centsToDecimalString, ErrorCode, Locale, tallinnDateOf } from '@reha/shared';
import { ExportedFile, ExportFormat } from '../../core/audit/audit.types';
import { AuditService } from '../../core/audit/audit.service';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { Clock } from '../../core/clock/clock';
import { AppError } from '../../core/errors/app-error';
import type { ExportColumn, ExportRow } from '../../core/export/export-column';
import { ExportService } from '../../core/export/export.service';
import { Connection, encodeCursor } from '../../core/graphql/pagination';
import type { RequestContext } from '../../core/request/request-context';
import {
  CreateSpecialistInput,
  SpecialistFilter,
  SpecialistsArgs,
  UpdateSpecialistInput,
} from './dto/specialist.input';
import { Specialist, SpecialistConnection } from './dto/specialist.type';
import {
  SPECIALIST_READ_FIELDS,
  SPECIALISTS_EXPORT_MAX_ROWS,
  SpecialistsService,
} from './specialists.service';

type Labels = Record<Locale, string>;

const SHEET_NAME: Labels = { et: 'Spetsialistid', en: 'Specialists', ru: 'Специалисты' };

const COLUMNS: Array<[string, Labels]> = [
  ['name', { et: 'Nimi', en: 'Name', ru: 'Имя' }],
  ['kind', { et: 'Liik', en: 'Kind', ru: 'Вид' }],
  ['email', { et: 'E-post', en: 'E-mail', ru: 'Эл. почта' }],
  ['phone', { et: 'Telefon', en: 'Phone', ru: 'Телефон' }],
  ['professions', { et: 'Erialad', en: 'Professions', ru: 'Специальности' }],
  ['qualifications', { et: 'Kvalifikatsioon', en: 'Qualifications', ru: 'Квалификация' }],
  ['costPerHour', { et: 'Tunnihind (€)', en: 'Cost per hour (€)', ru: 'Стоимость часа (€)' }],
  ['services', { et: 'Teenused', en: 'Services', ru: 'Услуги' }],
  ['units', { et: 'Üksused', en: 'Units', ru: 'Подразделения' }],
  ['active', { et: 'Aktiivne', en: 'Active', ru: 'Активен' }],
];

const KIND: Record<'staff' | 'external', Labels> = {
  staff: { et: 'töötaja', en: 'staff', ru: 'сотрудник' },
  external: { et: 'väline', en: 'external', ru: 'внешний' },
};
const YES_NO: Record<'yes' | 'no', Labels> = {
  yes: { et: 'jah', en: 'yes', ru: 'да' },
  no: { et: 'ei', en: 'no', ru: 'нет' },
};

/** Euros as a number for a spreadsheet cell (exports take euros, not cents). */
const euros = (cents: number | null) =>
  cents === null ? null : Number(centsToDecimalString(cents));

function exportRow(s: Specialist, locale: Locale): ExportRow {
  return {
    name: s.name,
    kind: KIND[s.external ? 'external' : 'staff'][locale],
    email: s.email,
    phone: s.phone,
    professions: s.professions.map((p) => p.name).join('; '),
    qualifications: s.qualifications,
    costPerHour: euros(s.costPerHourCents),
    services: s.services
      .map((x) =>
        x.costCents === null ? x.name : `${x.name} (${centsToDecimalString(x.costCents)} €)`,
      )
      .join('; '),
    units: s.units.map((u) => u.name).join('; '),
    active: YES_NO[s.active ? 'yes' : 'no'][locale],
  };
}

/**
 * The specialists registry: any staff member reads it (who may provide which service, where);
 * catalog.manage changes it. Reads and exports are audited (staff and external persons'
 * contacts), and so is every change.
 */
@Resolver(() => Specialist)
export class SpecialistsResolver {
  constructor(
    private readonly service: SpecialistsService,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => SpecialistConnection, {
    description: 'Specialists of the current organization, by name: filter and pages.',
    complexity: ({ args, childComplexity }) => childComplexity * ((args.first as number) ?? 50),
  })
  async specialists(
    @Args() args: SpecialistsArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<Specialist>> {
    const page = await this.service.page(ctx.locale, args.filter, args.first, args.after);
    const edges = page.rows
      .slice(0, args.first)
      .map((r) => ({ node: r.specialist, cursor: encodeCursor(r.cursor) }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.rows.length > args.first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @RequirePrincipal('staff')
  @Query(() => Specialist, { description: 'One specialist of the current organization.' })
  specialist(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Specialist> {
    return this.service.get(id, ctx.locale);
  }

  @RequirePrincipal('staff')
  @Query(() => ExportedFile, {
    description: `The filtered specialists as a spreadsheet, by name (at most ${SPECIALISTS_EXPORT_MAX_ROWS} rows).`,
  })
  async exportSpecialists(
    @Context() ctx: RequestContext,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => SpecialistFilter, nullable: true }) filter?: SpecialistFilter,
  ): Promise<ExportedFile> {
    const matching = await this.service.count(filter);
    if (matching > SPECIALISTS_EXPORT_MAX_ROWS)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        { rowCount: matching, max: SPECIALISTS_EXPORT_MAX_ROWS },
        [{ field: 'filter', key: 'MAX_VALUE', params: { max: SPECIALISTS_EXPORT_MAX_ROWS } }],
      );
    const locale = ctx.locale;
    const specialists = await this.service.matching(locale, filter, SPECIALISTS_EXPORT_MAX_ROWS);
    const rows = specialists.map((s) => exportRow(s, locale));
    const columns: ExportColumn[] = COLUMNS.map(([key, labels]) => ({
      key,
      header: labels[locale],
    }));
    const file = await this.exports.toFile(
      format,
      { sheetName: SHEET_NAME[locale], baseName: `specialists-${tallinnDateOf(this.clock.now())}` },
      columns,
      rows,
    );
    this.audit.record({
      action: 'export',
      entityType: 'specialist',
      fields: [...SPECIALIST_READ_FIELDS, 'professions', 'qualifications', 'services', 'units'],
    });
    return file;
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Specialist, {
    description:
      'Registers a specialist: a staff member (an active member, not yet a specialist: ALREADY_EXISTS) or an external one (name required). Services on a state code need a profession the code allows (PROFESSION_NOT_ALLOWED).',
  })
  createSpecialist(
    @Args('input') input: CreateSpecialistInput,
    @Context() ctx: RequestContext,
  ): Promise<Specialist> {
    return this.service.create(input, ctx.locale);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Specialist, {
    description: 'Changes a specialist: only the fields given change; lists replace.',
  })
  updateSpecialist(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSpecialistInput,
    @Context() ctx: RequestContext,
  ): Promise<Specialist> {
    return this.service.update(id, input, ctx.locale);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Specialist, {
    description:
      'Deactivates a specialist: kept with their history, no longer offered for new work.',
  })
  deactivateSpecialist(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Specialist> {
    return this.service.setActive(id, false, ctx.locale);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Specialist, { description: 'Makes a deactivated specialist active again.' })
  reactivateSpecialist(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Specialist> {
    return this.service.setActive(id, true, ctx.locale);
  }
}
