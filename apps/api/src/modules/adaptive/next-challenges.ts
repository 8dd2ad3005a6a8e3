import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../core/database/tenant-db';
import { ChallengeGenerator } from './challenge-generator';

/** Advisors per transaction: a batch this size costs Postgres little more than one advisor does. */
export const NEXT_CHALLENGE_BATCH_SIZE = 50;
/** Batches of one maison being built at once: one reading while another computes and writes. */
const BATCHES_IN_FLIGHT = 2;

interface Waiting {
  userId: string;
  resolve: (challengeId: string | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Folds the `challenge.generate` jobs a worker runs at once into few transactions per maison, as a database folds
 * commits (group commit): while a maison's batches are being built, the jobs that arrive gather for the next one.
 * A lone answer's challenge is built at once, alone; under load the batches grow with it, so each challenge costs
 * less. If a batch fails, its halves are built again one after the other, down to single advisors, so one advisor's
 * failure fails only their own job (which BullMQ retries) while the others still share a few transactions, and the
 * retries hold no more connections than the batch did.
 */
@Injectable()
export class NextChallenges {
  private readonly gathering = new Map<string, Waiting[]>();
  private readonly building = new Map<string, number>();

  constructor(
    private readonly db: TenantDb,
    private readonly generator: ChallengeGenerator,
  ) {}

  /** The advisor's next challenge, built in a batch; its id, or null when nothing fits them. */
  generate(maisonId: string, userId: string): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const gathering = this.gathering.get(maisonId);
      if (gathering) return void gathering.push({ userId, resolve, reject });
      this.gathering.set(maisonId, [{ userId, resolve, reject }]);
      // The jobs that start in the same turn of the event loop leave together.
      setImmediate(() => this.dispatch(maisonId));
    });
  }

  private dispatch(maisonId: string): void {
    for (;;) {
      const gathering = this.gathering.get(maisonId);
      const building = this.building.get(maisonId) ?? 0;
      if (!gathering?.length || building >= BATCHES_IN_FLIGHT) return;
      const batch = gathering.splice(0, NEXT_CHALLENGE_BATCH_SIZE);
      if (!gathering.length) this.gathering.delete(maisonId);
      this.building.set(maisonId, building + 1);
      void this.build(maisonId, batch).finally(() => {
        const left = (this.building.get(maisonId) ?? 1) - 1;
        if (left) this.building.set(maisonId, left);
        else this.building.delete(maisonId);
        this.dispatch(maisonId);
      });
    }
  }

  private async build(maisonId: string, batch: readonly Waiting[]): Promise<void> {
    try {
      const challenges = await this.db.run(maisonId, (manager) => this.generator.next(manager, batch.map((waiting) => waiting.userId), new Date()));
      const challengeOf = new Map(challenges.map((challenge) => [challenge.userId, challenge.id]));
      for (const waiting of batch) waiting.resolve(challengeOf.get(waiting.userId) ?? null);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      const middle = Math.ceil(batch.length / 2);
      await this.build(maisonId, batch.slice(0, middle));
      await this.build(maisonId, batch.slice(middle));
    }
  }
}
