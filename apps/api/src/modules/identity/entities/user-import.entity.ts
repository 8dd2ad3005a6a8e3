import type { RowIssue } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { UserEntity } from './user.entity';

export type UserImportStatus = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A row issue as stored: those of imports that failed before issues carried a code have none. */
export type StoredRowIssue = Omit<RowIssue, 'code'> & Partial<Pick<RowIssue, 'code'>>;

/** A CSV of users uploaded by an admin, validated and imported by the worker, all or nothing. */
@Entity({ name: 'user_import' })
@Check('ck_user_import_status', `status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')`)
export class UserImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_import' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_user_import_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'requested_by' })
  requestedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'fk_user_import_requested_by' })
  requester?: UserEntity;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  /** The uploaded file, kept until the import ends so a retried job reads the same bytes. */
  @Column('text', { nullable: true })
  csv!: string | null;

  @Column('text', { default: 'PENDING' })
  status!: UserImportStatus;

  @Column('integer', { name: 'total_rows', default: 0 })
  totalRows!: number;

  @Column('integer', { name: 'processed_rows', default: 0 })
  processedRows!: number;

  @Column('integer', { name: 'created_users', default: 0 })
  createdUsers!: number;

  @Column('jsonb', { default: () => `'[]'` })
  issues!: StoredRowIssue[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
