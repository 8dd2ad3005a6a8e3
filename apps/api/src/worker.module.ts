import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { StudioModule } from './modules/studio/studio.module';
import { LearningModule } from './modules/learning/learning.module';
import { GamificationModule } from './modules/gamification/gamification.module';

/** The BullMQ process: the same feature modules, with the outbox relay and queue workers on, and no HTTP. */
@Module({
  imports: [CoreModule.forRoot({ processors: true }), OrganisationModule, IdentityModule, StudioModule, LearningModule, GamificationModule],
})
export class WorkerModule {}
