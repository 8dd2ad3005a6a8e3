import type { Role } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoutiqueEntity } from '../../organisation/entities/boutique.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

@Entity({ name: 'app_user' })
@Index('uq_app_user_email', ['maisonId', 'email'], { unique: true })
@Check('ck_app_user_roles', `roles <@ ARRAY['ADVISOR', 'AUTHOR', 'HR', 'ADMIN']::text[]`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_app_user_maison' })
  maison?: MaisonEntity;

  /** Stored normalised (trimmed, lower case) so uniqueness is case-insensitive. */
  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** argon2id; null until a password is set (imported users). */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column('text')
  locale!: string;

  @Column('text')
  timezone!: string;

  @Index('ix_app_user_boutique')
  @Column('uuid', { name: 'boutique_id', nullable: true })
  boutiqueId!: string | null;

  @ManyToOne(() => BoutiqueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'boutique_id', foreignKeyConstraintName: 'fk_app_user_boutique' })
  boutique?: BoutiqueEntity | null;

  /** Hire date (YYYY-MM-DD): onboarding time is measured from it. */
  @Column('date', { name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
