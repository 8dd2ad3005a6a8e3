import type { ItemAnalysis } from '@savoir/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MaisonEntity } from '../../organisation/entities/maison.entity';

/** The maison's last item analysis (`items.analyse`), kept with the time it was computed; one row per maison. */
@Entity({ name: 'item_analysis' })
export class ItemAnalysisEntity {
  @PrimaryColumn('uuid', { name: 'maison_id', primaryKeyConstraintName: 'pk_item_analysis' })
  maisonId!: string;

  @ManyToOne(() => MaisonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'maison_id', foreignKeyConstraintName: 'fk_item_analysis_maison' })
  maison?: MaisonEntity;

  /** When an author last asked for a fresh analysis; later than `analysedAt` while it is being computed. */
  @Column('timestamptz', { name: 'requested_at', nullable: true })
  requestedAt!: Date | null;

  /** The moment the analysed attempts were read: the statistics are "as of" it. */
  @Column('timestamptz', { name: 'analysed_at', nullable: true })
  analysedAt!: Date | null;

  /** Published question versions answered by at least a reported group of advisors, by version id. */
  @Column('jsonb', { default: () => "'[]'" })
  analyses!: ItemAnalysis[];
}
