import type { LocalisedText, QuestionKey, QuestionPresentation, QuestionType } from '@savoir/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';
import { CONTENT_STATUS_CHECK, ContentVersionColumns } from './content-version.columns';

/** A question of the maison's bank, by its stable code; what it asks lives in its versions. */
@Entity({ name: 'question' })
@Index('uq_question_code', ['maisonId', 'code'], { unique: true })
// A trigram index for the bank's search in codes, which TypeORM cannot declare: the migration owns it.
@Index('ix_question_code_trgm', { synchronize: false })
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question' })
  id!: string;

  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_question_maison' })
  maison?: MaisonEntity;

  @Column('text')
  code!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One version of a question: its key, texts, skills and difficulty. At most one working and one published version. */
@Entity({ name: 'question_version' })
@Index('uq_question_version', ['questionId', 'version'], { unique: true })
@Index('uq_question_version_working', ['questionId'], { unique: true, where: `status IN ('DRAFT', 'IN_REVIEW')` })
@Index('uq_question_version_published', ['questionId'], { unique: true, where: `status = 'PUBLISHED'` })
@Check('ck_question_version_status', CONTENT_STATUS_CHECK)
@Index('ix_question_version_search_text', { synchronize: false })
export class QuestionVersionEntity extends ContentVersionColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question_version' })
  id!: string;

  @Column('uuid', { name: 'question_id' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_version_question' })
  question?: QuestionEntity;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_question_version_maison' })
  maison?: MaisonEntity;

  @Column('text')
  type!: QuestionType;

  /** Initial difficulty from 1 to 5, until responses calibrate it. */
  @Column('smallint')
  difficulty!: number;

  /** Skill codes. */
  @Column('text', { array: true })
  skills!: string[];

  @Column('jsonb')
  key!: QuestionKey;

  @Column('jsonb')
  presentation!: QuestionPresentation<LocalisedText>;

  /**
   * Skills and each locale's prompt without accents, which the bank's search finds through a trigram index. A
   * database trigger writes it from the row (migration IndexQuestionBankSearch); the application never does.
   */
  @Column({ type: 'text', name: 'search_text', select: false, insert: false, update: false })
  searchText?: string;
}
