import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { ItemStatisticsService } from '../item-statistics.service';

@Injectable()
@JobHandler('items.analyse')
export class AnalyseItemsHandler implements JobHandlerOf<'items.analyse'> {
  constructor(private readonly statistics: ItemStatisticsService) {}

  handle({ maisonId }: JobPayloads['items.analyse']) {
    // An author's request names their maison; the nightly schedule names none and serves them all.
    return this.statistics.analyseAll(maisonId ? [maisonId] : undefined);
  }
}
