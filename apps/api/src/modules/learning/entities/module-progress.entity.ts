import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { ModuleEntity, ModuleVersionEntity } from '../../studio/entities/module.entity';

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * One advisor's progress through one module, on the version they started (a newer version published meanwhile
 * does not move the ground under them). Derived from their attempts and lesson reading by `moduleProgress`
 * (libs/domain) and rewritten in the transaction of each answer.
 */
@Entity({ name: 'module_progress' })
@Index('uq_module_progress_user_module', ['userId', 'moduleId'], { unique: true })
@Check('ck_module_progress_status', `status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')`)
export class ModuleProgressEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module_progress' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_module_progress_maison' })
  maison?: MaisonEntity;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_module_progress_user' })
  user?: UserEntity;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @ManyToOne(() => ModuleEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_progress_module' })
  module?: ModuleEntity;

  @Column('uuid', { name: 'module_version_id' })
  moduleVersionId!: string;

  @ManyToOne(() => ModuleVersionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_module_progress_module_version' })
  moduleVersion?: ModuleVersionEntity;

  @Column('text')
  status!: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

  @Column('int')
  answered!: number;

  @Column('int')
  total!: number;

  /** Mean first-attempt score. */
  @Column('numeric', { precision: 5, scale: 4, nullable: true, transformer: numeric })
  score!: number | null;

  /** Mean best score (certification). */
  @Column('numeric', { name: 'best_score', precision: 5, scale: 4, nullable: true, transformer: numeric })
  bestScore!: number | null;

  /** Questions right on their first attempt. */
  @Column('int', { name: 'correct_first_time', default: 0 })
  correctFirstTime!: number;

  @Column('boolean')
  perfect!: boolean;

  @Column('timestamptz', { name: 'lesson_read_at', nullable: true })
  lessonReadAt!: Date | null;

  /** The IANA zone of the device the lesson was read on (its streak day); null when the device did not say. */
  @Column('text', { name: 'lesson_read_zone', nullable: true })
  lessonReadZone!: string | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
