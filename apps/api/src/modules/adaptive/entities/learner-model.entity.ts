import type { MixtureState, ReviewCard } from '@savoir/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { AttemptEntity } from '../../learning/entities/attempt.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { QuestionEntity } from '../../studio/entities/question.entity';

/** An advisor's ability on one skill (libs/domain `SkillEstimate`), moved in the transaction of each answer. */
@Entity({ name: 'skill_mastery' })
export class SkillMasteryEntity {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_skill_mastery' })
  userId!: string;

  @PrimaryColumn('text', { name: 'skill_code', primaryKeyConstraintName: 'pk_skill_mastery' })
  skillCode!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_skill_mastery_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_skill_mastery_maison' })
  maison?: MaisonEntity;

  @Column('float8')
  mean!: number;

  @Column('float8')
  variance!: number;

  @Column('int')
  evidence!: number;

  /** The answer time of the last evidence (the model's clock, not the row's). */
  @Column('timestamptz', { name: 'estimated_at', nullable: true })
  estimatedAt!: Date | null;
}

/** An advisor's FSRS review card for one skill (libs/domain `ReviewCard`): when it is due again. */
@Entity({ name: 'review_card' })
@Index('ix_review_card_due', ['userId', 'dueAt'])
export class ReviewCardEntity {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_review_card' })
  userId!: string;

  @PrimaryColumn('text', { name: 'skill_code', primaryKeyConstraintName: 'pk_review_card' })
  skillCode!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_review_card_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_review_card_maison' })
  maison?: MaisonEntity;

  @Column('jsonb')
  card!: ReviewCard;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;
}

/**
 * How an advisor's reviews are paced (libs/domain `ReviewPace`): FSRS's intervals times `scale`, calibrated on the
 * reviews they answered. No row yet is the initial pace (scale 1).
 */
@Entity({ name: 'review_pace' })
@Check('ck_review_pace_scale', 'scale > 0')
export class ReviewPaceEntity {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_review_pace' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_review_pace_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_review_pace_maison' })
  maison?: MaisonEntity;

  @Column('float8')
  scale!: number;

  @Column('int')
  reviews!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * What an advisor is judged to know (libs/domain `judgement`): the mixture of tracers, moved in the transaction of
 * each answer, and the probability each skill is known as judged after it. No row is judged by the learner model alone.
 */
@Entity({ name: 'learner_judgement' })
export class LearnerJudgementEntity {
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_learner_judgement' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_learner_judgement_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_learner_judgement_maison' })
  maison?: MaisonEntity;

  @Column('jsonb')
  mixture!: MixtureState;

  /** Skill code → probability it is known, as judged after the advisor's last answer. */
  @Column('jsonb')
  judged!: Record<string, number>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** What is known of a question's difficulty: moved by each answer, re-estimated nightly by `items.calibrate`. */
@Entity({ name: 'item_calibration' })
@Check('ck_item_calibration_guess', 'guess >= 0 AND guess < 1')
export class ItemCalibrationEntity {
  @PrimaryColumn('uuid', { name: 'question_id', primaryKeyConstraintName: 'pk_item_calibration' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_item_calibration_question' })
  question?: QuestionEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_item_calibration_maison' })
  maison?: MaisonEntity;

  @Column('float8')
  difficulty!: number;

  @Column('float8')
  variance!: number;

  @Column('float8')
  guess!: number;

  @Column('int')
  responses!: number;

  @Column('timestamptz', { name: 'calibrated_at', nullable: true })
  calibratedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One answer as calibration reads it: the advisor's ability on the item's skills when they answered. Append-only. */
@Entity({ name: 'item_response' })
@Index('ix_item_response_question', ['questionId'])
export class ItemResponseEntity {
  @PrimaryColumn('uuid', { name: 'attempt_id', primaryKeyConstraintName: 'pk_item_response' })
  attemptId!: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_item_response_attempt' })
  attempt?: AttemptEntity;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_item_response_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'question_id' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_item_response_question' })
  question?: QuestionEntity;

  @Column('float8')
  ability!: number;

  @Column('float8')
  score!: number;
}
