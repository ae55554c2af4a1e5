import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Permission } from '../../core/auth/permissions';
import { reachOf } from '../../core/auth/reach';
import {
  BlindIndexer,
  NameQueryTooShortError,
  NAME_PREFIX_MIN,
} from '../../core/crypto/blind-index';
import { DataKeys } from '../../core/crypto/data-keys';
import { openText } from '../../core/crypto/envelope';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import { organizationOf } from '../../core/tenancy/principal';
import { requireScope } from '../../core/tenancy/scope';
import { CreateClientInput } from './dto/create-client.input';
import { Client, ClientUnitRef, PersonClientRecord } from './dto/client.type';
import { ClientEntity } from './entities/client.entity';

/** The platform-wide index that links one person's client records across providers. */
const PERSON_DOMAIN = 'person:isikukood';

/**
 * Clients' identities: create, read, search and erase. Personal fields are encrypted and
 * audited by the repository hook; this service keeps the blind indexes in step.
 *
 * Reach (DOMAIN.md §2): staff see the clients of the org units their roles reach
 * (`reha_reach`) and the clients assigned to them (`client_team`); a role with organization
 * scope sees all. A client out of reach is treated as absent: NOT_FOUND, or missing from lists.
 */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: Db,
    private readonly keys: DataKeys,
    private readonly index: BlindIndexer,
    private readonly audit: AuditService,
  ) {}

  private organizationId(): string {
    const org = organizationOf(requireScope('clients').principal);
    if (!org) throw new AppError(ErrorCode.FORBIDDEN);
    return org;
  }

  private isikukoodDomain(): string {
    return `org:${this.organizationId()}:isikukood`;
  }

  private nameDomain(): string {
    return `org:${this.organizationId()}:name`;
  }

  async create(input: CreateClientInput): Promise<Client> {
    const manager = this.db.manager;
    const code = input.isikukood.trim();
    const isikukoodIndex = this.index.exact(this.isikukoodDomain(), code);
    const taken = (await manager.query(`SELECT 1 FROM client WHERE isikukood_index = $1`, [
      isikukoodIndex,
    ])) as unknown[];
    const problems: FieldProblem[] = [];
    if (taken.length) problems.push({ field: 'input.isikukood', key: 'ALREADY_EXISTS' });
    const reach = await reachOf(this.db, Permission.ClientCreate);
    const unitIds = [...new Set(input.unitIds ?? [])];
    const unitProblem = await this.unitProblem(unitIds, reach);
    if (unitProblem) problems.push(unitProblem);
    if (problems.length) throw AppError.badInput(problems);
    const [{ id: personId }] = (await manager.query(`SELECT reha_ensure_person($1) AS id`, [
      this.index.exact(PERSON_DOMAIN, code),
    ])) as { id: string }[];
    const entity = manager.create(ClientEntity, {
      dataKeyId: await this.keys.create(manager, 'client'),
      personId,
      isikukoodIndex,
      isikukood: code,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      notes: input.notes?.trim() || null,
    });
    const saved = await manager.save(entity);
    // Set by the column default from the transaction's context; not read back by the insert.
    saved.organizationId = this.organizationId();
    await this.writeNameTokens(saved.id, `${input.firstName} ${input.lastName}`);
    if (unitIds.length)
      await this.db.query(
        `INSERT INTO client_unit (client_id, unit_id) SELECT $1, unnest($2::uuid[])`,
        [saved.id, unitIds],
      );
    // Whoever reaches only some units keeps the client they registered, wherever it is filed.
    const creator = this.staffUserId();
    if (reach !== null && creator)
      await this.db.query(`INSERT INTO client_team (client_id, user_id) VALUES ($1, $2)`, [
        saved.id,
        creator,
      ]);
    return toClient(saved);
  }

  /**
   * What is wrong with the units a new client is filed under, if anything. Whoever reaches
   * whole units must file the client under at least one of them (so the unit's people see
   * it); whoever reaches only their own clients (scope `own`, e.g. a case manager) may leave
   * it without a unit (the client is theirs through the team) or file it under a unit they
   * work in.
   */
  private async unitProblem(
    unitIds: string[],
    reach: string[] | null,
  ): Promise<FieldProblem | undefined> {
    if (reach !== null && reach.length === 0 && unitIds.length > 0) reach = await this.ownUnits();
    else if (reach !== null && unitIds.length === 0)
      return reach.length === 0 ? undefined : { field: 'input.unitIds', key: 'REQUIRED' };
    if (unitIds.length === 0) return undefined;
    const unknown = { field: 'input.unitIds', key: 'UNKNOWN_REFERENCE' };
    if (!unitIds.every((id) => UUID.test(id))) return unknown;
    if (reach !== null && !unitIds.every((id) => reach.includes(id))) return unknown;
    const [{ n }] = (await this.db.query(
      `SELECT count(*)::int AS n FROM org_unit WHERE id = ANY ($1::uuid[])`,
      [unitIds],
    )) as [{ n: number }];
    return n === unitIds.length ? undefined : unknown;
  }

  /** The signed-in staff member's user id, if the caller is one. */
  private staffUserId(): string | null {
    const { principal } = requireScope('clients');
    return principal.kind === 'staff' ? principal.userId : null;
  }

  /** The org units the signed-in staff member works in. */
  private async ownUnits(): Promise<string[]> {
    const rows = await this.db.query<{ unit_id: string }[]>(
      `SELECT unit_id FROM membership_unit WHERE user_id = $1`,
      [this.staffUserId()],
    );
    return rows.map((row) => row.unit_id);
  }

  /**
   * The SQL condition "client `alias` is in the caller's reach for `permission`", its
   * parameters appended to `params`; 'true' when the caller reaches the whole organization.
   * Applied inside the query, so nothing out of reach is ever loaded or decrypted.
   */
  private async reachCondition(
    permission: Permission,
    alias: string,
    params: unknown[],
  ): Promise<string> {
    const reach = await reachOf(this.db, permission);
    if (reach === null) return 'true';
    params.push(reach, this.staffUserId());
    const units = `$${params.length - 1}::uuid[]`;
    const user = `$${params.length}::uuid`;
    return `(EXISTS (SELECT 1 FROM client_unit cu
                      WHERE cu.client_id = ${alias}.id AND cu.unit_id = ANY (${units}))
             OR EXISTS (SELECT 1 FROM client_team ct
                      WHERE ct.client_id = ${alias}.id AND ct.user_id = ${user}))`;
  }

  /** Which of `ids` the caller reaches with `permission`. */
  private async reachable(ids: string[], permission: Permission): Promise<string[]> {
    if (ids.length === 0) return [];
    const params: unknown[] = [ids];
    const condition = await this.reachCondition(permission, 'c', params);
    if (condition === 'true') return ids;
    const rows = (await this.db.query(
      `SELECT c.id FROM client c WHERE c.id = ANY ($1::uuid[]) AND ${condition}`,
      params,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The units of each client, for the `units` field (one query for a whole page). */
  async unitsOf(clientIds: readonly string[]): Promise<ClientUnitRef[][]> {
    const rows = (await this.db.query(
      `SELECT cu.client_id, u.id, u.name FROM client_unit cu JOIN org_unit u ON u.id = cu.unit_id
        WHERE cu.client_id = ANY ($1::uuid[]) ORDER BY lower(u.name), u.id`,
      [clientIds],
    )) as { client_id: string; id: string; name: string }[];
    const byClient = new Map<string, ClientUnitRef[]>();
    for (const r of rows)
      byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), { id: r.id, name: r.name }]);
    return clientIds.map((id) => byClient.get(id) ?? []);
  }

  async get(id: string): Promise<Client> {
    const [found] = await this.byIds([id]);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND);
    return found;
  }

  /**
   * Batched by the DataLoader: rows of other organizations are simply not there (RLS), and
   * clients out of the caller's reach are not loaded (nor decrypted, nor audited as read).
   */
  async byIds(ids: readonly string[]): Promise<(Client | null)[]> {
    const valid = await this.reachable(
      ids.filter((id) => UUID.test(id)),
      Permission.ClientRead,
    );
    return this.load(ids, valid);
  }

  /** The clients `valid` (already checked), answered in the order of `ids`. */
  private async load(ids: readonly string[], valid: string[]): Promise<(Client | null)[]> {
    const rows = valid.length ? await this.db.repo(ClientEntity).findBy({ id: In(valid) }) : [];
    const byId = new Map(rows.map((r) => [r.id, toClient(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Exact isikukood (11 digits) through its blind index, otherwise name prefixes: every
   * query token must match a name token's prefix. Only the page returned is decrypted.
   */
  async search(
    query: string,
    first: number,
    after?: string,
    unitId?: string,
  ): Promise<{ rows: Client[]; total: number }> {
    const q = query.trim();
    let where: string;
    let params: unknown[];
    if (/^\d{11}$/.test(q)) {
      where = `c.isikukood_index = $1`;
      params = [this.index.exact(this.isikukoodDomain(), q)];
    } else {
      let hashes: Buffer[];
      try {
        hashes = this.index.nameQuery(this.nameDomain(), q);
      } catch (error) {
        if (!(error instanceof NameQueryTooShortError)) throw error;
        throw AppError.badInput([
          { field: 'search', key: 'TOO_SHORT', params: { min: NAME_PREFIX_MIN } },
        ]);
      }
      where = `c.id IN (SELECT t.client_id FROM client_name_token t WHERE t.token = ANY($1)
                GROUP BY t.client_id HAVING count(DISTINCT t.token) = $2)`;
      params = [hashes, hashes.length];
    }
    const conditions = [where, 'c.erased_at IS NULL'];
    conditions.push(await this.reachCondition(Permission.ClientRead, 'c', params));
    if (unitId !== undefined) {
      if (!UUID.test(unitId) || !(await this.unitExists(unitId)))
        throw new AppError(ErrorCode.NOT_FOUND);
      params.push(unitId);
      conditions.push(`c.id IN (
        WITH RECURSIVE below(id) AS (
          SELECT $${params.length}::uuid
          UNION SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id
        ) SELECT cu.client_id FROM client_unit cu JOIN below b ON b.id = cu.unit_id)`);
    }
    // Cursors carry JavaScript's millisecond timestamps, so order and compare at that precision.
    const cursor = after ? decodeCursor(after, 2) : undefined;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      conditions.push(
        `(date_trunc('milliseconds', c.created_at), c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const page = (await this.db.query(
      `SELECT c.id, count(*) OVER () AS total FROM client c
        WHERE ${conditions.join(' AND ')}
        ORDER BY date_trunc('milliseconds', c.created_at), c.id LIMIT ${first + 1}`,
      params,
    )) as { id: string; total: string }[];
    this.audit.record({ action: 'search', entityType: 'client', fields: ['name_index'] });
    // Only the page is decrypted; every id in it already passed the reach condition.
    const ids = page.map((r) => r.id);
    const rows = (await this.load(ids, ids)).filter((c): c is Client => !!c);
    return { rows, total: Number(page[0]?.total ?? 0) };
  }

  private async unitExists(id: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM org_unit WHERE id = $1`, [id])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Erasure by crypto-shredding: the client's data key is destroyed, the blind indexes are
   * removed; the row, its id and every audit event that names it stay.
   */
  async erase(id: string): Promise<Client> {
    const manager = this.db.manager;
    if (!UUID.test(id) || !(await this.reachable([id], Permission.ClientErase)).length)
      throw new AppError(ErrorCode.NOT_FOUND);
    const rows = (await manager.query(
      `UPDATE client SET erased_at = now(), isikukood_index = NULL, person_id = NULL
        WHERE id = $1 AND erased_at IS NULL RETURNING data_key_id`,
      [id],
    )) as [{ data_key_id: string }[], number];
    const row = rows[0]?.[0];
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    await manager.query(`DELETE FROM client_name_token WHERE client_id = $1`, [id]);
    await this.keys.shred(manager, row.data_key_id);
    this.audit.record({ action: 'erase', entityType: 'client', entityId: id, clientId: id });
    return this.get(id);
  }

  /** The signed-in person's records at every provider, through the audited definer function. */
  async personRecords(): Promise<PersonClientRecord[]> {
    const scope = requireScope('person records');
    const rows = (await this.db.query(`SELECT * FROM reha_person_client_records($1, $2)`, [
      scope.requestId,
      scope.ip ?? null,
    ])) as PersonRow[];
    return rows.map((r) => {
      const key =
        r.wrapped_key && r.master_key_id
          ? this.keys.unwrap(r.master_key_id, r.wrapped_key, r.data_key_id)
          : null;
      const open = (value: Buffer | null, column: string) =>
        key && value ? openText(key, value, `client.${column}`) : null;
      return {
        organizationId: r.organization_id,
        organizationName: r.organization_name,
        clientId: r.client_id,
        firstName: open(r.first_name, 'first_name'),
        lastName: open(r.last_name, 'last_name'),
        erased: !key,
      };
    });
  }

  private async writeNameTokens(clientId: string, names: string): Promise<void> {
    const tokens = this.index.namePrefixes(this.nameDomain(), names);
    await this.db.query(`DELETE FROM client_name_token WHERE client_id = $1`, [clientId]);
    if (tokens.length === 0) return;
    await this.db.query(
      `INSERT INTO client_name_token (client_id, token) SELECT $1, unnest($2::bytea[])`,
      [clientId, tokens],
    );
  }
}

interface PersonRow {
  organization_id: string;
  organization_name: string;
  client_id: string;
  data_key_id: string;
  master_key_id: string | null;
  wrapped_key: Buffer | null;
  first_name: Buffer | null;
  last_name: Buffer | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toClient(e: ClientEntity): Client {
  return {
    id: e.id,
    isikukood: e.isikukood,
    firstName: e.firstName,
    lastName: e.lastName,
    notes: e.notes,
    erased: e.erased === true || e.erasedAt !== null,
    createdAt: e.createdAt,
    organizationId: e.organizationId,
  };
}
