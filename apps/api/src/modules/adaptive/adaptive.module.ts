import { Module } from '@nestjs/common';
import { LearnerModelHook } from '../learning/learner-model.hook';
import { AdaptiveLearnerModel } from './adaptive-learner-model';
import { AdaptiveResolver } from './adaptive.resolver';
import { AdaptiveService } from './adaptive.service';
import { ChallengeGenerator } from './challenge-generator';
import { DailyChallenges } from './daily-challenges.service';
import { ItemCalibration } from './item-calibration.service';
import { NextChallenges } from './next-challenges';
import { PlacementService } from './placement.service';
import { CalibrateItemsHandler, DailyChallengeBatchHandler, FanOutDailyChallengesHandler, GenerateChallengeHandler } from './jobs/adaptive.handlers';

/**
 * The adaptive engine: the learner model moved with every answer (it is Learn's `LearnerModelHook`), knowledge
 * gaps, the personal path, spaced review, and the `adaptive` queue's jobs that generate challenges and calibrate items.
 */
@Module({
  providers: [
    { provide: LearnerModelHook, useClass: AdaptiveLearnerModel },
    AdaptiveService,
    AdaptiveResolver,
    PlacementService,
    ChallengeGenerator,
    NextChallenges,
    DailyChallenges,
    ItemCalibration,
    GenerateChallengeHandler,
    FanOutDailyChallengesHandler,
    DailyChallengeBatchHandler,
    CalibrateItemsHandler,
  ],
  exports: [LearnerModelHook],
})
export class AdaptiveModule {}
