import { Injectable } from '@nestjs/common';
import { DEFAULT_PLACEMENT_RULES, localDate, nextPlacementItem, placedAsMastered } from '@savoir/domain';
import { IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { lockLearner } from '../learning/learner-lock';
import { presentQuestion } from '../learning/learner-content';
import type { PlacementModel } from './dtos/adaptive.model';
import { ChallengeEntity, ChallengeItemEntity } from './entities/challenge.entity';
import { loadLearnerContext } from './learner-context';
import { skillNamer } from './skill-namer';

/** A placement left unfinished can be resumed for this long; after that, the advisor may start a new one. */
const PLACEMENT_LIFETIME_MS = 30 * 86_400_000;

/**
 * Placement (test-out): a short computerised adaptive diagnostic at the start of onboarding (libs/domain
 * `nextPlacementItem`). Each item asked is kept as an item of the advisor's PLACEMENT challenge, answered through
 * `submitAnswer` like any other (so the learner model moves with it); the next one is chosen from the estimates
 * those answers left. When the estimate is precise enough, or the items are spent, the skills it shows as known
 * count as mastered, and the personal path skips their modules.
 */
@Injectable()
export class PlacementService {
  constructor(private readonly db: TenantDb) {}

  /** Where the advisor's placement stands, without changing anything. */
  mine(actor: Actor, locale: string, now = new Date()): Promise<PlacementModel> {
    return this.db.run(actor.maisonId, async (manager) => {
      const placement = await latestPlacement(manager, actor.userId, now);
      return placement ? this.view(manager, actor.userId, placement, locale, now) : notStarted();
    });
  }

  /**
   * Starts the placement if needed and gives the question to answer: the last one asked while it is unanswered
   * (asking again is harmless) and still published, else the most informative next one, or none once the placement
   * is done. While there is nothing to ask (no program yet, or nothing published on its skills) no placement is
   * started, so the advisor can take it once there is.
   */
  next(actor: Actor, locale: string, now = new Date()): Promise<PlacementModel> {
    return this.db.run(actor.maisonId, async (manager) => {
      await lockLearner(manager, actor.userId);
      const placement = await latestPlacement(manager, actor.userId, now);
      if (placement?.completedAt) return this.view(manager, actor.userId, placement, locale, now);
      const items = placement ? await manager.find(ChallengeItemEntity, { where: { challengeId: placement.id }, order: { position: 'ASC' } }) : [];
      const answered = placement ? await answeredSince(manager, actor.userId, placement) : new Set<string>();
      const context = await loadLearnerContext(manager, actor.userId, now);
      const last = items[items.length - 1];
      // A question archived since it was asked is passed over (it stays asked, so it is not chosen again).
      if (placement && last && !answered.has(last.questionId) && context.candidates.some((item) => item.id === last.questionId)) return this.view(manager, actor.userId, placement, locale, now);

      const step = nextPlacementItem(
        context.programSkills.map((skill) => skill.code),
        context.estimates,
        context.candidates,
        new Set(items.map((item) => item.questionId)),
        now,
      );
      if (step.done && !items.length && (step.reason === 'NO_ITEMS' || !context.programSkills.length)) return notStarted();
      const current =
        placement ??
        (await manager.save(
          manager.create(ChallengeEntity, { maisonId: actor.maisonId, userId: actor.userId, kind: 'PLACEMENT', localDate: localDate(now, context.user.timezone), generatedAt: now, expiresAt: new Date(now.getTime() + PLACEMENT_LIFETIME_MS), supersededAt: null, completedAt: null }),
        ));
      if (step.done) {
        current.completedAt = now;
        await manager.save(current);
      } else {
        const candidate = context.candidates.find((item) => item.id === step.itemId);
        await manager.insert(ChallengeItemEntity, { maisonId: actor.maisonId, challengeId: current.id, position: items.length, questionId: step.itemId, skillCode: candidate?.skills[0] ?? '', reason: 'PLACEMENT', predictedSuccess: 0 });
      }
      return this.view(manager, actor.userId, current, locale, now);
    });
  }

  private async view(manager: EntityManager, userId: string, placement: ChallengeEntity, locale: string, now: Date): Promise<PlacementModel> {
    const items = await manager.find(ChallengeItemEntity, { where: { challengeId: placement.id }, order: { position: 'ASC' } });
    const answered = await answeredSince(manager, userId, placement);
    const name = await skillNamer(manager, locale);
    if (placement.completedAt) {
      const context = await loadLearnerContext(manager, userId, now);
      const mastered = placedAsMastered(context.programSkills.map((skill) => skill.code), context.estimates);
      return { status: 'DONE', question: null, asked: items.length, maxItems: DEFAULT_PLACEMENT_RULES.maxItems, masteredSkills: mastered.map(name) };
    }
    const last = items[items.length - 1];
    const pending = last && !answered.has(last.questionId) ? last : null;
    const version = pending
      ? ((await manager.query(`SELECT id, question_id, key, presentation FROM question_version WHERE question_id = $1 AND status = 'PUBLISHED'`, [pending.questionId]))[0] as { id: string; question_id: string; key: never; presentation: never } | undefined)
      : undefined;
    return {
      status: 'IN_PROGRESS',
      question: version ? presentQuestion({ questionId: version.question_id, versionId: version.id, key: version.key, presentation: version.presentation }, locale, userId, false) : null,
      asked: items.length,
      maxItems: DEFAULT_PLACEMENT_RULES.maxItems,
      masteredSkills: [],
    };
  }
}

function notStarted(): PlacementModel {
  return { status: 'NOT_STARTED', question: null, asked: 0, maxItems: DEFAULT_PLACEMENT_RULES.maxItems, masteredSkills: [] };
}

/** The advisor's placement: the latest one finished, or left unfinished less than its lifetime ago. */
function latestPlacement(manager: EntityManager, userId: string, now: Date): Promise<ChallengeEntity | null> {
  return manager.findOne(ChallengeEntity, {
    where: [
      { userId, kind: 'PLACEMENT', completedAt: Not(IsNull()) },
      { userId, kind: 'PLACEMENT', expiresAt: MoreThan(now) },
    ],
    order: { generatedAt: 'DESC' },
  });
}

async function answeredSince(manager: EntityManager, userId: string, placement: ChallengeEntity): Promise<Set<string>> {
  const rows: Array<{ question_id: string }> = await manager.query(
    `SELECT DISTINCT a.question_id FROM attempt a JOIN challenge_item i ON i.question_id = a.question_id AND i.challenge_id = $2 WHERE a.user_id = $1 AND a.created_at >= $3`,
    [userId, placement.id, placement.generatedAt],
  );
  return new Set(rows.map((row) => row.question_id));
}
