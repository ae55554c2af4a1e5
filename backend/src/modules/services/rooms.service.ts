import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { isUUID } from 'class-validator';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import { CreateRoomInput, RoomFilter, UpdateRoomInput } from './dto/room.input';
import { Room } from './dto/room.type';

/** The most rows one rooms export may hold; beyond it the caller narrows the filter. */
export const ROOMS_EXPORT_MAX_ROWS = 50_000;

interface RoomRow {
  id: string;
  name: string;
  unit_id: string | null;
  unit_name: string | null;
  address: string | null;
  capacity: number;
  equipment: string | null;
  accessibility: string | null;
  cost_per_hour_cents: number | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  k1: string;
  total?: string;
}

/** The page of rooms with the cursor values of each row. */
export interface RoomPage {
  rows: Array<{ room: Room; cursor: string[] }>;
  total: number;
}

const ROOM_SELECT = `SELECT r.id, r.name, r.unit_id, u.name AS unit_name, r.address, r.capacity,
       r.equipment, r.accessibility, r.cost_per_hour_cents, r.active, r.created_at,
       r.updated_at, lower(r.name) AS k1
  FROM room r LEFT JOIN org_unit u ON u.id = r.unit_id`;

/** The room columns an input may change, with the input field that sets each. */
const COLUMNS = [
  ['name', 'name'],
  ['unit_id', 'unitId'],
  ['address', 'address'],
  ['capacity', 'capacity'],
  ['equipment', 'equipment'],
  ['accessibility', 'accessibility'],
  ['cost_per_hour_cents', 'costPerHourCents'],
] as const;

/**
 * The rooms registry (issue 7 item 7): rooms and places with capacity, equipment and
 * accessibility notes, cost per hour, and the services that need them. Runs in the request
 * transaction under RLS; rooms hold no personal data, so changes are audited, reads not.
 * Rooms are never deleted: deactivation keeps them for the history of what happened there.
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async page(filter: RoomFilter | undefined, first: number, after?: string): Promise<RoomPage> {
    const { where, params } = filterSql(filter);
    const cursor = after ? decodeCursor(after, 2).map(String) : undefined;
    const n = params.length;
    const rows = await this.db.query<RoomRow[]>(
      `WITH matching AS (${ROOM_SELECT} WHERE ${where})
       SELECT x.*, (SELECT count(*) FROM matching) AS total FROM matching x
        ${cursor ? `WHERE (x.k1, x.id) > ($${n + 1}, $${n + 2}::uuid)` : ''}
        ORDER BY x.k1, x.id LIMIT ${first + 1}`,
      cursor ? [...params, ...cursor] : params,
    );
    const rooms = await this.withServices(rows);
    return {
      rows: rooms.map((room, i) => ({ room, cursor: [rows[i]!.k1, rows[i]!.id] })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** One room of the organization, or NOT_FOUND (another organization's too). */
  async get(id: string): Promise<Room> {
    if (!isUUID(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const rows = await this.db.query<RoomRow[]>(`${ROOM_SELECT} WHERE r.id = $1`, [id]);
    if (!rows.length) throw new AppError(ErrorCode.NOT_FOUND);
    return (await this.withServices(rows))[0]!;
  }

  async count(filter: RoomFilter | undefined): Promise<number> {
    const { where, params } = filterSql(filter);
    const [row] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM room r WHERE ${where}`,
      params,
    );
    return Number(row!.n);
  }

  /** Every matching room in name order, at most `limit`. */
  async matching(filter: RoomFilter | undefined, limit: number): Promise<Room[]> {
    const { where, params } = filterSql(filter);
    const rows = await this.db.query<RoomRow[]>(
      `${ROOM_SELECT} WHERE ${where} ORDER BY k1, r.id LIMIT ${limit}`,
      params,
    );
    return this.withServices(rows);
  }

  async create(input: CreateRoomInput): Promise<Room> {
    const problems = await this.problems(input);
    if (!input.name.trim()) problems.unshift({ field: 'input.name', key: 'REQUIRED' });
    if (problems.length) throw AppError.badInput(problems);
    const values = COLUMNS.map(([, field]) => clean(input[field]));
    const now = this.clock.now();
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO room (${COLUMNS.map(([c]) => c).join(', ')}, created_at, updated_at)
       VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${COLUMNS.length + 1},
               $${COLUMNS.length + 1})
       RETURNING id`,
      [...values, now],
    );
    await this.writeServices(id, input.serviceIds ?? []);
    this.audit.record({
      action: 'create',
      entityType: 'room',
      entityId: id,
      fields: [
        ...COLUMNS.filter(([, field]) => clean(input[field]) !== null).map(([c]) => c),
        ...(input.serviceIds?.length ? ['services'] : []),
      ],
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateRoomInput): Promise<Room> {
    const current = await this.locked(id);
    const problems = await this.problems(input);
    if (input.name !== undefined && !input.name?.trim())
      problems.unshift({ field: 'input.name', key: 'REQUIRED' });
    if (input.capacity === null) problems.push({ field: 'input.capacity', key: 'REQUIRED' });
    if (problems.length) throw AppError.badInput(problems);

    const changes = COLUMNS.filter(
      ([column, field]) =>
        input[field] !== undefined && clean(input[field]) !== current[column as keyof RoomRow],
    );
    const changed: string[] = changes.map(([c]) => c);
    if (input.serviceIds) {
      const before = await this.db.query<{ service_id: string }[]>(
        `SELECT service_id FROM room_service WHERE room_id = $1`,
        [id],
      );
      if (
        !sameSet(
          input.serviceIds,
          before.map((s) => s.service_id),
        )
      ) {
        await this.db.query(`DELETE FROM room_service WHERE room_id = $1`, [id]);
        await this.writeServices(id, input.serviceIds);
        changed.push('services');
      }
    }
    if (!changed.length) return this.get(id);
    await this.db.query(
      `UPDATE room SET ${changes.map(([c], i) => `${c} = $${i + 2}, `).join('')}updated_at = $${
        changes.length + 2
      } WHERE id = $1`,
      [id, ...changes.map(([, field]) => clean(input[field])), this.clock.now()],
    );
    this.audit.record({ action: 'update', entityType: 'room', entityId: id, fields: changed });
    return this.get(id);
  }

  /** Active or not: a deactivated room keeps its history and is offered for no new bookings. */
  async setActive(id: string, active: boolean): Promise<Room> {
    const current = await this.locked(id);
    if (current.active !== active) {
      await this.db.query(`UPDATE room SET active = $2, updated_at = $3 WHERE id = $1`, [
        id,
        active,
        this.clock.now(),
      ]);
      this.audit.record({ action: 'update', entityType: 'room', entityId: id, fields: ['active'] });
    }
    return this.get(id);
  }

  /** The room's own row, locked for the change; NOT_FOUND outside the organization. */
  private async locked(id: string): Promise<RoomRow> {
    if (!isUUID(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const [row] = await this.db.query<RoomRow[]>(`SELECT * FROM room WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return row;
  }

  /** A unit or services that are not the organization's (RLS hides other organizations'). */
  private async problems(input: UpdateRoomInput): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.unitId) {
      const found = await this.db.query<unknown[]>(`SELECT 1 FROM org_unit WHERE id = $1`, [
        input.unitId,
      ]);
      if (!found.length) problems.push({ field: 'input.unitId', key: 'UNKNOWN_REFERENCE' });
    }
    const serviceIds = unique(input.serviceIds ?? []);
    if (serviceIds.length) {
      const found = await this.db.query<unknown[]>(
        `SELECT 1 FROM provider_service WHERE id = ANY($1::uuid[])`,
        [serviceIds],
      );
      if (found.length !== serviceIds.length)
        problems.push({ field: 'input.serviceIds', key: 'UNKNOWN_REFERENCE' });
    }
    return problems;
  }

  private async writeServices(id: string, serviceIds: string[]): Promise<void> {
    for (const serviceId of unique(serviceIds))
      await this.db.query(`INSERT INTO room_service (room_id, service_id) VALUES ($1, $2)`, [
        id,
        serviceId,
      ]);
  }

  private async withServices(rows: RoomRow[]): Promise<Room[]> {
    if (!rows.length) return [];
    const services = await this.db.query<{ room_id: string; service_id: string; name: string }[]>(
      `SELECT rs.room_id, rs.service_id, ps.name
         FROM room_service rs JOIN provider_service ps ON ps.id = rs.service_id
        WHERE rs.room_id = ANY($1::uuid[]) ORDER BY lower(ps.name), ps.id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      address: r.address,
      capacity: r.capacity,
      equipment: r.equipment,
      accessibility: r.accessibility,
      costPerHourCents: r.cost_per_hour_cents,
      services: services
        .filter((s) => s.room_id === r.id)
        .map((s) => ({ serviceId: s.service_id, name: s.name })),
      active: r.active,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }
}

/** Text trimmed, blank text as null; other values as given (null clears). */
function clean(value: string | number | null | undefined): string | number | null {
  if (typeof value === 'string') return value.trim() || null;
  return value ?? null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameSet(a: string[], b: string[]): boolean {
  const x = unique(a).sort();
  const y = unique(b).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The filter's conditions on `room r`, with their parameters. */
function filterSql(filter: RoomFilter | undefined): { where: string; params: unknown[] } {
  const conditions = ['true'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = filter?.search?.trim();
  if (search) {
    const p = param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(r.name ILIKE ${p} OR r.address ILIKE ${p} OR r.equipment ILIKE ${p})`);
  }
  if (filter?.unitId)
    conditions.push(`r.unit_id IN (
      WITH RECURSIVE below(id) AS (
        SELECT id FROM org_unit WHERE id = ${param(filter.unitId)}::uuid
        UNION SELECT c.id FROM org_unit c JOIN below b ON c.parent_id = b.id)
      SELECT id FROM below)`);
  if (filter?.serviceId)
    conditions.push(`EXISTS (SELECT 1 FROM room_service rs
      WHERE rs.room_id = r.id AND rs.service_id = ${param(filter.serviceId)}::uuid)`);
  if (filter?.active !== undefined && filter.active !== null)
    conditions.push(`r.active = ${param(filter.active)}`);
  if (filter?.minCapacity) conditions.push(`r.capacity >= ${param(filter.minCapacity)}`);
  return { where: conditions.join(' AND '), params };
}
