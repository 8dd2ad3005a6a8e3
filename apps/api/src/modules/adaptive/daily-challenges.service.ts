import { Injectable, Logger } from '@nestjs/common';
import { dailyDateDue } from '@savoir/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { DAILY_FAN_OUT_EVERY_MS, jobId } from '../../core/queue/jobs';
import { QueueProducer } from '../../core/queue/queue-producer';
import { ChallengeGenerator } from './challenge-generator';

/** Advisors per batch job (and transaction): small enough that a crashed batch redoes little, large enough to share the reads. */
export const DAILY_BATCH_SIZE = 50;

/**
 * The DAILY challenges. Every quarter hour `fanOut` finds, in every maison, the active advisors for whom it is
 * still night (before 06:00 in their zone, their boutique's by default) and who have no DAILY challenge for their
 * local date yet — advisors who joined today included — and enqueues them in batches. Batch job ids are derived
 * from their advisors and the quarter hour, so a repeated tick adds nothing twice, and a batch that failed for good
 * is enqueued again by the next tick while its advisors are unserved; a batch is built in one transaction and skips
 * advisors already served, so a batch crashed half-way is rolled back whole and, run again, loses and doubles
 * nothing. Local times are worked out as the challenges' own dates are (libs/domain, the runtime's time zones), never
 * by Postgres, whose zone names can differ from the runtime's.
 */
@Injectable()
export class DailyChallenges {
  private readonly logger = new Logger(DailyChallenges.name);

  constructor(
    private readonly db: TenantDb,
    private readonly producer: QueueProducer,
    private readonly generator: ChallengeGenerator,
  ) {}

  /** One maison's failure is logged and leaves the others served; the tick then fails, so it is retried and seen. */
  async fanOut(now: Date): Promise<{ advisors: number; batches: number }> {
    const maisons = await this.db.callSystemFunction<{ id: string }>('SELECT savoir_maison_ids() AS id', []);
    const tick = Math.floor(now.getTime() / DAILY_FAN_OUT_EVERY_MS);
    let advisors = 0;
    let batches = 0;
    const failed: string[] = [];
    for (const { id: maisonId } of maisons) {
      try {
        const due = await this.db.run(maisonId, (manager) => this.advisorsAwaitingDaily(manager, now));
        for (let start = 0; start < due.length; start += DAILY_BATCH_SIZE) {
          const userIds = due.slice(start, start + DAILY_BATCH_SIZE);
          const key = createHash('sha256').update(`${tick}:${userIds.join(',')}`).digest('hex').slice(0, 32);
          await this.producer.add('challenge.daily.batch', { maisonId, userIds, at: now.toISOString() }, { jobId: jobId('challenge.daily.batch', `${maisonId}.${key}`) });
          batches += 1;
        }
        advisors += due.length;
      } catch (error) {
        failed.push(maisonId);
        this.logger.error(`DAILY fan-out failed for maison ${maisonId}: ${(error as Error).message}`);
      }
    }
    if (failed.length) throw new Error(`DAILY fan-out failed for ${failed.length} of ${maisons.length} maisons (${failed.join(', ')}); the others were enqueued`);
    return { advisors, batches };
  }

  /** One transaction for the batch: a crash rolls it back whole and the retried job builds every challenge again. */
  async generateBatch(maisonId: string, userIds: readonly string[], now: Date): Promise<{ generated: number }> {
    const challenges = await this.db.run(maisonId, (manager) => this.generator.daily(manager, userIds, now));
    return { generated: challenges.length };
  }

  /** Zone by zone (a maison has few: advisors take their boutique's): the advisors whose night it is and who have no DAILY for that date. */
  private async advisorsAwaitingDaily(manager: EntityManager, now: Date): Promise<string[]> {
    const zones: Array<{ timezone: string }> = await manager.query(`SELECT DISTINCT timezone FROM app_user WHERE active AND 'ADVISOR' = ANY(roles)`);
    const nights = zones.flatMap(({ timezone }) => {
      try {
        const date = dailyDateDue(now, timezone);
        return date ? [{ timezone, date }] : [];
      } catch {
        this.logger.warn(`advisors with the unknown time zone "${timezone}" get no DAILY challenge`);
        return [];
      }
    });
    if (!nights.length) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM app_user u
       JOIN unnest($1::text[], $2::date[]) AS night(timezone, local_date) ON night.timezone = u.timezone
       WHERE u.active AND 'ADVISOR' = ANY(u.roles)
         AND NOT EXISTS (SELECT 1 FROM challenge c WHERE c.user_id = u.id AND c.kind = 'DAILY' AND c.local_date = night.local_date)
       ORDER BY u.id`,
      [nights.map((night) => night.timezone), nights.map((night) => night.date)],
    );
    return rows.map((row) => row.id);
  }
}
