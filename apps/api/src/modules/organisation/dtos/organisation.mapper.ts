import type { BoutiqueEntity } from '../entities/boutique.entity';
import type { CohortEntity } from '../entities/cohort.entity';
import type { MaisonEntity } from '../entities/maison.entity';
import type { RegionEntity } from '../entities/region.entity';
import type { BoutiqueModel, CohortModel, MaisonModel, RegionModel } from './organisation.model';

export const toMaisonModel = (maison: MaisonEntity): MaisonModel => ({
  id: maison.id,
  name: maison.name,
  slug: maison.slug,
  defaultLocale: maison.defaultLocale,
  fourEyesPublishing: maison.fourEyesPublishing,
  desiredRetention: maison.desiredRetention,
});

export const toRegionModel = (region: RegionEntity): RegionModel => ({ id: region.id, name: region.name });

export const toBoutiqueModel = (boutique: BoutiqueEntity): BoutiqueModel => ({
  id: boutique.id,
  name: boutique.name,
  city: boutique.city,
  country: boutique.country,
  timezone: boutique.timezone,
  locale: boutique.locale,
  regionId: boutique.regionId,
});

export const toCohortModel = (cohort: CohortEntity): CohortModel => ({
  id: cohort.id,
  name: cohort.name,
  kind: cohort.kind,
  description: cohort.description,
});
