import type { ContentStatus } from '@savoir/domain';
import { Column, CreateDateColumn, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity';

export const CONTENT_STATUS_CHECK = `status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')`;

/**
 * What every versioned piece of content carries: its number, where it stands in the publishing workflow and who
 * moved it there. Versions are never deleted; a PUBLISHED version is never edited (attempts point at it).
 */
export abstract class ContentVersionColumns {
  @Column('uuid', { name: 'maison_id' })
  maisonId!: string;

  @Column('int')
  version!: number;

  @Column('text')
  status!: ContentStatus;

  /** The last author who changed the content: four-eyes keeps them from publishing it. */
  @Column('uuid', { name: 'last_editor_id' })
  lastEditorId!: string;

  // No foreign key: a version outlives its authors' accounts (an erased user leaves the content they wrote).
  @ManyToOne(() => UserEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'last_editor_id' })
  lastEditor?: UserEntity;

  @Column('uuid', { name: 'published_by_id', nullable: true })
  publishedById!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
