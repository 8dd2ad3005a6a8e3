import type { LocalisedText, SkillCategory } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

/** A knowledge component ("calibre AU-1837 chronograph"), identified by a code stable across deployments. */
@Entity({ name: 'skill' })
@Index('uq_skill_code', ['maisonId', 'code'], { unique: true })
@Check('ck_skill_category', `category IN ('HERITAGE', 'PRODUCT', 'CRAFT_MATERIALS', 'CLIENTELING', 'SERVICE')`)
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skill' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_skill_maison' })
  maison?: MaisonEntity;

  @Column('text')
  code!: string;

  @Column('text')
  category!: SkillCategory;

  @Column('jsonb')
  name!: LocalisedText;

  @Column('jsonb')
  description!: LocalisedText;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
