/**
 * Levels: a title, the way a maison's workshops name their ranks, from apprentice to master of the craft.
 * Keys are stable codes; the web app translates them ("Maître d'art" stays French in every language, as titles do).
 */

export const LEVEL_KEYS = ['APPRENTICE', 'ARTISAN', 'COMPAGNON', 'MAITRE', 'MAITRE_D_ART'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

export interface LevelStep {
  key: LevelKey;
  /** Total XP at which the level is reached. The first step is at 0. */
  floorXp: number;
}

/**
 * The ladder. An advisor who completes a daily challenge earns about 100 XP a day, so:
 * Artisan after about a week, Compagnon after about a month (the first weeks of onboarding), Maître after about
 * three months of practice (onboarded and fluent), Maître d'art after about half a year of steady practice.
 * Each step asks more than the last (gaps 500, 1500, 4000, 9000): early titles come quickly, the last is rare.
 */
export const DEFAULT_LEVELS: ReadonlyArray<LevelStep> = [
  { key: 'APPRENTICE', floorXp: 0 },
  { key: 'ARTISAN', floorXp: 500 },
  { key: 'COMPAGNON', floorXp: 2_000 },
  { key: 'MAITRE', floorXp: 6_000 },
  { key: 'MAITRE_D_ART', floorXp: 15_000 },
];

export interface Level {
  /** Position on the ladder, 0 for the first level. */
  index: number;
  key: LevelKey;
  /** XP at which this level was reached. */
  floorXp: number;
  /** XP at which the next level is reached; null at the top of the ladder. */
  nextXp: number | null;
  /** Progress from this level's floor to the next, 0..1; 1 at the top of the ladder. */
  progress: number;
}

function checkLadder(ladder: ReadonlyArray<LevelStep>): void {
  if (!ladder.length || ladder[0].floorXp !== 0) throw new RangeError('A level ladder starts at 0 XP');
  ladder.forEach((step, i) => {
    if (i > 0 && !(step.floorXp > ladder[i - 1].floorXp)) throw new RangeError('A level ladder rises strictly');
  });
}

/** The level of an advisor with `totalXp` (negative totals count as 0). */
export function levelFor(totalXp: number, ladder: ReadonlyArray<LevelStep> = DEFAULT_LEVELS): Level {
  if (Number.isNaN(totalXp)) throw new RangeError('totalXp must be a number');
  checkLadder(ladder);
  const xp = Math.max(0, totalXp);
  let index = 0;
  while (index + 1 < ladder.length && ladder[index + 1].floorXp <= xp) index++;
  const { key, floorXp } = ladder[index];
  const nextXp = index + 1 < ladder.length ? ladder[index + 1].floorXp : null;
  const progress = nextXp === null ? 1 : Math.min(1, (xp - floorXp) / (nextXp - floorXp));
  return { index, key, floorXp, nextXp, progress };
}

/** The level newly reached when a total goes from `previousXp` to `totalXp`, or null when the title is unchanged. */
export function levelReached(previousXp: number, totalXp: number, ladder: ReadonlyArray<LevelStep> = DEFAULT_LEVELS): Level | null {
  const before = levelFor(previousXp, ladder);
  const after = levelFor(totalXp, ladder);
  return after.index > before.index ? after : null;
}
