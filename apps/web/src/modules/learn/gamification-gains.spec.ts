import { gamificationGains, type Gamification } from './gamification-gains';

function aGamification(totalXp: number, levelKey: Gamification['level']['key'], earned: string[]): Gamification {
  return {
    __typename: 'MyGamification',
    totalXp,
    xpToday: 0,
    leaderboardOptIn: false,
    level: { __typename: 'Level', key: levelKey, index: 0, floorXp: 0, nextXp: 1000, progress: 0 },
    streak: { __typename: 'Streak', current: 1, longest: 1, atRisk: false, freezeNeeded: false, freezes: 0, activeToday: true },
    badges: ['first-steps', 'heritage-keeper'].map((code) => ({
      __typename: 'Badge' as const,
      code,
      name: code,
      description: '',
      earned: earned.includes(code),
      awardedAt: null,
      current: 0,
      target: 1,
    })),
  };
}

describe('gamificationGains', () => {
  it('names the badges newly earned and a new title', () => {
    const gains = gamificationGains(aGamification(980, 'APPRENTICE', ['first-steps']), aGamification(1040, 'ARTISAN', ['first-steps', 'heritage-keeper']));
    expect(gains.newBadges.map((badge) => badge.code)).toEqual(['heritage-keeper']);
    expect(gains.newLevel).toBe('ARTISAN');
  });

  it('names nothing when nothing changed', () => {
    expect(gamificationGains(aGamification(40, 'APPRENTICE', []), aGamification(40, 'APPRENTICE', []))).toEqual({ newBadges: [], newLevel: null });
  });
});
