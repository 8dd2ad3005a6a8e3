import type { BadgeCriterion } from '@savoir/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

/** A maison's badge: a code and a declarative criterion (data, evaluated by `badge.evaluate`). */
@Entity({ name: 'badge_definition' })
@Index('uq_badge_definition_code', ['maisonId', 'code'], { unique: true })
export class BadgeDefinitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_badge_definition' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_badge_definition_maison' })
  maison?: MaisonEntity;

  @Column('text')
  code!: string;

  @Column('jsonb')
  criteria!: BadgeCriterion;

  /** Per locale, e.g. { en: 'Heritage keeper', fr: 'Gardien du patrimoine' }. */
  @Column('jsonb')
  name!: Record<string, string>;

  /** How it is earned, per locale. */
  @Column('jsonb')
  description!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A badge earned: once per advisor and badge, kept even if the definition later changes. */
@Entity({ name: 'badge_award' })
@Index('uq_badge_award_user_badge', ['userId', 'badgeCode'], { unique: true })
export class BadgeAwardEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_badge_award' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_badge_award_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_badge_award_user' })
  user?: UserEntity;

  @Column('text', { name: 'badge_code' })
  badgeCode!: string;

  @CreateDateColumn({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt!: Date;
}
