import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor } from '../../core/auth/request-context';
import { AdaptiveService } from './adaptive.service';
import { ChallengeModel, GapScopeEnum, GroupSkillGapModel, KnowledgeGapModel, PersonalPathModel, PlacementModel, SkillMasteryModel, type GapScope } from './dtos/adaptive.model';
import { PlacementService } from './placement.service';

@Resolver()
export class AdaptiveResolver {
  constructor(
    private readonly adaptive: AdaptiveService,
    private readonly placement: PlacementService,
  ) {}

  @Roles('ADVISOR')
  @Query(() => [SkillMasteryModel], { description: 'The skills of the advisor’s programs and where they stand on each' })
  mySkills(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<SkillMasteryModel[]> {
    return this.adaptive.mySkills(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => [KnowledgeGapModel], { description: 'The advisor’s knowledge gaps, those worth working on now first' })
  myGaps(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<KnowledgeGapModel[]> {
    return this.adaptive.myGaps(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => PersonalPathModel, { nullable: true, description: '“Your path”: what is left, what is skipped and why' })
  myPath(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<PersonalPathModel | null> {
    return this.adaptive.myPath(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => ChallengeModel, { nullable: true, description: 'Today’s challenge, each item with its reason; null until one is generated' })
  todayChallenge(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<ChallengeModel | null> {
    return this.adaptive.todayChallenge(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => PlacementModel, { description: 'Where the advisor’s placement stands' })
  myPlacement(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<PlacementModel> {
    return this.placement.mine(actor, locale);
  }

  @Roles('ADVISOR')
  @Mutation(() => PlacementModel, { description: 'Starts or continues the placement: the question to answer now, or DONE with the skills it showed as known' })
  nextPlacementQuestion(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<PlacementModel> {
    return this.placement.next(actor, locale);
  }

  @Roles('HR', 'AUTHOR', 'ADMIN')
  @Query(() => [GroupSkillGapModel], { description: 'Advisors with a gap on each onboarding skill, per boutique, region or cohort (counts only; groups of fewer than five active advisors are left out)' })
  skillGaps(
    @CurrentActor() actor: Actor,
    @Args('scope', { type: () => GapScopeEnum }) scope: GapScope,
    @Args('locale') locale: string,
    @Args('regionId', { type: () => ID, nullable: true, description: "Only the advisors of this region's boutiques" }) regionId: string | null,
  ): Promise<GroupSkillGapModel[]> {
    return this.adaptive.gapsByGroup(actor, scope, locale, regionId);
  }
}
