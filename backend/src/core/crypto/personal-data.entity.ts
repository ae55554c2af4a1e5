import { Column } from 'typeorm';
import { TenantEntity } from '../tenancy/tenant.entity';

/**
 * Base of every entity with encrypted personal fields (`@EncryptedColumn`). Each row names the
 * data key its values are sealed with — the client's — so shredding that key erases them all.
 */
export abstract class PersonalDataEntity extends TenantEntity {
  @Column({ name: 'data_key_id', type: 'uuid' })
  dataKeyId: string;

  /** Set after load when the data key was shredded: every encrypted field then reads null. */
  erased?: boolean;

  /** The client the row is about, for audit and "who viewed my data". */
  abstract auditClientId(): string | undefined;
}
