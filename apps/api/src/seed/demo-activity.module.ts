import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { GamificationModule } from '../modules/gamification/gamification.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { LearningModule } from '../modules/learning/learning.module';
import { OrganisationModule } from '../modules/organisation/organisation.module';
import { StudioModule } from '../modules/studio/studio.module';

/**
 * What the demo history needs to record answers as the API does: the app's database role and services, without
 * HTTP, queue workers or the outbox relay (the worker relays its events). Every module with job handlers is here,
 * as in the API, since the queues check at start that each job has its handler.
 */
@Module({ imports: [CoreModule.forRoot({ processors: false }), OrganisationModule, IdentityModule, StudioModule, LearningModule, GamificationModule] })
export class DemoActivityModule {}
