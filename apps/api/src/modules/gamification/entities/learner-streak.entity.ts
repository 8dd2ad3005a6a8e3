import type { StreakState } from '@savoir/domain';
import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

/** An advisor's daily streak, recomputed from their whole activity by `streak.update` (so a replay changes nothing). */
@Entity({ name: 'learner_streak' })
export class LearnerStreakEntity {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_learner_streak' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_learner_streak_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_learner_streak_maison' })
  maison?: MaisonEntity;

  @Column('jsonb')
  state!: StreakState;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
