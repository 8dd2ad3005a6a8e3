import type { ChallengeReason } from '@savoir/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { QuestionEntity } from '../../studio/entities/question.entity';

/**
 * DAILY: generated before 06:00 in the advisor's boutique zone, one per advisor and local date. GAP: the next
 * challenge, rebuilt after answers (the newest supersedes the one before). PLACEMENT: the diagnostic at the start.
 */
export const CHALLENGE_KINDS = ['DAILY', 'GAP', 'PLACEMENT'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** A set of items generated for one advisor, each with its reason. Completion is read from the advisor's attempts. */
@Entity({ name: 'challenge' })
@Index('uq_challenge_daily', ['userId', 'localDate'], { unique: true, where: `kind = 'DAILY'` })
@Index('ix_challenge_user_generated', ['userId', 'generatedAt'])
// What is still open (Today's challenge, the supersede): history grows by a GAP challenge per answer burst.
@Index('ix_challenge_user_open', ['userId', 'generatedAt'], { where: 'superseded_at IS NULL' })
@Check('ck_challenge_kind', `kind IN ('DAILY', 'GAP', 'PLACEMENT')`)
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_challenge' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_challenge_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_challenge_user' })
  user?: UserEntity;

  @Column('text')
  kind!: ChallengeKind;

  /** The advisor's local date the challenge is for. */
  @Column('date', { name: 'local_date' })
  localDate!: string;

  @Column('timestamptz', { name: 'generated_at' })
  generatedAt!: Date;

  /** After this it is no longer offered (a DAILY at the end of its day, a GAP challenge after a few days). */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  /** A newer challenge of the same kind replaced it. */
  @Column('timestamptz', { name: 'superseded_at', nullable: true })
  supersededAt!: Date | null;

  /** PLACEMENT: when the diagnostic stopped (its estimate precise enough, or its items spent). */
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @OneToMany(() => ChallengeItemEntity, (item) => item.challenge)
  items?: ChallengeItemEntity[];
}

@Entity({ name: 'challenge_item' })
@Index('uq_challenge_item_position', ['challengeId', 'position'], { unique: true })
@Check('ck_challenge_item_reason', `reason IN ('GAP', 'REVIEW', 'STRETCH', 'HERITAGE', 'PLACEMENT')`)
export class ChallengeItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_challenge_item' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_challenge_item_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'challenge_id' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, (challenge) => challenge.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'fk_challenge_item_challenge' })
  challenge?: ChallengeEntity;

  @Column('smallint')
  position!: number;

  @Column('uuid', { name: 'question_id' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_challenge_item_question' })
  question?: QuestionEntity;

  @Column('text', { name: 'skill_code' })
  skillCode!: string;

  /** Why the item is there; PLACEMENT: asked by the diagnostic, as the most informative item left. */
  @Column('text')
  reason!: ChallengeReason | 'PLACEMENT';

  @Column('float8', { name: 'predicted_success' })
  predictedSuccess!: number;
}
