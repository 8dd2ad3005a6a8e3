import { Injectable, Logger } from '@nestjs/common';
import { localDate } from '@savoir/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { DAILY_FAN_OUT_EVERY_MS, jobId } from '../../core/queue/jobs';
import { QueueProducer } from '../../core/queue/queue-producer';
import { ChallengeGenerator } from './challenge-generator';

/** Advisors per batch job (and transaction): small enough that a crashed batch redoes little, large enough to share the reads. */
export const DAILY_BATCH_SIZE = 50;

/**
 * The DAILY challenges, one per advisor and local day. Every quarter hour `fanOut` finds, in every maison, the active
 * advisors who have no DAILY challenge for their local date yet (in their zone, their boutique's by default) and
 * enqueues them in batches: the first tick after each zone's midnight serves its advisors, well before the day's
 * first client, and any later tick serves whoever was missed — a tick the worker was down for, a batch that failed
 * for good, an advisor who joined, came back or became an advisor during the day. Batch job ids are derived from
 * their advisors and the quarter hour, so a repeated tick adds nothing twice; a batch is built in one transaction
 * and skips advisors already served, so a batch crashed half-way is rolled back whole and, run again, loses and
 * doubles nothing. Local dates are worked out as the challenges' own are (libs/domain, the runtime's time zones),
 * never by Postgres, whose zone names can differ from the runtime's.
 */
@Injectable()
export class DailyChallenges {
  private readonly logger = new Logger(DailyChallenges.name);

  constructor(
    private readonly db: TenantDb,
    private readonly producer: QueueProducer,
    private readonly generator: ChallengeGenerator,
  ) {}

  /** Every maison, or only those named; one maison's failure leaves the others served, then fails the tick (retried). */
  async fanOut(now: Date, only?: readonly string[]): Promise<{ advisors: number; batches: number }> {
    const tick = Math.floor(now.getTime() / DAILY_FAN_OUT_EVERY_MS);
    const perMaison = await this.db.forEachMaison(async (maisonId) => {
      const due = await this.db.run(maisonId, (manager) => this.advisorsAwaitingDaily(manager, now));
      let batches = 0;
      for (let start = 0; start < due.length; start += DAILY_BATCH_SIZE) {
        const userIds = due.slice(start, start + DAILY_BATCH_SIZE);
        const key = createHash('sha256').update(`${tick}:${userIds.join(',')}`).digest('hex').slice(0, 32);
        await this.producer.add('challenge.daily.batch', { maisonId, userIds, at: now.toISOString() }, { jobId: jobId('challenge.daily.batch', `${maisonId}.${key}`) });
        batches += 1;
      }
      return { advisors: due.length, batches };
    }, only);
    return perMaison.reduce((sum, maison) => ({ advisors: sum.advisors + maison.advisors, batches: sum.batches + maison.batches }), { advisors: 0, batches: 0 });
  }

  /**
   * One transaction for the batch: a crash rolls it back whole and the retried job builds every challenge again. If
   * it fails, each advisor is served alone, so one whose challenge cannot be built holds back no one else; the job
   * then fails for them (retried, and a later tick enqueues them again).
   */
  async generateBatch(maisonId: string, userIds: readonly string[], now: Date): Promise<{ generated: number }> {
    try {
      return { generated: (await this.build(maisonId, userIds, now)).length };
    } catch (error) {
      if (userIds.length === 1) throw error;
      let generated = 0;
      const failed: string[] = [];
      for (const userId of userIds) {
        try {
          generated += (await this.build(maisonId, [userId], now)).length;
        } catch (alone) {
          this.logger.error({ maisonId, userId, err: alone }, 'DAILY challenge failed');
          failed.push(userId);
        }
      }
      if (failed.length) throw new Error(`DAILY challenges failed for ${failed.length} of ${userIds.length} advisors`, { cause: error });
      return { generated };
    }
  }

  private build(maisonId: string, userIds: readonly string[], now: Date) {
    return this.db.run(maisonId, (manager) => this.generator.daily(manager, userIds, now));
  }

  /** Zone by zone (a maison has few: advisors take their boutique's): the advisors with no DAILY for their local date. */
  private async advisorsAwaitingDaily(manager: EntityManager, now: Date): Promise<string[]> {
    const zones: Array<{ timezone: string }> = await manager.query(`SELECT DISTINCT timezone FROM app_user WHERE active AND 'ADVISOR' = ANY(roles)`);
    const days = zones.flatMap(({ timezone }) => {
      try {
        return [{ timezone, date: localDate(now, timezone) }];
      } catch {
        this.logger.warn(`advisors with the unknown time zone "${timezone}" get no DAILY challenge`);
        return [];
      }
    });
    if (!days.length) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM app_user u
       JOIN unnest($1::text[], $2::date[]) AS day(timezone, local_date) ON day.timezone = u.timezone
       WHERE u.active AND 'ADVISOR' = ANY(u.roles)
         AND NOT EXISTS (SELECT 1 FROM challenge c WHERE c.user_id = u.id AND c.kind = 'DAILY' AND c.local_date = day.local_date)
       ORDER BY u.id`,
      [days.map((day) => day.timezone), days.map((day) => day.date)],
    );
    return rows.map((row) => row.id);
  }
}
