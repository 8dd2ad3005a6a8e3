import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LEVEL_KEYS, type LevelKey } from '@savoir/domain';
import { enumOf } from '../../studio/dtos/studio.model';

export const LevelKeyEnum = enumOf(LEVEL_KEYS);
registerEnumType(LevelKeyEnum, { name: 'LevelKey', description: 'The maison’s ladder: Apprentice → Artisan → Compagnon → Maître → Maître d’art' });

export const LeaderboardScopeEnum = { BOUTIQUE: 'BOUTIQUE', REGION: 'REGION' } as const;
export type LeaderboardScope = keyof typeof LeaderboardScopeEnum;
registerEnumType(LeaderboardScopeEnum, { name: 'LeaderboardScope' });

@ObjectType('Level')
export class LevelModel {
  @Field(() => LevelKeyEnum) key!: LevelKey;
  @Field(() => Int) index!: number;
  @Field(() => Int) floorXp!: number;
  @Field(() => Int, { nullable: true, description: 'XP of the next level; null at the top' }) nextXp!: number | null;
  @Field(() => Float, { description: 'From this level to the next, 0 to 1' }) progress!: number;
}

@ObjectType('Streak')
export class StreakModel {
  @Field(() => Int, { description: 'Consecutive days, as of now in the advisor’s zone (0 once broken)' }) current!: number;
  @Field(() => Int) longest!: number;
  @Field({ description: 'Alive, and today has no activity yet' }) atRisk!: boolean;
  @Field({ description: 'Practising today spends a freeze (yesterday was missed)' }) freezeNeeded!: boolean;
  @Field(() => Int, { description: 'Freezes banked' }) freezes!: number;
  @Field({ description: 'Active today' }) activeToday!: boolean;
}

@ObjectType('Badge')
export class BadgeModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() earned!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) awardedAt!: Date | null;
  @Field(() => Int, { description: 'Quiet progress: current of target' }) current!: number;
  @Field(() => Int) target!: number;
}

@ObjectType('MyGamification')
export class MyGamificationModel {
  @Field(() => Int) totalXp!: number;
  @Field(() => Int, { description: 'XP earned today, in the advisor’s zone' }) xpToday!: number;
  @Field(() => LevelModel) level!: LevelModel;
  @Field(() => StreakModel) streak!: StreakModel;
  @Field(() => [BadgeModel], { description: 'Earned first (latest first), then the rest by progress' }) badges!: BadgeModel[];
  @Field({ description: 'Appears on the weekly leaderboards (off unless the advisor opted in)' }) leaderboardOptIn!: boolean;
}

@ObjectType('LeaderboardRow')
export class LeaderboardRowModel {
  @Field(() => Int) rank!: number;
  @Field() displayName!: string;
  @Field(() => Int) xp!: number;
  @Field() isViewer!: boolean;
  @Field({ description: 'Colleagues are left out just before this row' }) gapBefore!: boolean;
}

@ObjectType('Leaderboard', { description: 'This week’s XP, opted-in colleagues only; a window around the viewer, never the last places of others' })
export class LeaderboardModel {
  @Field({ description: 'ISO week, e.g. 2026-W48' }) week!: string;
  @Field() optedIn!: boolean;
  @Field(() => Int, { nullable: true }) viewerRank!: number | null;
  @Field(() => Int, { description: 'Colleagues on the board' }) total!: number;
  @Field(() => [LeaderboardRowModel]) rows!: LeaderboardRowModel[];
}

@ObjectType('TeamQuest', { description: 'The boutique’s shared weekly goal: the sum of everyone’s XP, never who did what' })
export class TeamQuestModel {
  @Field() week!: string;
  @Field() boutiqueName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) goal!: number;
  @Field(() => Float) progress!: number;
  @Field() reached!: boolean;
}

@ObjectType('BadgeCredential')
export class BadgeCredentialModel {
  @Field(() => ID) awardId!: string;
  @Field({ description: 'The Open Badges 3.0 credential, JSON-LD' }) json!: string;
}

@ObjectType({ description: 'What a module or challenge has earned the advisor so far, from the ledger' })
export class EarnedXpModel {
  @Field(() => Int) xp!: number;
  @Field(() => Int, { description: 'The events that earn XP there: the answers (and a module’s completion)' }) events!: number;
  @Field(() => Int, { description: 'Those the worker has awarded so far (some earn 0 XP, e.g. an item rewarded lately): once all are, the XP is final' }) awarded!: number;
}
