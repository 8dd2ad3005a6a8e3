import { Injectable } from '@nestjs/common';
import { analyseItems, chosenOptionIds, isReportableGroup, type Answer, type ItemAnalysis } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { Outbox } from '../../core/events/outbox';
import { QuestionVersionEntity } from './entities/question.entity';

/**
 * A request older than this with no analysis after it has failed (the job's retries are spent): the page stops
 * waiting for it and offers to ask again.
 */
export const ANALYSIS_REQUEST_TIMEOUT_MS = 15 * 60_000;

export interface ItemStatistics {
  version: QuestionVersionEntity;
  analysis: ItemAnalysis;
}

export interface ItemStatisticsReport {
  /** When the analysed attempts were read; null before the maison's first analysis. */
  analysedAt: Date | null;
  /** An author asked for a fresh analysis that has not landed yet. */
  pending: boolean;
  items: ItemStatistics[];
}

/**
 * Item analysis of the question bank from advisors' answers: each published question version is analysed on the
 * FIRST attempt of each advisor (later attempts measure recall after feedback, not the item). A new version starts
 * its statistics afresh, since its key or options may have changed. A version fewer advisors answered than a
 * reported group holds is left out: its choices would tell an author which option a colleague picked.
 *
 * The analysis reads every advisor's first attempts, so it grows with the maison (2.3 s at 1,000 advisors, 15.6 s
 * at 5,000, 3.6 s of it synchronous): the worker computes it nightly (`items.analyse`) and when an author asks, and
 * the Studio reads the last one with its time.
 */
@Injectable()
export class ItemStatisticsService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
  ) {}

  report(actor: Actor): Promise<ItemStatisticsReport> {
    return this.db.run(actor.maisonId, (manager) => readReport(manager, actor.maisonId));
  }

  /** Asks the worker for a fresh analysis; the report says it is pending until it lands. */
  request(actor: Actor): Promise<ItemStatisticsReport> {
    return this.db.run(actor.maisonId, async (manager) => {
      await manager.query(`INSERT INTO item_analysis (maison_id, requested_at) VALUES ($1, now()) ON CONFLICT (maison_id) DO UPDATE SET requested_at = EXCLUDED.requested_at`, [actor.maisonId]);
      await this.outbox.publish(manager, actor.maisonId, 'items.analysis.requested', {});
      return readReport(manager, actor.maisonId);
    });
  }

  /** Every maison, or only those named (the nightly job); one maison's failure leaves the others analysed. */
  async analyseAll(only?: readonly string[]): Promise<{ items: number }> {
    const perMaison = await this.db.forEachMaison((maisonId) => this.analyse(maisonId), only);
    return { items: perMaison.reduce((sum, items) => sum + items, 0) };
  }

  /**
   * Analyses the maison's published versions and keeps the result, stamped with the transaction's start (the
   * attempts it read). Of two analyses running at once, the later-started one stays.
   */
  analyse(maisonId: string): Promise<number> {
    return this.db.run(maisonId, async (manager) => {
      const rows: Array<{ user_id: string; question_version_id: string; score: string; answer: Answer }> = await manager.query(
        `SELECT DISTINCT ON (a.user_id, a.question_version_id) a.user_id, a.question_version_id, a.score, a.answer
           FROM attempt a JOIN question_version v ON v.id = a.question_version_id AND v.status = 'PUBLISHED'
          WHERE a.maison_id = $1
          ORDER BY a.user_id, a.question_version_id, a.created_at`,
        [maisonId],
      );
      const analyses = analyseItems(rows.map((row) => ({ learnerId: row.user_id, questionId: row.question_version_id, score: Number(row.score), chosenOptionIds: chosenOptionIds(row.answer) })));
      const reportable = analyses.filter((analysis) => isReportableGroup(analysis.learners));
      await manager.query(
        `INSERT INTO item_analysis (maison_id, analysed_at, analyses) VALUES ($1, now(), $2)
         ON CONFLICT (maison_id) DO UPDATE SET analysed_at = EXCLUDED.analysed_at, analyses = EXCLUDED.analyses
         WHERE item_analysis.analysed_at IS NULL OR item_analysis.analysed_at <= EXCLUDED.analysed_at`,
        [maisonId, JSON.stringify(reportable)],
      );
      return reportable.length;
    });
  }
}

/** The last analysis, on the versions still published (one archived since is left out). Times are the database's. */
async function readReport(manager: EntityManager, maisonId: string): Promise<ItemStatisticsReport> {
  const [kept]: Array<{ analysedAt: Date | null; pending: boolean; analyses: ItemAnalysis[] }> = await manager.query(
    `SELECT analysed_at AS "analysedAt", analyses,
            requested_at > coalesce(analysed_at, '-infinity') AND requested_at > now() - $2 * interval '1 millisecond' AS pending
       FROM item_analysis WHERE maison_id = $1`,
    [maisonId, ANALYSIS_REQUEST_TIMEOUT_MS],
  );
  const analyses = kept?.analyses ?? [];
  const versions = analyses.length
    ? await manager.find(QuestionVersionEntity, { where: { id: In(analyses.map((analysis) => analysis.questionId)), status: 'PUBLISHED' }, relations: { question: true } })
    : [];
  const byId = new Map(versions.map((version) => [version.id, version]));
  return {
    analysedAt: kept?.analysedAt ?? null,
    pending: kept?.pending ?? false,
    items: analyses.flatMap((analysis) => {
      const version = byId.get(analysis.questionId);
      return version ? [{ version, analysis }] : [];
    }),
  };
}
