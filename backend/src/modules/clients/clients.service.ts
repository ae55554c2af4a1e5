import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import {
  BlindIndexer,
  NameQueryTooShortError,
  NAME_PREFIX_MIN,
} from '../../core/crypto/blind-index';
import { DataKeys } from '../../core/crypto/data-keys';
import { openText } from '../../core/crypto/envelope';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import { organizationOf } from '../../core/tenancy/principal';
import { requireScope } from '../../core/tenancy/scope';
import { CreateClientInput } from './dto/create-client.input';
import { Client, PersonClientRecord } from './dto/client.type';
import { ClientEntity } from './entities/client.entity';

/** The platform-wide index that links one person's client records across providers. */
const PERSON_DOMAIN = 'person:isikukood';

/**
 * Clients' identities: create, read, search and erase. Personal fields are encrypted and
 * audited by the repository hook; this service keeps the blind indexes in step.
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
    if (taken.length) {
      throw AppError.badInput([{ field: 'input.isikukood', key: 'ALREADY_EXISTS' }]);
    }
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
    return toClient(saved);
  }

  async get(id: string): Promise<Client> {
    const [found] = await this.byIds([id]);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND);
    return found;
  }

  /** Batched by the DataLoader: rows of other organizations are simply not there (RLS). */
  async byIds(ids: readonly string[]): Promise<(Client | null)[]> {
    const valid = ids.filter((id) => UUID.test(id));
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
    // Cursors carry JavaScript's millisecond timestamps, so order and compare at that precision.
    const cursor = after ? decodeCursor(after, 2) : undefined;
    const page = (await this.db.query(
      `SELECT c.id, count(*) OVER () AS total FROM client c
        WHERE ${where} AND c.erased_at IS NULL
          ${cursor ? `AND (date_trunc('milliseconds', c.created_at), c.id) > ($${params.length + 1}::timestamptz, $${params.length + 2}::uuid)` : ''}
        ORDER BY date_trunc('milliseconds', c.created_at), c.id LIMIT ${first + 1}`,
      cursor ? [...params, cursor[0], cursor[1]] : params,
    )) as { id: string; total: string }[];
    this.audit.record({ action: 'search', entityType: 'client', fields: ['name_index'] });
    const rows = (await this.byIds(page.map((r) => r.id))).filter((c): c is Client => !!c);
    return { rows, total: Number(page[0]?.total ?? 0) };
  }

  /**
   * Erasure by crypto-shredding: the client's data key is destroyed, the blind indexes are
   * removed; the row, its id and every audit event that names it stay.
   */
  async erase(id: string): Promise<Client> {
    const manager = this.db.manager;
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
