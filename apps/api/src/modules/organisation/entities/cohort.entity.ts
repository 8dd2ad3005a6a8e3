import type { CohortKind } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaisonEntity } from './maison.entity';

@Entity({ name: 'cohort' })
@Check('ck_cohort_kind', `kind IN ('PILOT', 'CONTROL', 'STANDARD')`)
@Index('uq_cohort_name', ['maisonId', 'name'], { unique: true })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohort' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_cohort_maison' })
  maison?: MaisonEntity;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: CohortKind;

  @Column('text', { default: '' })
  description!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
