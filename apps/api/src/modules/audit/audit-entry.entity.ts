import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/entities/user.entity';
import { MaisonEntity } from '../organisation/entities/maison.entity';

/** One authoring change: who, when, what, and the fields before and after. Written in the change's transaction. */
@Entity({ name: 'audit_entry' })
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_entry' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_audit_entry_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'actor_id' })
  actorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_entry_actor' })
  actor?: UserEntity;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('uuid', { name: 'entity_id' })
  entityId!: string;

  @Column('text')
  action!: string;

  /** Changed fields: { field: { before, after } }. */
  @Column('jsonb', { default: () => `'{}'` })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
