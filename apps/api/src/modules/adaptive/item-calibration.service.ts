import { Injectable } from '@nestjs/common';
import { calibrateItem, guessChance, priorItem } from '@savoir/domain';
import { In } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { QuestionVersionEntity } from '../studio/entities/question.entity';
import { ItemCalibrationEntity } from './entities/learner-model.entity';

/**
 * The nightly re-estimate of every answered item's difficulty from all its responses (libs/domain
 * `calibrateItem`), starting again from the author's difficulty each night, so the result does not depend on the
 * order answers came in. Rewriting the same estimates twice is harmless.
 */
@Injectable()
export class ItemCalibration {
  constructor(private readonly db: TenantDb) {}

  async calibrateAll(now: Date): Promise<{ items: number }> {
    const maisons = await this.db.callSystemFunction<{ id: string }>('SELECT savoir_maison_ids() AS id', []);
    let items = 0;
    for (const { id } of maisons) items += await this.calibrateMaison(id, now);
    return { items };
  }

  calibrateMaison(maisonId: string, now: Date): Promise<number> {
    return this.db.run(maisonId, async (manager) => {
      const responses: Array<{ question_id: string; abilities: number[]; scores: number[] }> = await manager.query(
        `SELECT question_id, array_agg(ability) AS abilities, array_agg(score) AS scores FROM item_response GROUP BY question_id`,
      );
      if (!responses.length) return 0;
      const versions = await manager.findBy(QuestionVersionEntity, { questionId: In(responses.map((row) => row.question_id)), status: 'PUBLISHED' });
      const versionOf = new Map(versions.map((version) => [version.questionId, version]));
      let calibrated = 0;
      for (const row of responses) {
        const version = versionOf.get(row.question_id);
        if (!version) continue;
        const estimate = calibrateItem(
          priorItem(version.difficulty, guessChance(version.key)),
          row.abilities.map((ability, i) => ({ ability, score: row.scores[i] })),
        );
        await manager.update(ItemCalibrationEntity, { questionId: row.question_id }, { difficulty: estimate.difficulty, variance: estimate.variance, responses: estimate.responses, calibratedAt: now });
        calibrated += 1;
      }
      return calibrated;
    });
  }
}
