import { Injectable } from '@nestjs/common';
import { composeChallenge, endOfLocalDay, localDate } from '@savoir/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { lockLearner } from '../learning/learner-lock';
import { ChallengeEntity, ChallengeItemEntity, type ChallengeKind } from './entities/challenge.entity';
import { loadLearnerContext } from './learner-context';

/** A GAP challenge stays on offer this long unless answers bring a newer one. */
const NEXT_CHALLENGE_LIFETIME_MS = 3 * 86_400_000;

/**
 * Builds challenges (libs/domain `composeChallenge`) in the caller's transaction, under the advisor's lock so the
 * estimates it reads are those of every answer committed before it.
 */
@Injectable()
export class ChallengeGenerator {
  /** The advisor's next challenge: it supersedes the GAP challenge on offer. Rebuilding it again is harmless. */
  async next(manager: EntityManager, userId: string, now: Date): Promise<ChallengeEntity | null> {
    await lockLearner(manager, userId);
    const built = await this.build(manager, userId, 'GAP', now);
    if (!built) return null;
    await manager.update(ChallengeEntity, { userId, kind: 'GAP', supersededAt: IsNull() }, { supersededAt: now });
    return this.save(manager, built);
  }

  /** The DAILY challenge of the advisor's local date, unless there is one already (then null). */
  async daily(manager: EntityManager, userId: string, now: Date): Promise<ChallengeEntity | null> {
    await lockLearner(manager, userId);
    const built = await this.build(manager, userId, 'DAILY', now);
    if (!built) return null;
    const exists = await manager.existsBy(ChallengeEntity, { userId, kind: 'DAILY', localDate: built.challenge.localDate });
    return exists ? null : this.save(manager, built);
  }

  private async build(manager: EntityManager, userId: string, kind: ChallengeKind, now: Date) {
    const context = await loadLearnerContext(manager, userId, now);
    const items = composeChallenge({ candidates: context.candidates, estimates: context.estimates, gaps: context.gaps, dueSkills: context.dueSkills, recentlySeen: context.recentlySeen, at: now });
    if (!items.length) return null;
    const zone = context.user.timezone;
    const challenge = manager.create(ChallengeEntity, {
      maisonId: context.user.maisonId,
      userId,
      kind,
      localDate: localDate(now, zone),
      generatedAt: now,
      expiresAt: kind === 'DAILY' ? endOfLocalDay(now, zone) : new Date(now.getTime() + NEXT_CHALLENGE_LIFETIME_MS),
      supersededAt: null,
    });
    return { challenge, items };
  }

  private async save(manager: EntityManager, built: NonNullable<Awaited<ReturnType<ChallengeGenerator['build']>>>): Promise<ChallengeEntity> {
    const challenge = await manager.save(built.challenge);
    await manager.insert(
      ChallengeItemEntity,
      built.items.map((item, position) => ({ maisonId: challenge.maisonId, challengeId: challenge.id, position, questionId: item.itemId, skillCode: item.skill, reason: item.reason, predictedSuccess: item.predictedSuccess })),
    );
    return challenge;
  }
}
