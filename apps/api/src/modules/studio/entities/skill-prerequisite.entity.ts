import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { SkillEntity } from './skill.entity';

/** `skill` needs `prerequisite` first. The edges form a DAG; a cycle is refused when written. */
@Entity({ name: 'skill_prerequisite' })
export class SkillPrerequisiteEntity {
  @PrimaryColumn('uuid', { name: 'skill_id', primaryKeyConstraintName: 'pk_skill_prerequisite' })
  skillId!: string;

  @Index('ix_skill_prerequisite_prerequisite')
  @PrimaryColumn('uuid', { name: 'prerequisite_id', primaryKeyConstraintName: 'pk_skill_prerequisite' })
  prerequisiteId!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_skill_prerequisite_maison' })
  maison?: MaisonEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'fk_skill_prerequisite_skill' })
  skill?: SkillEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prerequisite_id', foreignKeyConstraintName: 'fk_skill_prerequisite_prerequisite' })
  prerequisite?: SkillEntity;
}
