import type { LearnGamification_GamificationFragment, LevelKey } from '../../generated/graphql';

export type Gamification = LearnGamification_GamificationFragment;
export type Badge = Gamification['badges'][number];

/** What changed between two readings of the advisor's gamification: XP earned, badges earned, a new title. */
export interface GamificationGains {
  xp: number;
  newBadges: Badge[];
  /** The level reached, when it changed. */
  newLevel: LevelKey | null;
}

export function gamificationGains(before: Gamification, after: Gamification): GamificationGains {
  const earnedBefore = new Set(before.badges.filter((badge) => badge.earned).map((badge) => badge.code));
  return {
    xp: Math.max(0, after.totalXp - before.totalXp),
    newBadges: after.badges.filter((badge) => badge.earned && !earnedBefore.has(badge.code)),
    newLevel: after.level.key !== before.level.key ? after.level.key : null,
  };
}
