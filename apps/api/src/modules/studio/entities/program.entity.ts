import type { LocalisedText } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { ModuleEntity } from './module.entity';

/** A learning path: modules in order and a certification threshold. One program per maison defines "onboarded". */
@Entity({ name: 'program' })
@Index('uq_program_code', ['maisonId', 'code'], { unique: true })
@Index('uq_program_onboarding', ['maisonId'], { unique: true, where: 'onboarding' })
@Check('ck_program_threshold', 'certification_threshold > 0 AND certification_threshold <= 1')
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_program' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_program_maison' })
  maison?: MaisonEntity;

  @Column('text')
  code!: string;

  @Column('jsonb')
  title!: LocalisedText;

  @Column('jsonb')
  description!: LocalisedText;

  @Column('boolean', { default: false })
  onboarding!: boolean;

  /** Share of the certification quiz to get right, above 0 and at most 1. */
  @Column('numeric', { name: 'certification_threshold', precision: 4, scale: 3, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  certificationThreshold!: number;

  /** Skill codes. */
  @Column('text', { name: 'target_skills', array: true, default: '{}' })
  targetSkills!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A module's place in a program. */
@Entity({ name: 'program_module' })
@Index('uq_program_module_position', ['programId', 'position'], { unique: true })
export class ProgramModuleEntity {
  @PrimaryColumn('uuid', { name: 'program_id', primaryKeyConstraintName: 'pk_program_module' })
  programId!: string;

  @Index('ix_program_module_module')
  @PrimaryColumn('uuid', { name: 'module_id', primaryKeyConstraintName: 'pk_program_module' })
  moduleId!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @Column('int')
  position!: number;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_program_module_maison' })
  maison?: MaisonEntity;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_program_module_program' })
  program?: ProgramEntity;

  @ManyToOne(() => ModuleEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_program_module_module' })
  module?: ModuleEntity;
}
