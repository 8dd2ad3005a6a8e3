import { Module } from '@nestjs/common';
import { CohortsService } from './cohorts.service';
import { BoutiqueResolver, CohortResolver, MaisonResolver, RegionResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  providers: [OrganisationService, CohortsService, MaisonResolver, RegionResolver, BoutiqueResolver, CohortResolver],
  exports: [OrganisationService, CohortsService],
})
export class OrganisationModule {}
