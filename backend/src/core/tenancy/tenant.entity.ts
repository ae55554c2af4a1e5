import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Base of every tenant entity (its table made by `createTenantTable` in a migration).
 * `organization_id` is never written by the application: the column's default takes it from
 * the transaction's context, and RLS's WITH CHECK refuses any other value.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid', insert: false, update: false })
  organizationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
