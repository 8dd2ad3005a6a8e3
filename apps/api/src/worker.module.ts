import { Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { StudioModule } from './modules/studio/studio.module';

/** The BullMQ process: the same feature modules, with the outbox relay and queue workers on, and no HTTP. */
@Module({
  imports: [CoreModule.forRoot({ processors: true }), OrganisationModule, IdentityModule, StudioModule],
})
export class WorkerModule {}
