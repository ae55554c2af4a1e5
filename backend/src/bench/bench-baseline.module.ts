import { Inject, Module } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../core/auth/require-permission';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config.schema';
import { openText, unwrapDataKey } from '../core/crypto/envelope';
import { MasterKeyring, parseMasterKeyring } from '../core/crypto/master-keys';
import { registerPublicRootField } from '../core/tenancy/tenancy.plugin';

/** The baseline's root field opens no per-operation transaction (like serverInfo). */
export const BENCH_PLAIN_FIELD = 'benchClientPlain';
registerPublicRootField(BENCH_PLAIN_FIELD);

/**
 * The same fields as Client, as a type of its own: Client's fields carry field-level access
 * rules (masking), which belong to the secured path, not to this baseline.
 */
@ObjectType('BenchPlainClient')
class PlainClient {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  firstName: string | null;
  @Field(() => String, { nullable: true })
  lastName: string | null;
  @Field(() => String, { nullable: true })
  isikukood: string | null;
  @Field()
  erased: boolean;
}

interface ClientRow {
  data_key_id: string;
  first_name: Buffer | null;
  last_name: Buffer | null;
  isikukood: Buffer | null;
}

interface DataKeyRow {
  master_key_id: string | null;
  wrapped_key: Buffer | null;
}

/**
 * Benchmark only: the same client read as `client(id)` with auth, tenancy (no transaction,
 * no RLS role), the repository hook and audit switched off — two plain queries on the owner
 * DataSource, unwrap and decrypt. Never part of the application.
 */
@Resolver()
export class BenchBaselineResolver {
  private readonly ring: MasterKeyring;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ring = parseMasterKeyring(config.masterKey, config.previousMasterKeys);
  }

  @Public()
  @Query(() => PlainClient, { name: BENCH_PLAIN_FIELD, nullable: true })
  async benchClientPlain(@Args('id', { type: () => ID }) id: string): Promise<PlainClient | null> {
    const [row] = (await this.dataSource.query(
      `SELECT data_key_id, first_name, last_name, isikukood FROM client WHERE id = $1`,
      [id],
    )) as ClientRow[];
    if (!row) return null;
    const [keyRow] = (await this.dataSource.query(
      `SELECT master_key_id, wrapped_key FROM data_key WHERE id = $1`,
      [row.data_key_id],
    )) as DataKeyRow[];
    const key =
      keyRow?.wrapped_key && keyRow.master_key_id
        ? unwrapDataKey(this.ring, keyRow.master_key_id, keyRow.wrapped_key, row.data_key_id)
        : null;
    const open = (value: Buffer | null, column: string) =>
      key && value ? openText(key, value, `client.${column}`) : null;
    return {
      id,
      firstName: open(row.first_name, 'first_name'),
      lastName: open(row.last_name, 'last_name'),
      isikukood: open(row.isikukood, 'isikukood'),
      erased: !key,
    };
  }
}

@Module({ providers: [BenchBaselineResolver] })
export class BenchBaselineModule {}
