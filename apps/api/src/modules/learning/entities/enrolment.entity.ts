import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { CohortEntity } from '../../organisation/entities/cohort.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { ProgramEntity } from '../../studio/entities/program.entity';

export const ENROLMENT_SOURCES = ['ONBOARDING', 'ASSIGNED'] as const;
export type EnrolmentSource = (typeof ENROLMENT_SOURCES)[number];

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * An advisor's place in a program: automatic for the maison's onboarding program (from their start date), or
 * assigned by HR with a due date. Completion and certification are recorded here as they happen; the onboarding
 * time (start date → certification, in days) is stored for Insights.
 */
@Entity({ name: 'enrolment' })
@Index('uq_enrolment_user_program', ['userId', 'programId'], { unique: true })
@Index('ix_enrolment_program', ['programId'])
@Check('ck_enrolment_source', `source IN ('ONBOARDING', 'ASSIGNED')`)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrolment' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_enrolment_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolment_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'program_id' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_enrolment_program' })
  program?: ProgramEntity;

  @Column('text')
  source!: EnrolmentSource;

  /** The cohort it was assigned through, if any. */
  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_enrolment_cohort' })
  cohort?: CohortEntity;

  @Column('uuid', { name: 'enrolled_by', nullable: true })
  enrolledBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolled_by', foreignKeyConstraintName: 'fk_enrolment_enrolled_by' })
  enrolledByUser?: UserEntity;

  /** The first day of the program for this advisor (their start date for onboarding). */
  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { name: 'certified_at', nullable: true })
  certifiedAt!: Date | null;

  @Column('numeric', { name: 'certification_score', precision: 5, scale: 4, nullable: true, transformer: numeric })
  certificationScore!: number | null;

  /** Onboarding only: local days from the start date to certification. */
  @Column('int', { name: 'onboarding_days', nullable: true })
  onboardingDays!: number | null;
}
