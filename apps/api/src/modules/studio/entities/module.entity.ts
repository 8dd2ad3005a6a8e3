import type { LocalisedText, ModuleKind, ModuleTexts } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { CONTENT_STATUS_CHECK, ContentVersionColumns } from './content-version.columns';

/** A module by its stable code and kind; its content lives in its versions. */
@Entity({ name: 'module' })
@Index('uq_module_code', ['maisonId', 'code'], { unique: true })
@Check('ck_module_kind', `kind IN ('LESSON', 'QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE', 'ROLEPLAY')`)
export class ModuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_module_maison' })
  maison?: MaisonEntity;

  @Column('text')
  code!: string;

  @Column('text')
  kind!: ModuleKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One version of a module. Questions are named by code while it is worked on; publishing pins the exact question
 * versions it shows (`question_version_ids`), so a learner's attempt can always be traced to what they saw.
 */
@Entity({ name: 'module_version' })
@Index('uq_module_version', ['moduleId', 'version'], { unique: true })
@Index('uq_module_version_working', ['moduleId'], { unique: true, where: `status IN ('DRAFT', 'IN_REVIEW')` })
@Index('uq_module_version_published', ['moduleId'], { unique: true, where: `status = 'PUBLISHED'` })
@Check('ck_module_version_status', CONTENT_STATUS_CHECK)
export class ModuleVersionEntity extends ContentVersionColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module_version' })
  id!: string;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @ManyToOne(() => ModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_version_module' })
  module?: ModuleEntity;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_module_version_maison' })
  maison?: MaisonEntity;

  @Column('smallint', { name: 'estimated_minutes' })
  estimatedMinutes!: number;

  /** Skill codes. */
  @Column('text', { name: 'target_skills', array: true })
  targetSkills!: string[];

  /** Question codes, in the order learners meet them. */
  @Column('text', { array: true })
  questions!: string[];

  /** Title, summary and lesson blocks. */
  @Column('jsonb')
  texts!: ModuleTexts<LocalisedText>;

  @Column('uuid', { name: 'question_version_ids', array: true, nullable: true })
  questionVersionIds!: string[] | null;
}
