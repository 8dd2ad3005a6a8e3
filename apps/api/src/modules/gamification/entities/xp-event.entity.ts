import type { XpReason } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

/**
 * The XP ledger: append-only, one row per source event (`attempt:<id>`, `module:<progress id>`), so an award
 * replayed by a retried job meets the unique key and changes nothing. An advisor's XP is the sum of their rows.
 */
@Entity({ name: 'xp_event' })
@Index('uq_xp_event_source', ['userId', 'sourceKey'], { unique: true })
@Index('ix_xp_event_maison_occurred', ['maisonId', 'occurredAt'])
// An advisor's XP of a week (leaderboards, the team quest), read as a range.
@Index('ix_xp_event_user_occurred', ['userId', 'occurredAt'])
@Check('ck_xp_event_amount', 'amount >= 0')
export class XpEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_xp_event' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_xp_event_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_xp_event_user' })
  user?: UserEntity;

  @Column('text', { name: 'source_key' })
  sourceKey!: string;

  @Column('int')
  amount!: number;

  @Column('jsonb')
  reasons!: XpReason[];

  /** When the advisor earned it (the answer's instant), which decides its leaderboard week. */
  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
