import fc from 'fast-check';
import { DEFAULT_LEVELS, LEVEL_KEYS, levelFor, levelReached, type LevelStep } from './levels';

describe('levels: golden examples', () => {
  it('a new advisor is an apprentice, a quarter of the way to artisan after 125 XP', () => {
    expect(levelFor(0)).toEqual({ index: 0, key: 'APPRENTICE', floorXp: 0, nextXp: 500, progress: 0 });
    expect(levelFor(125)).toEqual({ index: 0, key: 'APPRENTICE', floorXp: 0, nextXp: 500, progress: 0.25 });
  });

  it('each threshold belongs to the level it opens', () => {
    expect(levelFor(499).key).toBe('APPRENTICE');
    expect(levelFor(500)).toEqual({ index: 1, key: 'ARTISAN', floorXp: 500, nextXp: 2000, progress: 0 });
    expect(levelFor(2000).key).toBe('COMPAGNON');
    expect(levelFor(4000)).toEqual({ index: 2, key: 'COMPAGNON', floorXp: 2000, nextXp: 6000, progress: 0.5 });
    expect(levelFor(6000).key).toBe('MAITRE');
  });

  it("the top of the ladder is Maître d'art, with nothing further and full progress", () => {
    expect(levelFor(15_000)).toEqual({ index: 4, key: 'MAITRE_D_ART', floorXp: 15_000, nextXp: null, progress: 1 });
    expect(levelFor(1_000_000).key).toBe('MAITRE_D_ART');
  });

  it('the ladder names every level once, in order, with growing steps', () => {
    expect(DEFAULT_LEVELS.map((step) => step.key)).toEqual([...LEVEL_KEYS]);
    const gaps = DEFAULT_LEVELS.slice(1).map((step, i) => step.floorXp - DEFAULT_LEVELS[i].floorXp);
    gaps.slice(1).forEach((gap, i) => expect(gap).toBeGreaterThan(gaps[i]));
  });

  it('a negative total counts as 0; a total that is not a number is refused', () => {
    expect(levelFor(-20).key).toBe('APPRENTICE');
    expect(() => levelFor(Number.NaN)).toThrow(RangeError);
  });

  it('accepts another ladder, and refuses one that does not start at 0 or does not rise', () => {
    const short: LevelStep[] = [
      { key: 'APPRENTICE', floorXp: 0 },
      { key: 'MAITRE', floorXp: 100 },
    ];
    expect(levelFor(150, short)).toEqual({ index: 1, key: 'MAITRE', floorXp: 100, nextXp: null, progress: 1 });
    expect(() => levelFor(10, [{ key: 'APPRENTICE', floorXp: 10 }])).toThrow(RangeError);
    expect(() => levelFor(10, [{ key: 'APPRENTICE', floorXp: 0 }, { key: 'ARTISAN', floorXp: 0 }])).toThrow(RangeError);
  });

  it('tells when an award opens a new level, and only then', () => {
    expect(levelReached(480, 515)?.key).toBe('ARTISAN');
    expect(levelReached(400, 20_000)?.key).toBe('MAITRE_D_ART');
    expect(levelReached(510, 600)).toBeNull();
    expect(levelReached(600, 600)).toBeNull();
  });
});

describe('levels: properties', () => {
  const xp = fc.integer({ min: 0, max: 50_000 });

  it('more XP never means a lower level or, within a level, less progress', () => {
    fc.assert(
      fc.property(xp, xp, (a, b) => {
        const [low, high] = a <= b ? [levelFor(a), levelFor(b)] : [levelFor(b), levelFor(a)];
        expect(high.index).toBeGreaterThanOrEqual(low.index);
        if (high.index === low.index) expect(high.progress).toBeGreaterThanOrEqual(low.progress);
      }),
    );
  });

  it('progress is within [0, 1] and the total lies between the floor and the next threshold', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (total) => {
        const level = levelFor(total);
        expect(level.progress).toBeGreaterThanOrEqual(0);
        expect(level.progress).toBeLessThanOrEqual(1);
        expect(total).toBeGreaterThanOrEqual(level.floorXp);
        if (level.nextXp !== null) expect(total).toBeLessThan(level.nextXp);
        expect(level.key).toBe(DEFAULT_LEVELS[level.index].key);
      }),
    );
  });
});
