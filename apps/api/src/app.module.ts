import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { GraphqlModule } from './core/graphql/graphql.module';
import { HealthController } from './core/health/health.controller';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { StudioModule } from './modules/studio/studio.module';
import { LearningModule } from './modules/learning/learning.module';
import { GamificationModule } from './modules/gamification/gamification.module';

/** The HTTP + GraphQL process: serves requests, publishes events, runs no jobs. */
@Module({
  imports: [CoreModule.forRoot({ processors: false }), GraphqlModule, OrganisationModule, IdentityModule, StudioModule, LearningModule, GamificationModule],
  controllers: [HealthController],
})
export class AppModule {}
