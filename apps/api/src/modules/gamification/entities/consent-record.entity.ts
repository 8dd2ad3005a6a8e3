import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

export const CONSENT_PURPOSES = ['LEADERBOARD'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Consent as it was given or withdrawn, append-only: the latest record per purpose is the current choice, and
 * the history shows when each was made. No record means no consent (leaderboards are off by default).
 */
@Entity({ name: 'consent_record' })
@Index('ix_consent_record_user_purpose', ['userId', 'purpose', 'recordedAt'])
@Check('ck_consent_record_purpose', `purpose IN ('LEADERBOARD')`)
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consent_record' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_consent_record_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_consent_record_user' })
  user?: UserEntity;

  @Column('text')
  purpose!: ConsentPurpose;

  @Column('boolean')
  granted!: boolean;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
