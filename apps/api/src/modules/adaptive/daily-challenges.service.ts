import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { jobId } from '../../core/queue/jobs';
import { QueueProducer } from '../../core/queue/queue-producer';
import { ChallengeGenerator } from './challenge-generator';

/** Advisors per batch job (and transaction): small enough that a crashed batch redoes little, large enough to share the reads. */
export const DAILY_BATCH_SIZE = 50;
/** DAILY challenges are ready before this local hour. */
export const DAILY_READY_BY_HOUR = 6;

/**
 * The DAILY challenges. Every quarter hour `fanOut` finds, in every maison, the active advisors for whom it is
 * still night (before 06:00 in their zone, their boutique's by default) and who have no DAILY challenge for their
 * local date yet — advisors who joined today included — and enqueues them in batches. Batch job ids are derived
 * from their advisors and date, so a repeated tick adds nothing twice; a batch is built in one transaction and skips
 * advisors already served, so a batch crashed half-way is rolled back whole and, run again, loses and doubles nothing.
 */
@Injectable()
export class DailyChallenges {
  constructor(
    private readonly db: TenantDb,
    private readonly producer: QueueProducer,
    private readonly generator: ChallengeGenerator,
  ) {}

  async fanOut(now: Date): Promise<{ advisors: number; batches: number }> {
    const maisons = await this.db.callSystemFunction<{ id: string }>('SELECT savoir_maison_ids() AS id', []);
    let advisors = 0;
    let batches = 0;
    for (const { id: maisonId } of maisons) {
      const due = await this.db.run(maisonId, (manager) => this.advisorsAwaitingDaily(manager, now));
      for (let start = 0; start < due.length; start += DAILY_BATCH_SIZE) {
        const userIds = due.slice(start, start + DAILY_BATCH_SIZE);
        const key = createHash('sha256').update(`${now.toISOString().slice(0, 10)}:${userIds.join(',')}`).digest('hex').slice(0, 32);
        await this.producer.add('challenge.daily.batch', { maisonId, userIds, at: now.toISOString() }, { jobId: jobId('challenge.daily.batch', `${maisonId}.${key}`) });
        batches += 1;
      }
      advisors += due.length;
    }
    return { advisors, batches };
  }

  /** One transaction for the batch: a crash rolls it back whole and the retried job builds every challenge again. */
  async generateBatch(maisonId: string, userIds: readonly string[], now: Date): Promise<{ generated: number }> {
    const challenges = await this.db.run(maisonId, (manager) => this.generator.daily(manager, userIds, now));
    return { generated: challenges.length };
  }

  private async advisorsAwaitingDaily(manager: EntityManager, now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM app_user u
       WHERE u.active AND 'ADVISOR' = ANY(u.roles)
         AND extract(hour FROM ($1::timestamptz AT TIME ZONE u.timezone)) < $2
         AND NOT EXISTS (SELECT 1 FROM challenge c WHERE c.user_id = u.id AND c.kind = 'DAILY' AND c.local_date = ($1::timestamptz AT TIME ZONE u.timezone)::date)
       ORDER BY u.id`,
      [now.toISOString(), DAILY_READY_BY_HOUR],
    );
    return rows.map((row) => row.id);
  }
}
