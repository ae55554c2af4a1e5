import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { NoScopeError, requireScope } from './scope';

/**
 * The only way services reach tenant tables: the current scope's transaction (as reha_app,
 * with the principal's organization set). Injecting a TypeORM repository or DataSource in
 * request code is refused by lint, so there is no second, unscoped path.
 */
@Injectable()
export class Db {
  get manager(): EntityManager {
    const scope = requireScope('database access');
    if (!scope.transaction) throw new NoScopeError('database access (no open transaction)');
    return scope.transaction.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.manager.query(sql, parameters) as Promise<T>;
  }
}
