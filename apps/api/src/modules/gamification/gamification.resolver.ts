import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor } from '../../core/auth/request-context';
import { BadgeCredentialModel, EarnedXpModel, LeaderboardModel, LeaderboardScopeEnum, MyGamificationModel, TeamQuestModel, type LeaderboardScope } from './dtos/gamification.model';
import { GamificationService } from './gamification.service';

@Resolver()
export class GamificationResolver {
  constructor(private readonly gamification: GamificationService) {}

  @Roles('ADVISOR')
  @Query(() => MyGamificationModel)
  myGamification(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<MyGamificationModel> {
    return this.gamification.mine(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => EarnedXpModel, { description: 'What a module has earned the advisor so far: its answers and its completion' })
  myModuleXp(@CurrentActor() actor: Actor, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<EarnedXpModel> {
    return this.gamification.moduleXp(actor, moduleId);
  }

  @Roles('ADVISOR')
  @Query(() => EarnedXpModel, { description: 'What a challenge has earned the advisor so far: their answers to its items since it was generated' })
  myChallengeXp(@CurrentActor() actor: Actor, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<EarnedXpModel> {
    return this.gamification.challengeXp(actor, challengeId);
  }

  @Roles('ADVISOR')
  @Query(() => LeaderboardModel, { description: 'Empty unless the advisor opted in' })
  leaderboard(@CurrentActor() actor: Actor, @Args('scope', { type: () => LeaderboardScopeEnum }) scope: LeaderboardScope): Promise<LeaderboardModel> {
    return this.gamification.leaderboard(actor, scope);
  }

  @Roles('ADVISOR')
  @Query(() => TeamQuestModel, { nullable: true, description: 'Null in a boutique of fewer than five active advisors: the sum would tell what a few named colleagues earned' })
  teamQuest(@CurrentActor() actor: Actor): Promise<TeamQuestModel | null> {
    return this.gamification.teamQuest(actor);
  }

  @Roles('ADVISOR')
  @Query(() => BadgeCredentialModel, { description: 'An earned badge as an Open Badges 3.0 credential (JSON-LD)' })
  badgeCredential(@CurrentActor() actor: Actor, @Args('code') code: string, @Args('locale') locale: string): Promise<BadgeCredentialModel> {
    return this.gamification.credential(actor, code, locale);
  }

  @Roles('ADVISOR')
  @Mutation(() => Boolean, { description: 'Opt in to (true) or out of (false) the weekly leaderboards; every choice is recorded' })
  setLeaderboardConsent(@CurrentActor() actor: Actor, @Args('optIn') optIn: boolean): Promise<boolean> {
    return this.gamification.setLeaderboardConsent(actor, optIn);
  }
}
