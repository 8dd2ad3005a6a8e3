import { Injectable } from '@nestjs/common';
import { calibrateItem, guessChance, priorItem } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** Items re-estimated per transaction: each chunk holds its items' locks (and answers on them wait) only briefly. */
export const CALIBRATION_CHUNK = 100;

/**
 * The nightly re-estimate of every answered item's difficulty from all its responses to its published key (libs/domain
 * `calibrateItem`), starting again from the author's difficulty each night, so the result does not depend on the
 * order answers came in. A version that corrects the key starts afresh (one that rewords a text does not). A maison's items are taken a chunk at a time, each in its own short transaction that first
 * locks the chunk's items as an answer does (`lockItem`), then reads their responses: an answer on one of them
 * waits for the chunk and its online step lands on the new estimate, never under it. Rewriting the same estimates
 * twice is harmless.
 */
@Injectable()
export class ItemCalibration {
  constructor(private readonly db: TenantDb) {}

  /** Every maison, or only those named; one maison's failure leaves the others calibrated, then fails the job (retried). */
  async calibrateAll(now: Date, only?: readonly string[]): Promise<{ items: number }> {
    const perMaison = await this.db.forEachMaison((maisonId) => this.calibrateMaison(maisonId, now), only);
    return { items: perMaison.reduce((sum, items) => sum + items, 0) };
  }

  async calibrateMaison(maisonId: string, now: Date, chunk = CALIBRATION_CHUNK): Promise<number> {
    let calibrated = 0;
    for (let after = NIL_UUID; ; ) {
      const done = await this.db.run(maisonId, (manager) => this.calibrateChunk(manager, after, chunk, now));
      calibrated += done.calibrated;
      if (done.last === null) return calibrated;
      after = done.last;
    }
  }

  /** The next `chunk` answered items after `after` (by question id): locked, re-estimated, written in one statement. */
  private async calibrateChunk(manager: EntityManager, after: string, chunk: number, now: Date): Promise<{ calibrated: number; last: string | null }> {
    const items: Array<{ questionId: string; difficulty: number; key: never }> = await manager.query(
      `SELECT c.question_id AS "questionId", qv.difficulty, qv.key FROM item_calibration c
       JOIN question_version qv ON qv.question_id = c.question_id AND qv.status = 'PUBLISHED'
       WHERE c.question_id > $1::uuid AND c.responses > 0
       ORDER BY c.question_id LIMIT $2 FOR UPDATE OF c`,
      [after, chunk],
    );
    if (!items.length) return { calibrated: 0, last: null };
    // The answers to versions with the published key: one given when the key was wrong says nothing of the item now.
    const responses: Array<{ questionId: string; abilities: number[]; scores: number[] }> = await manager.query(
      `SELECT r.question_id AS "questionId", array_agg(r.ability) AS abilities, array_agg(r.score) AS scores FROM item_response r
       JOIN attempt a ON a.id = r.attempt_id JOIN question_version answered ON answered.id = a.question_version_id
       JOIN question_version published ON published.question_id = r.question_id AND published.status = 'PUBLISHED'
       WHERE r.question_id = ANY($1::uuid[]) AND answered.key = published.key GROUP BY r.question_id`,
      [items.map((item) => item.questionId)],
    );
    const byItem = new Map(responses.map((row) => [row.questionId, row]));
    const estimates = items.map((item) => {
      const row = byItem.get(item.questionId);
      const estimate = calibrateItem(priorItem(item.difficulty, guessChance(item.key)), row ? row.abilities.map((ability, i) => ({ ability, score: row.scores[i] })) : []);
      return { questionId: item.questionId, ...estimate };
    });
    await manager.query(
      `UPDATE item_calibration c SET difficulty = e.difficulty, variance = e.variance, responses = e.responses, calibrated_at = $5, updated_at = now()
       FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::int[]) AS e(question_id, difficulty, variance, responses) WHERE c.question_id = e.question_id`,
      [estimates.map((e) => e.questionId), estimates.map((e) => e.difficulty), estimates.map((e) => e.variance), estimates.map((e) => e.responses), now],
    );
    return { calibrated: estimates.length, last: items[items.length - 1].questionId };
  }
}
