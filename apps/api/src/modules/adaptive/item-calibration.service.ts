import { Injectable } from '@nestjs/common';
import { calibrateItem, guessChance, priorItem, type ItemEstimate } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** Items re-estimated per step: each chunk's write holds its items' locks (and answers on them wait) only briefly. */
export const CALIBRATION_CHUNK = 100;

/** An item as the night reads it: its row's version (`xmin`, moved by every answer's online step) and published key. */
interface ItemRead {
  questionId: string;
  rowVersion: string;
  versionId: string;
  difficulty: number;
  key: never;
}

const ITEMS = `SELECT c.question_id AS "questionId", c.xmin::text AS "rowVersion", qv.id AS "versionId", qv.difficulty, qv.key FROM item_calibration c
  JOIN question_version qv ON qv.question_id = c.question_id AND qv.status = 'PUBLISHED'`;

/**
 * The nightly re-estimate of every answered item's difficulty from all its responses to its published key (libs/domain
 * `calibrateItem`), starting again from the author's difficulty each night, so the result does not depend on the
 * order answers came in. A version that corrects the key starts afresh (one that rewords a text does not).
 *
 * The night runs while boutiques are open elsewhere, and an item's responses take a while to read: a maison's items
 * are taken a chunk at a time, read and estimated without holding them, then written in a short transaction that
 * locks them as an answer does (`lockItem`). An item an answer or a publication changed meanwhile (its row version
 * or published version moved) is estimated again under that lock, so its online step is never written over.
 * Rewriting the same estimates twice is harmless.
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
      const read = await this.db.run(maisonId, async (manager) => {
        const items: ItemRead[] = await manager.query(`${ITEMS} WHERE c.question_id > $1::uuid AND c.responses > 0 ORDER BY c.question_id LIMIT $2`, [after, chunk]);
        return { items, estimates: await estimate(manager, items) };
      });
      if (!read.items.length) return calibrated;
      calibrated += await this.db.run(maisonId, (manager) => write(manager, read.items, read.estimates, now));
      after = read.items[read.items.length - 1].questionId;
    }
  }
}

/** The chunk's items, locked: those unchanged since they were read take the estimate made then, the others a new one. */
async function write(manager: EntityManager, read: readonly ItemRead[], estimated: ReadonlyMap<string, ItemEstimate>, now: Date): Promise<number> {
  const locked: ItemRead[] = await manager.query(`${ITEMS} WHERE c.question_id = ANY($1::uuid[]) ORDER BY c.question_id FOR UPDATE OF c`, [read.map((item) => item.questionId)]);
  const asRead = new Map(read.map((item) => [item.questionId, item]));
  const changed = locked.filter((item) => item.rowVersion !== asRead.get(item.questionId)?.rowVersion || item.versionId !== asRead.get(item.questionId)?.versionId);
  const estimates = new Map([...estimated, ...(await estimate(manager, changed))]);
  const rows = locked.map((item) => ({ questionId: item.questionId, ...(estimates.get(item.questionId) as ItemEstimate) }));
  await manager.query(
    `UPDATE item_calibration c SET difficulty = e.difficulty, variance = e.variance, responses = e.responses, calibrated_at = $5, updated_at = now()
     FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::int[]) AS e(question_id, difficulty, variance, responses) WHERE c.question_id = e.question_id`,
    [rows.map((e) => e.questionId), rows.map((e) => e.difficulty), rows.map((e) => e.variance), rows.map((e) => e.responses), now],
  );
  return rows.length;
}

/** Each item's estimate from its responses to its published key: one given when the key was wrong says nothing of the item now. */
async function estimate(manager: EntityManager, items: readonly ItemRead[]): Promise<Map<string, ItemEstimate>> {
  if (!items.length) return new Map();
  const responses: Array<{ questionId: string; abilities: number[]; scores: number[] }> = await manager.query(
    `SELECT r.question_id AS "questionId", array_agg(r.ability) AS abilities, array_agg(r.score) AS scores FROM item_response r
     JOIN attempt a ON a.id = r.attempt_id JOIN question_version answered ON answered.id = a.question_version_id
     JOIN question_version published ON published.question_id = r.question_id AND published.status = 'PUBLISHED'
     WHERE r.question_id = ANY($1::uuid[]) AND answered.key = published.key GROUP BY r.question_id`,
    [items.map((item) => item.questionId)],
  );
  const byItem = new Map(responses.map((row) => [row.questionId, row]));
  return new Map(
    items.map((item) => {
      const row = byItem.get(item.questionId);
      return [item.questionId, calibrateItem(priorItem(item.difficulty, guessChance(item.key)), row ? row.abilities.map((ability, i) => ({ ability, score: row.scores[i] })) : [])];
    }),
  );
}
