import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn } from '../../../core/crypto/encrypted-column';
import { PersonalDataEntity } from '../../../core/crypto/personal-data.entity';

/**
 * A provider's client. Every personal field is ciphertext under the client's own data key
 * (the subscriber decrypts and audits); the isikukood is found through its blind index.
 */
@Entity('client')
export class ClientEntity extends PersonalDataEntity {
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ name: 'isikukood_index', type: 'bytea', nullable: true, select: false })
  isikukoodIndex: Buffer | null;

  @EncryptedColumn('isikukood')
  isikukood: string | null;

  @EncryptedColumn('first_name')
  firstName: string | null;

  @EncryptedColumn('last_name')
  lastName: string | null;

  @EncryptedColumn('notes')
  notes: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  auditClientId(): string {
    return this.id;
  }
}
