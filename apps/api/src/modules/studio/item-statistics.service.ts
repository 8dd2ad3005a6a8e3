import { Injectable } from '@nestjs/common';
import { analyseItems, chosenOptionIds, isReportableGroup, type Answer, type ItemAnalysis } from '@savoir/domain';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { QuestionVersionEntity } from './entities/question.entity';

export interface ItemStatistics {
  version: QuestionVersionEntity;
  analysis: ItemAnalysis;
}

/**
 * Item analysis of the question bank from advisors' answers: each published question version is analysed on the
 * FIRST attempt of each advisor (later attempts measure recall after feedback, not the item). A new version starts
 * its statistics afresh, since its key or options may have changed. A version fewer advisors answered than a
 * reported group holds is left out: its choices would tell an author which option a colleague picked.
 */
@Injectable()
export class ItemStatisticsService {
  constructor(private readonly db: TenantDb) {}

  list(actor: Actor): Promise<ItemStatistics[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const rows: Array<{ user_id: string; question_version_id: string; score: string; answer: Answer }> = await manager.query(
        `SELECT DISTINCT ON (a.user_id, a.question_version_id) a.user_id, a.question_version_id, a.score, a.answer
           FROM attempt a JOIN question_version v ON v.id = a.question_version_id AND v.status = 'PUBLISHED'
          WHERE a.maison_id = $1
          ORDER BY a.user_id, a.question_version_id, a.created_at`,
        [actor.maisonId],
      );
      const analyses = analyseItems(rows.map((row) => ({ learnerId: row.user_id, questionId: row.question_version_id, score: Number(row.score), chosenOptionIds: chosenOptionIds(row.answer) })));
      const versions = await manager.find(QuestionVersionEntity, { where: { maisonId: actor.maisonId, status: 'PUBLISHED' }, relations: { question: true } });
      const byId = new Map(versions.map((version) => [version.id, version]));
      return analyses.flatMap((analysis) => {
        const version = byId.get(analysis.questionId);
        return version && isReportableGroup(analysis.learners) ? [{ version, analysis }] : [];
      });
    });
  }
}
