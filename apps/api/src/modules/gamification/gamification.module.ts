import { Module } from '@nestjs/common';
import { GamificationLedger } from './gamification-ledger.service';
import { GamificationResolver } from './gamification.resolver';
import { GamificationService } from './gamification.service';
import { AwardXpHandler, EvaluateBadgesHandler, UpdateStreakHandler } from './jobs/gamification.handlers';

/** Quiet gamification: the XP ledger, streaks and badges (worker jobs), and what advisors see of them. */
@Module({
  providers: [GamificationLedger, GamificationService, GamificationResolver, AwardXpHandler, UpdateStreakHandler, EvaluateBadgesHandler],
})
export class GamificationModule {}
