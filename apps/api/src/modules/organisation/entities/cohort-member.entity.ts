import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { CohortEntity } from './cohort.entity';
import { MaisonEntity } from './maison.entity';

@Entity({ name: 'cohort_member' })
export class CohortMemberEntity {
  @PrimaryColumn('uuid', { name: 'cohort_id', primaryKeyConstraintName: 'pk_cohort_member' })
  cohortId!: string;

  @Index('ix_cohort_member_user')
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_cohort_member' })
  userId!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_cohort_member_maison' })
  maison?: MaisonEntity;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_member_cohort' })
  cohort?: CohortEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_member_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
