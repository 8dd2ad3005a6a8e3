import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaisonEntity } from './maison.entity';

@Entity({ name: 'region' })
@Index('uq_region_name', ['maisonId', 'name'], { unique: true })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_region' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_region_maison' })
  maison?: MaisonEntity;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
