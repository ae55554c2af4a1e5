import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../tenancy/tenant.entity';
import { DataKeyEntity } from './data-key.entity';

/**
 * Base of every entity with encrypted personal fields (`@EncryptedColumn`). Each row names the
 * data key its values are sealed with — the client's — so shredding that key erases them all.
 */
export abstract class PersonalDataEntity extends TenantEntity {
  @Column({ name: 'data_key_id', type: 'uuid' })
  dataKeyId: string;

  /** Joined on every find (eager), so decrypting needs no second query. Never written. */
  @ManyToOne(() => DataKeyEntity, { eager: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'data_key_id' })
  dataKey?: DataKeyEntity;

  /** Set after load when the data key was shredded: every encrypted field then reads null. */
  erased?: boolean;

  /** The client the row is about, for audit and "who viewed my data". */
  abstract auditClientId(): string | undefined;
}
