import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MaisonEntity } from './maison.entity';
import { RegionEntity } from './region.entity';

@Entity({ name: 'boutique' })
@Index('uq_boutique_name', ['maisonId', 'name'], { unique: true })
export class BoutiqueEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_boutique' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_boutique_maison' })
  maison?: MaisonEntity;

  @Index('ix_boutique_region')
  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_boutique_region' })
  region?: RegionEntity;

  @Column('text')
  name!: string;

  @Column('text')
  city!: string;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column('text')
  country!: string;

  /** IANA time zone: daily challenges and streaks follow the boutique's own day. */
  @Column('text')
  timezone!: string;

  @Column('text')
  locale!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
