import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Role } from '@savoir/domain';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor, FieldRequest, type AuthenticatedRequest } from '../../core/auth/request-context';
import { byKeys, RequestLoaders } from '../../core/dataloader/request-loaders';
import { DomainError } from '../../core/errors/domain-error';
import { CohortMembersInput, CreateBoutiqueInput, CreateCohortInput, CreateRegionInput, UpdateBoutiqueInput, UpdateCohortInput, UpdateRegionInput } from './dtos/organisation.input';
import { toBoutiqueModel, toCohortModel, toMaisonModel, toRegionModel } from './dtos/organisation.mapper';
import { BoutiqueModel, CohortModel, MaisonModel, RegionModel } from './dtos/organisation.model';
import { CohortsService } from './cohorts.service';
import { OrganisationService } from './organisation.service';

/** Who may list the maison's boutiques and their advisor counts, by the `boutiques` query or through a region. */
const BOUTIQUE_READERS = ['ADMIN', 'HR'] as const satisfies readonly Role[];

/**
 * Fields reached from any user's own boutique (`me { boutique { ... } }`) that reveal the other boutiques or their
 * headcounts answer only those who may list boutiques, as the `boutiques` query does.
 */
function assertMayListBoutiques(actor: Actor): void {
  if (!actor.roles.some((role) => (BOUTIQUE_READERS as readonly Role[]).includes(role))) throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
}

@Resolver(() => MaisonModel)
export class MaisonResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Roles('ADMIN')
  @Mutation(() => MaisonModel, { description: 'Turns four-eyes publishing on or off for the maison' })
  async setFourEyesPublishing(@CurrentActor() actor: Actor, @Args('enabled') enabled: boolean): Promise<MaisonModel> {
    return toMaisonModel(await this.organisation.setFourEyesPublishing(actor, enabled));
  }

  @Roles('ADMIN')
  @Mutation(() => MaisonModel, { description: 'Sets the retention spaced review aims at (0.75 to 0.97; default 0.90). Codes: VALIDATION_FAILED' })
  async setDesiredRetention(@CurrentActor() actor: Actor, @Args('retention', { type: () => Float }) retention: number): Promise<MaisonModel> {
    return toMaisonModel(await this.organisation.setDesiredRetention(actor, retention));
  }
}

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly loaders: RequestLoaders,
  ) {}

  // Authors read the regions' names to filter the knowledge gaps Studio shows them; their boutiques stay HR's and admins'.
  @Roles('ADMIN', 'HR', 'AUTHOR')
  @Query(() => [RegionModel])
  async regions(@CurrentActor() actor: Actor): Promise<RegionModel[]> {
    return (await this.organisation.regions(actor)).map(toRegionModel);
  }

  @Roles('ADMIN')
  @Mutation(() => RegionModel)
  async createRegion(@CurrentActor() actor: Actor, @Args('input') input: CreateRegionInput): Promise<RegionModel> {
    return toRegionModel(await this.organisation.createRegion(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => RegionModel)
  async updateRegion(@CurrentActor() actor: Actor, @Args('input') input: UpdateRegionInput): Promise<RegionModel> {
    return toRegionModel(await this.organisation.updateRegion(actor, input));
  }

  @ResolveField(() => [BoutiqueModel])
  async boutiques(@Parent() region: RegionModel, @FieldRequest() req: AuthenticatedRequest): Promise<BoutiqueModel[]> {
    assertMayListBoutiques(req.actor);
    const loader = this.loaders.get<string, BoutiqueModel[]>(req, 'boutiquesByRegion', async (regionIds) => {
      const boutiques = (await this.organisation.boutiques(req.actor, regionIds)).map(toBoutiqueModel);
      return regionIds.map((id) => boutiques.filter((boutique) => boutique.regionId === id));
    });
    return loader.load(region.id);
  }
}

@Resolver(() => BoutiqueModel)
export class BoutiqueResolver {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(...BOUTIQUE_READERS)
  @Query(() => [BoutiqueModel])
  async boutiques(@CurrentActor() actor: Actor): Promise<BoutiqueModel[]> {
    return (await this.organisation.boutiques(actor)).map(toBoutiqueModel);
  }

  @Roles('ADMIN')
  @Mutation(() => BoutiqueModel)
  async createBoutique(@CurrentActor() actor: Actor, @Args('input') input: CreateBoutiqueInput): Promise<BoutiqueModel> {
    return toBoutiqueModel(await this.organisation.createBoutique(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => BoutiqueModel)
  async updateBoutique(@CurrentActor() actor: Actor, @Args('input') input: UpdateBoutiqueInput): Promise<BoutiqueModel> {
    return toBoutiqueModel(await this.organisation.updateBoutique(actor, input));
  }

  @ResolveField(() => RegionModel)
  async region(@Parent() boutique: BoutiqueModel, @FieldRequest() req: AuthenticatedRequest): Promise<RegionModel> {
    const loader = this.loaders.get<string, RegionModel | null>(req, 'regionById', async (ids) =>
      byKeys(ids, (await this.organisation.regionsByIds(req.actor, ids)).map(toRegionModel), (region) => region.id),
    );
    const region = await loader.load(boutique.regionId);
    if (!region) throw new Error(`Boutique ${boutique.id} has no region`);
    return region;
  }

  @ResolveField(() => Int, { description: 'Active advisors of this boutique' })
  async advisorCount(@Parent() boutique: BoutiqueModel, @FieldRequest() req: AuthenticatedRequest): Promise<number> {
    assertMayListBoutiques(req.actor);
    const loader = this.loaders.get<string, number>(req, 'advisorCountByBoutique', async (ids) => {
      const counts = await this.organisation.advisorCounts(req.actor, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return loader.load(boutique.id);
  }
}

@Resolver(() => CohortModel)
export class CohortResolver {
  constructor(
    private readonly cohortsService: CohortsService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles('ADMIN', 'HR')
  @Query(() => [CohortModel])
  async cohorts(@CurrentActor() actor: Actor): Promise<CohortModel[]> {
    return (await this.cohortsService.list(actor)).map(toCohortModel);
  }

  @Roles('ADMIN', 'HR')
  @Query(() => CohortModel)
  async cohort(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CohortModel> {
    return toCohortModel(await this.cohortsService.get(actor, id));
  }

  @Roles('ADMIN')
  @Mutation(() => CohortModel)
  async createCohort(@CurrentActor() actor: Actor, @Args('input') input: CreateCohortInput): Promise<CohortModel> {
    return toCohortModel(await this.cohortsService.create(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => CohortModel)
  async updateCohort(@CurrentActor() actor: Actor, @Args('input') input: UpdateCohortInput): Promise<CohortModel> {
    return toCohortModel(await this.cohortsService.update(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => CohortModel)
  async addCohortMembers(@CurrentActor() actor: Actor, @Args('input') input: CohortMembersInput): Promise<CohortModel> {
    return toCohortModel(await this.cohortsService.addMembers(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => CohortModel)
  async removeCohortMembers(@CurrentActor() actor: Actor, @Args('input') input: CohortMembersInput): Promise<CohortModel> {
    return toCohortModel(await this.cohortsService.removeMembers(actor, input));
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() cohort: CohortModel, @FieldRequest() req: AuthenticatedRequest): Promise<number> {
    const loader = this.loaders.get<string, number>(req, 'memberCountByCohort', async (ids) => {
      const counts = await this.cohortsService.memberCounts(req.actor, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return loader.load(cohort.id);
  }
}
