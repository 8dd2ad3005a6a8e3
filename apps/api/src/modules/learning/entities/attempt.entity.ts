import type { Answer } from '@savoir/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { ModuleVersionEntity } from '../../studio/entities/module.entity';
import { QuestionEntity, QuestionVersionEntity } from '../../studio/entities/question.entity';

/**
 * One answer of one advisor to one question, bound to the exact version they saw. Append-only: the id is the
 * client's, so a retried submission finds its first result instead of answering twice.
 */
@Entity({ name: 'attempt' })
@Index('ix_attempt_question_version', ['questionVersionId', 'userId', 'createdAt'])
@Index('ix_attempt_user', ['userId', 'createdAt'])
// The engine reads an advisor's latest answers by when they were given (answers synced late keep their own time).
@Index('ix_attempt_user_answered', ['userId', 'answeredAt'])
export class AttemptEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_attempt' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_attempt_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  // Learning records are the advisor's personal data: erasing the advisor erases them.
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempt_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'question_id' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_attempt_question' })
  question?: QuestionEntity;

  @Column('uuid', { name: 'question_version_id' })
  questionVersionId!: string;

  @ManyToOne(() => QuestionVersionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'question_version_id', foreignKeyConstraintName: 'fk_attempt_question_version' })
  questionVersion?: QuestionVersionEntity;

  @Column('uuid', { name: 'module_version_id', nullable: true })
  moduleVersionId!: string | null;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_attempt_module_version' })
  moduleVersion?: ModuleVersionEntity;

  @Column('jsonb')
  answer!: Answer;

  /** Credit earned, 0 to 1. */
  @Column('numeric', { precision: 5, scale: 4, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  score!: number;

  @Column('boolean')
  correct!: boolean;

  @Column('int', { name: 'time_taken_ms' })
  timeTakenMs!: number;

  /** When the advisor answered, on their device (an answer given offline arrives later). */
  @Column('timestamptz', { name: 'answered_at' })
  answeredAt!: Date;

  /** The IANA zone of the device when answering: streak days are the advisor's own calendar days. */
  @Column('text', { name: 'time_zone', nullable: true })
  timeZone!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
