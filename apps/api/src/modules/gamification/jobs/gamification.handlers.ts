import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { GamificationLedger } from '../gamification-ledger.service';

@Injectable()
@JobHandler('xp.award')
export class AwardXpHandler implements JobHandlerOf<'xp.award'> {
  constructor(private readonly ledger: GamificationLedger) {}

  handle({ maisonId, userId, attemptId, moduleProgressId }: JobPayloads['xp.award']) {
    return this.ledger.awardXp(maisonId, userId, { attemptId, moduleProgressId });
  }
}

@Injectable()
@JobHandler('streak.update')
export class UpdateStreakHandler implements JobHandlerOf<'streak.update'> {
  constructor(private readonly ledger: GamificationLedger) {}

  handle({ maisonId, userId }: JobPayloads['streak.update']) {
    return this.ledger.updateStreak(maisonId, userId);
  }
}

@Injectable()
@JobHandler('badge.evaluate')
export class EvaluateBadgesHandler implements JobHandlerOf<'badge.evaluate'> {
  constructor(private readonly ledger: GamificationLedger) {}

  handle({ maisonId, userId }: JobPayloads['badge.evaluate']) {
    return this.ledger.evaluateBadges(maisonId, userId);
  }
}
