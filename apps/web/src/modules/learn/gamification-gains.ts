import type { LearnGamification_GamificationFragment, LevelKey } from '../../generated/graphql';

export type Gamification = LearnGamification_GamificationFragment;
export type Badge = Gamification['badges'][number];

/**
 * What changed between two readings of the advisor's gamification: badges earned, a new title. Not XP: the total
 * moves with every answer of every module (a queue syncing meanwhile), so a module's XP is read from the ledger
 * (`myModuleXp`) instead.
 */
export interface GamificationGains {
  newBadges: Badge[];
  /** The level reached, when it changed. */
  newLevel: LevelKey | null;
}

export function gamificationGains(before: Gamification, after: Gamification): GamificationGains {
  const earnedBefore = new Set(before.badges.filter((badge) => badge.earned).map((badge) => badge.code));
  return {
    newBadges: after.badges.filter((badge) => badge.earned && !earnedBefore.has(badge.code)),
    newLevel: after.level.key !== before.level.key ? after.level.key : null,
  };
}
