import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { DailyChallenges } from '../daily-challenges.service';
import { ItemCalibration } from '../item-calibration.service';
import { NextChallenges } from '../next-challenges';

@Injectable()
@JobHandler('challenge.generate')
export class GenerateChallengeHandler implements JobHandlerOf<'challenge.generate'> {
  constructor(private readonly nextChallenges: NextChallenges) {}

  async handle({ maisonId, userId }: JobPayloads['challenge.generate']) {
    return { challengeId: await this.nextChallenges.generate(maisonId, userId) };
  }
}

@Injectable()
@JobHandler('challenge.daily')
export class FanOutDailyChallengesHandler implements JobHandlerOf<'challenge.daily'> {
  constructor(private readonly daily: DailyChallenges) {}

  handle() {
    return this.daily.fanOut(new Date());
  }
}

@Injectable()
@JobHandler('challenge.daily.batch')
export class DailyChallengeBatchHandler implements JobHandlerOf<'challenge.daily.batch'> {
  constructor(private readonly daily: DailyChallenges) {}

  handle({ maisonId, userIds, at }: JobPayloads['challenge.daily.batch']) {
    // The night the fan-out found, even if the batch runs late (a retry after a crash).
    return this.daily.generateBatch(maisonId, userIds, new Date(at));
  }
}

@Injectable()
@JobHandler('items.calibrate')
export class CalibrateItemsHandler implements JobHandlerOf<'items.calibrate'> {
  constructor(private readonly calibration: ItemCalibration) {}

  handle() {
    return this.calibration.calibrateAll(new Date());
  }
}
