import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  LoadEvent,
  RemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LOGGER } from '../logging/logging.module';
import { currentScope } from '../tenancy/scope';
import { DataKeys } from './data-keys';
import { encryptedColumnsOf, Sealed } from './encrypted-column';
import { DecryptionError, openText, sealText } from './envelope';
import { PersonalDataEntity } from './personal-data.entity';

/** A stored value that does not open with its row's key: copied, altered or corrupted. */
export class PersonalDataIntegrityError extends Error {
  constructor(table: string, column: string, id: string) {
    super(`${table}.${column} of row ${id} does not decrypt with the row's data key`);
    this.name = 'PersonalDataIntegrityError';
  }
}

export class ErasedDataWriteError extends Error {
  constructor(table: string) {
    super(`cannot write personal data of an erased client (${table})`);
    this.name = 'ErasedDataWriteError';
  }
}

type Plain = Map<string, string | null>;

/**
 * The repository hook that makes personal data impossible to read or change without an
 * audit event, and impossible to store in clear: every load of a PersonalDataEntity decrypts
 * its `@EncryptedColumn`s and records a `read` event naming the columns (never the values);
 * every insert, update and removal encrypts and records a `create`/`update`/`delete` event.
 * Outside a request, job or command scope it refuses to work at all.
 */
@Injectable()
export class PersonalDataSubscriber implements EntitySubscriberInterface<PersonalDataEntity> {
  private readonly plaintext = new WeakMap<object, Plain>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly keys: DataKeys,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    dataSource.subscribers.push(this);
  }

  listenTo(): typeof PersonalDataEntity {
    return PersonalDataEntity;
  }

  async afterLoad(
    entity: PersonalDataEntity,
    event?: LoadEvent<PersonalDataEntity>,
  ): Promise<void> {
    const columns = encryptedColumnsOf(entity.constructor);
    if (columns.size === 0 || !event) return;
    const table = event.metadata.tableName;
    const fields: string[] = [];
    const bag = entity as unknown as Record<string, unknown>;
    const sealed = [...columns].filter(([prop]) => bag[prop] instanceof Sealed);
    if (sealed.length === 0) return;
    if (!entity.dataKeyId) throw new Error(`${table}: select data_key_id with encrypted columns`);
    const joined = entity.dataKey;
    const key = await this.keys.get(
      event.manager,
      entity.dataKeyId,
      joined && { master_key_id: joined.masterKeyId, wrapped_key: joined.wrappedKey },
    );
    delete entity.dataKey;
    for (const [prop, column] of sealed) {
      if (!key) {
        bag[prop] = null;
        continue;
      }
      try {
        bag[prop] = openText(key, (bag[prop] as Sealed).bytes, `${table}.${column}`);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        this.logger.error({ table, column, id: entity.id }, 'personal data failed to decrypt');
        throw new PersonalDataIntegrityError(table, column, entity.id);
      }
      fields.push(column);
    }
    if (!key) entity.erased = true;
    this.recordOnce('read', table, entity, fields.length ? fields : [...columns.values()]);
  }

  async beforeInsert(event: InsertEvent<PersonalDataEntity>): Promise<void> {
    await this.seal(event.entity, event.metadata.tableName, event.manager);
  }

  afterInsert(event: InsertEvent<PersonalDataEntity>): void {
    const fields = this.restore(event.entity);
    if (fields) this.recordOnce('create', event.metadata.tableName, event.entity, fields);
  }

  async beforeUpdate(event: UpdateEvent<PersonalDataEntity>): Promise<void> {
    if (!event.entity) return;
    await this.seal(event.entity as PersonalDataEntity, event.metadata.tableName, event.manager);
  }

  afterUpdate(event: UpdateEvent<PersonalDataEntity>): void {
    const entity = event.entity as PersonalDataEntity | undefined;
    if (!entity) return;
    const before = event.databaseEntity as unknown as Record<string, unknown> | undefined;
    const plain = this.plaintext.get(entity);
    this.restore(entity);
    if (!plain) return;
    const columns = encryptedColumnsOf(entity.constructor);
    const changed = [...columns]
      .filter(([prop]) => plain.has(prop) && (!before || before[prop] !== plain.get(prop)))
      .map(([, column]) => column);
    for (const c of event.updatedColumns) {
      if (!changed.includes(c.databaseName) && ![...columns.values()].includes(c.databaseName))
        changed.push(c.databaseName);
    }
    if (changed.length) this.recordOnce('update', event.metadata.tableName, entity, changed);
  }

  afterRemove(event: RemoveEvent<PersonalDataEntity>): void {
    const entity = (event.entity ?? event.databaseEntity) as PersonalDataEntity | undefined;
    if (entity) this.recordOnce('delete', event.metadata.tableName, entity, []);
  }

  private async seal(
    entity: PersonalDataEntity,
    table: string,
    manager: InsertEvent<PersonalDataEntity>['manager'],
  ): Promise<void> {
    const columns = encryptedColumnsOf(entity.constructor);
    if (columns.size === 0) return;
    const bag = entity as unknown as Record<string, unknown>;
    const plain: Plain = new Map();
    for (const [prop] of columns) {
      const value = bag[prop];
      if (typeof value === 'string' || value === null) plain.set(prop, value);
    }
    if (plain.size === 0) return;
    if (!entity.dataKeyId) throw new Error(`${table}: a personal-data row needs its data key`);
    const key = await this.keys.get(manager, entity.dataKeyId);
    if (!key) throw new ErasedDataWriteError(table);
    for (const [prop, value] of plain) {
      bag[prop] =
        value === null ? null : new Sealed(sealText(key, value, `${table}.${columns.get(prop)}`));
    }
    this.plaintext.set(entity, plain);
  }

  /** Puts the plaintext back into the caller's object; returns the columns that were written. */
  private restore(entity: PersonalDataEntity): string[] | undefined {
    const plain = this.plaintext.get(entity);
    if (!plain) return undefined;
    this.plaintext.delete(entity);
    const columns = encryptedColumnsOf(entity.constructor);
    const bag = entity as unknown as Record<string, unknown>;
    const written: string[] = [];
    for (const [prop, value] of plain) {
      bag[prop] = value;
      if (value !== null) written.push(columns.get(prop)!);
    }
    return written;
  }

  /** One event per entity, action and field set within a scope (a list of 50 clients = 50). */
  private recordOnce(
    action: string,
    table: string,
    entity: PersonalDataEntity,
    fields: string[],
  ): void {
    const scope = currentScope();
    const key = `${action}:${table}:${entity.id}:${fields.join(',')}`;
    if (scope?.auditSeen.has(key)) return;
    this.audit.record({
      action,
      entityType: table,
      entityId: entity.id,
      clientId: entity.auditClientId(),
      fields,
    });
    scope?.auditSeen.add(key);
  }
}
