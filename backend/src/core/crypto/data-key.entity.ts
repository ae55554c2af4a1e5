import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../tenancy/tenant.entity';

/**
 * A wrapped data key row, loaded together with the personal data it opens (one query instead
 * of two). Only DataKeys unwraps it; nothing else reads these columns.
 */
@Entity('data_key')
export class DataKeyEntity extends TenantEntity {
  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'master_key_id', type: 'text', nullable: true })
  masterKeyId: string | null;

  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true })
  wrappedKey: Buffer | null;
}
