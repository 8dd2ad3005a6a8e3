import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Every other tenant-owned row carries its id as `maison_id`. */
@Entity({ name: 'maison' })
@Check('ck_maison_desired_retention', 'desired_retention > 0.7 AND desired_retention < 1')
export class MaisonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_maison' })
  id!: string;

  @Index('uq_maison_slug', { unique: true })
  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'default_locale', default: 'en' })
  defaultLocale!: string;

  @Column('text', { name: 'default_timezone', default: 'UTC' })
  defaultTimezone!: string;

  /** Four-eyes publishing: whoever publishes content must not be its last editor. A maison may relax it. */
  @Column('boolean', { name: 'four_eyes_publishing', default: true })
  fourEyesPublishing!: boolean;

  /** The share of what advisors learned that spaced review aims to keep remembered (FSRS desired retention). */
  @Column('numeric', { name: 'desired_retention', precision: 3, scale: 2, default: () => '0.90', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  desiredRetention!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
