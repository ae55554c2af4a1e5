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
import { CreateRoomInput, RoomFilter, RoomsArgs, UpdateRoomInput } from './dto/room.input';
import { Room, RoomConnection } from './dto/room.type';
import { ROOMS_EXPORT_MAX_ROWS, RoomsService } from './rooms.service';

type Labels = Record<Locale, string>;

const SHEET_NAME: Labels = { et: 'Ruumid', en: 'Rooms', ru: 'Помещения' };

const COLUMNS: Array<[string, Labels]> = [
  ['name', { et: 'Nimi', en: 'Name', ru: 'Название' }],
  ['unit', { et: 'Üksus', en: 'Unit', ru: 'Подразделение' }],
  ['address', { et: 'Aadress', en: 'Address', ru: 'Адрес' }],
  ['capacity', { et: 'Mahutavus', en: 'Capacity', ru: 'Вместимость' }],
  ['equipment', { et: 'Varustus', en: 'Equipment', ru: 'Оборудование' }],
  ['accessibility', { et: 'Ligipääsetavus', en: 'Accessibility', ru: 'Доступность' }],
  ['costPerHour', { et: 'Tunnihind (€)', en: 'Cost per hour (€)', ru: 'Стоимость часа (€)' }],
  ['services', { et: 'Teenused', en: 'Services', ru: 'Услуги' }],
  ['active', { et: 'Aktiivne', en: 'Active', ru: 'Активно' }],
];

const YES_NO: Record<'yes' | 'no', Labels> = {
  yes: { et: 'jah', en: 'yes', ru: 'да' },
  no: { et: 'ei', en: 'no', ru: 'нет' },
};

function exportRow(room: Room, locale: Locale): ExportRow {
  return {
    name: room.name,
    unit: room.unitName,
    address: room.address,
    capacity: room.capacity,
    equipment: room.equipment,
    accessibility: room.accessibility,
    // Exports take euros, not cents.
    costPerHour:
      room.costPerHourCents === null ? null : Number(centsToDecimalString(room.costPerHourCents)),
    services: room.services.map((s) => s.name).join('; '),
    active: YES_NO[room.active ? 'yes' : 'no'][locale],
  };
}

/** The rooms registry: any staff member reads it, catalog.manage changes it (audited). */
@Resolver(() => Room)
export class RoomsResolver {
  constructor(
    private readonly service: RoomsService,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => RoomConnection, {
    description: 'Rooms of the current organization, by name: filter and pages.',
    complexity: ({ args, childComplexity }) => childComplexity * ((args.first as number) ?? 50),
  })
  async rooms(@Args() args: RoomsArgs): Promise<Connection<Room>> {
    const page = await this.service.page(args.filter, args.first, args.after);
    const edges = page.rows
      .slice(0, args.first)
      .map((r) => ({ node: r.room, cursor: encodeCursor(r.cursor) }));
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
  @Query(() => Room, { description: 'One room of the current organization.' })
  room(@Args('id', { type: () => ID }) id: string): Promise<Room> {
    return this.service.get(id);
  }

  @RequirePrincipal('staff')
  @Query(() => ExportedFile, {
    description: `The filtered rooms as a spreadsheet, by name (at most ${ROOMS_EXPORT_MAX_ROWS} rows).`,
  })
  async exportRooms(
    @Context() ctx: RequestContext,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => RoomFilter, nullable: true }) filter?: RoomFilter,
  ): Promise<ExportedFile> {
    const matching = await this.service.count(filter);
    if (matching > ROOMS_EXPORT_MAX_ROWS)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        { rowCount: matching, max: ROOMS_EXPORT_MAX_ROWS },
        [{ field: 'filter', key: 'MAX_VALUE', params: { max: ROOMS_EXPORT_MAX_ROWS } }],
      );
    const locale = ctx.locale;
    const rows = (await this.service.matching(filter, ROOMS_EXPORT_MAX_ROWS)).map((r) =>
      exportRow(r, locale),
    );
    const columns: ExportColumn[] = COLUMNS.map(([key, labels]) => ({
      key,
      header: labels[locale],
    }));
    const file = await this.exports.toFile(
      format,
      { sheetName: SHEET_NAME[locale], baseName: `rooms-${tallinnDateOf(this.clock.now())}` },
      columns,
      rows,
    );
    this.audit.record({ action: 'export', entityType: 'room' });
    return file;
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Room, {
    description: 'Registers a room (name, capacity 1–1000; unit and services of the organization).',
  })
  createRoom(@Args('input') input: CreateRoomInput): Promise<Room> {
    return this.service.create(input);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Room, {
    description: 'Changes a room: only the fields given change; lists replace; null clears.',
  })
  updateRoom(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRoomInput,
  ): Promise<Room> {
    return this.service.update(id, input);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Room, {
    description: 'Deactivates a room: kept with its history, no longer offered for new bookings.',
  })
  deactivateRoom(@Args('id', { type: () => ID }) id: string): Promise<Room> {
    return this.service.setActive(id, false);
  }

  @RequirePermission(Permission.CatalogManage)
  @Mutation(() => Room, { description: 'Makes a deactivated room active again.' })
  reactivateRoom(@Args('id', { type: () => ID }) id: string): Promise<Room> {
    return this.service.setActive(id, true);
  }
}
