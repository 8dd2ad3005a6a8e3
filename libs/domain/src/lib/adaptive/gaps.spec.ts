import fc from 'fast-check';
import { judgedGaps, knowledgeGaps, RECENT_WINDOW, type ProgramSkill, type RecentAnswers } from './gaps';
import { JUDGED_GAP_LINE } from './judgement';
import { masteryProbability, type PrerequisiteMap, type SkillEstimate } from './learner-model';
import { GOLDEN_PARAMS } from './golden-params.testing';

const params = GOLDEN_PARAMS;

const estimate = (mean: number, variance = 1): SkillEstimate => ({ mean, variance, evidence: 3, updatedAt: '2026-03-01T09:00:00.000Z' });
/** Mastery probabilities of these, with the params above: Φ((mean − 1.2) / σ). */
const MASTERED = estimate(3, 0.25); // Φ(3.6) ≈ 0.9998
const HALF = estimate(1.2); // Φ(0) = 0.5
const WEAK = estimate(0.2); // Φ(−1) ≈ 0.159
const WEAKER = estimate(-0.8); // Φ(−2) ≈ 0.023
const PRIOR_PROBABILITY = masteryProbability({ mean: 0, variance: 2.25, evidence: 0, updatedAt: null }, params); // Φ(−0.8) ≈ 0.212
const program = (...entries: Array<[string, number]>): ProgramSkill[] => entries.map(([code, importance]) => ({ code, importance }));
const NONE: PrerequisiteMap = new Map();
const NO_ANSWERS: RecentAnswers = new Map();

describe('knowledge gaps: which skills', () => {
  it('mastered skills are not gaps; skills below mastery are, with their probability', () => {
    const gaps = knowledgeGaps(program(['movement', 1], ['leather', 1]), new Map([['movement', MASTERED], ['leather', HALF]]), NONE, NO_ANSWERS, params);
    expect(gaps.map((gap) => gap.skill)).toEqual(['leather']);
    expect(gaps[0].masteryProbability).toBeCloseTo(0.5, 6);
  });

  it('the line is the mastered probability of the params: 0.853 is mastered, 0.742 is not', () => {
    // Φ((2.25 − 1.2) / 1) = Φ(1.05) = 0.8531 and Φ((1.85 − 1.2) / 1) = Φ(0.65) = 0.7422 against 0.8.
    const estimates = new Map([['movement', estimate(2.25)], ['leather', estimate(1.85)]]);
    expect(knowledgeGaps(program(['movement', 1], ['leather', 1]), estimates, NONE, NO_ANSWERS, params).map((gap) => gap.skill)).toEqual(['leather']);
    expect(knowledgeGaps(program(['movement', 1], ['leather', 1]), estimates, NONE, NO_ANSWERS, { ...params, masteredProbability: 0.9 }).map((gap) => gap.skill)).toEqual(['leather', 'movement']);
  });

  it('a skill never practised is a gap, at the prior', () => {
    const gaps = knowledgeGaps(program(['heritage', 2]), new Map(), NONE, NO_ANSWERS, params);
    expect(gaps).toEqual([{ skill: 'heritage', masteryProbability: PRIOR_PROBABILITY, priority: 2 * (1 - PRIOR_PROBABILITY), ready: true, underlying: null, evidence: { wrong: 0, recent: 0 } }]);
    expect(PRIOR_PROBABILITY).toBeCloseTo(0.211855, 5);
  });

  it('the prior given replaces the default one for skills never practised', () => {
    const confident = { mean: 3, variance: 0.1, evidence: 0, updatedAt: null };
    expect(knowledgeGaps(program(['heritage', 2]), new Map(), NONE, NO_ANSWERS, params, confident)).toEqual([]);
  });

  it('priority is importance × (1 − mastery probability), a negative importance counting as none', () => {
    const gaps = knowledgeGaps(program(['movement', 4], ['leather', -3]), new Map([['movement', HALF], ['leather', HALF]]), NONE, NO_ANSWERS, params);
    expect(gaps.find((gap) => gap.skill === 'movement')?.priority).toBeCloseTo(2, 6);
    expect(gaps.find((gap) => gap.skill === 'leather')?.priority).toBe(0);
  });
});

describe('knowledge gaps: ranking', () => {
  const prerequisites: PrerequisiteMap = new Map([['chronograph', ['movement']]]);

  it('ready gaps first, then by priority, then by code', () => {
    const estimates = new Map([
      ['movement', HALF],
      ['chronograph', WEAKER],
      ['leather', HALF],
      ['gemstones', HALF],
      ['heritage', WEAK],
    ]);
    // chronograph has the highest priority (10 × 0.977) but waits on movement: it comes last.
    // movement 3 × 0.5 = 1.5; heritage 1 × 0.841 = 0.841; leather and gemstones 1 × 0.5 each: by code.
    const gaps = knowledgeGaps(program(['chronograph', 10], ['leather', 1], ['movement', 3], ['heritage', 1], ['gemstones', 1]), estimates, prerequisites, NO_ANSWERS, params);
    expect(gaps.map((gap) => [gap.skill, gap.ready])).toEqual([
      ['movement', true],
      ['heritage', true],
      ['gemstones', true],
      ['leather', true],
      ['chronograph', false],
    ]);
  });

  it('the order holds whatever the program order (property)', () => {
    const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const arb = fc.record({
      importance: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: codes.length, maxLength: codes.length }),
      // Means on a grid, evenly spread: mastery probabilities fall on both sides of the line and near it.
      means: fc.array(fc.integer({ min: -20, max: 40 }).map((tenths) => tenths / 10), { minLength: codes.length, maxLength: codes.length }),
      // Prerequisites only towards earlier codes: a graph without cycles.
      parents: fc.array(fc.subarray(codes), { minLength: codes.length, maxLength: codes.length }),
      order: fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length }),
    });
    fc.assert(
      fc.property(arb, ({ importance, means, parents, order }) => {
        const estimates = new Map(codes.map((code, i) => [code, estimate(means[i])]));
        const graph: PrerequisiteMap = new Map(codes.map((code, i) => [code, parents[i].filter((parent) => parent < code)]));
        const skills = order.map((code) => ({ code, importance: importance[codes.indexOf(code)] }));
        const gaps = knowledgeGaps(skills, estimates, graph, NO_ANSWERS, params);
        const mastered = (code: string) => masteryProbability(estimates.get(code) as SkillEstimate, params) >= params.masteredProbability;
        expect(gaps.map((gap) => gap.skill).sort()).toEqual(codes.filter((code) => !mastered(code)));
        for (let i = 1; i < gaps.length; i++) {
          const [a, b] = [gaps[i - 1], gaps[i]];
          const inOrder = (a.ready && !b.ready) || (a.ready === b.ready && (a.priority > b.priority || (a.priority === b.priority && a.skill < b.skill)));
          expect(inOrder).toBe(true);
        }
        for (const gap of gaps) {
          expect(gap.ready).toBe((graph.get(gap.skill) ?? []).every(mastered));
          expect(gap.ready).toBe(gap.underlying === null);
        }
        expect(knowledgeGaps([...skills].reverse(), estimates, graph, NO_ANSWERS, params)).toEqual(gaps);
      }),
    );
  });
});

describe('knowledge gaps: what explains them', () => {
  it('underlying is the weakest direct prerequisite that is not mastered', () => {
    const prerequisites: PrerequisiteMap = new Map([['complications', ['movement', 'chronograph', 'dial']]]);
    const estimates = new Map([
      ['complications', WEAKER],
      ['movement', WEAK],
      ['chronograph', WEAKER],
      ['dial', MASTERED],
    ]);
    const [gap] = knowledgeGaps(program(['complications', 1]), estimates, prerequisites, NO_ANSWERS, params);
    expect(gap).toMatchObject({ skill: 'complications', ready: false, underlying: 'chronograph' });
  });

  it('equally weak prerequisites: the first by code; indirect prerequisites do not count', () => {
    const prerequisites: PrerequisiteMap = new Map([
      ['complications', ['movement', 'chronograph']],
      ['leather', ['tanning']],
      ['tanning', ['hides']],
    ]);
    const estimates = new Map([
      ['complications', WEAK],
      ['movement', WEAK],
      ['chronograph', WEAK],
      ['leather', WEAK],
      ['tanning', MASTERED],
      ['hides', WEAKER],
    ]);
    const gaps = knowledgeGaps(program(['complications', 1], ['leather', 1]), estimates, prerequisites, NO_ANSWERS, params);
    expect(gaps.find((gap) => gap.skill === 'complications')).toMatchObject({ ready: false, underlying: 'chronograph' });
    expect(gaps.find((gap) => gap.skill === 'leather')).toMatchObject({ ready: true, underlying: null });
  });

  it('a prerequisite never practised is weak: it is the underlying gap', () => {
    const [gap] = knowledgeGaps(program(['chronograph', 1]), new Map([['chronograph', WEAK]]), new Map([['chronograph', ['movement']]]), NO_ANSWERS, params);
    expect(gap).toMatchObject({ ready: false, underlying: 'movement' });
  });

  it(`evidence counts the last ${RECENT_WINDOW} answers, newest first`, () => {
    expect(RECENT_WINDOW).toBe(4);
    const recent: RecentAnswers = new Map([
      ['movement', [false, true, false, false, true, true, true]], // 3 of the last 4 wrong; older ones ignored
      ['leather', [true, true, true, true, false, false]], // the wrong ones are older than the window
      ['heritage', [false, true]], // fewer answers than the window
    ]);
    const estimates = new Map([['movement', WEAK], ['leather', WEAK], ['heritage', WEAK]]);
    const gaps = knowledgeGaps(program(['movement', 1], ['leather', 1], ['heritage', 1]), estimates, NONE, recent, params);
    const evidence = (code: string) => gaps.find((gap) => gap.skill === code)?.evidence;
    expect(evidence('movement')).toEqual({ wrong: 3, recent: 4 });
    expect(evidence('leather')).toEqual({ wrong: 0, recent: 4 });
    expect(evidence('heritage')).toEqual({ wrong: 1, recent: 2 });
  });
});

describe('knowledge gaps as judged', () => {
  const judged = new Map([
    ['movement', 0.9],
    ['chronograph', 0.44],
    ['complications', 0.2],
    ['leather', JUDGED_GAP_LINE],
  ]);
  const prerequisites: PrerequisiteMap = new Map([
    ['chronograph', ['movement']],
    ['complications', ['chronograph']],
  ]);
  const gaps = judgedGaps(program(['movement', 1], ['chronograph', 1], ['complications', 3], ['leather', 1], ['heritage', 1]), judged, prerequisites, NO_ANSWERS);

  it(`a skill judged known with less than ${JUDGED_GAP_LINE} is a gap, at its judged probability; one with no judgement is a gap too`, () => {
    expect(gaps.map((gap) => [gap.skill, gap.masteryProbability])).toEqual([
      ['heritage', 0],
      ['chronograph', 0.44],
      ['complications', 0.2],
    ]);
  });

  it('ready when no direct prerequisite is a gap; otherwise the weakest one underlies it', () => {
    expect(gaps.find((gap) => gap.skill === 'chronograph')).toMatchObject({ ready: true, underlying: null, priority: 0.56 });
    expect(gaps.find((gap) => gap.skill === 'complications')).toMatchObject({ ready: false, underlying: 'chronograph' });
  });
});
