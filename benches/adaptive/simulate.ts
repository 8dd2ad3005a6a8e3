import { DEFAULT_CHALLENGE_RULES, DEFAULT_DESIRED_RETENTION, streamFor } from '@savoir/domain';
import { ONBOARDING_PROGRAM } from '../../apps/api/src/seed/content/onboarding-program';
import { createLearner, PrerequisiteLearner, trueItems, type Family } from './learners';
import { auc, logLoss, mean, Predictions, ratio, round } from './metrics';
import { ItemBank, ModelComparison, runInformed, runLinear, runOracle, runSavoir, SavoirTally } from './policies';
import { benchProgram } from './program';

export interface BenchOptions {
  seed: number;
  learners: number;
  /** Advisors between two nightly item calibrations. */
  cohort: number;
  /** The maison's desired retention, as an admin sets it (`setDesiredRetention`). */
  desiredRetention: number;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = { seed: 42, learners: 1000, cohort: 100, desiredRetention: DEFAULT_DESIRED_RETENTION };

/** Targets of the product issue. */
export const TARGETS = { vsLinear: 0.6, vsOracle: 1.3, gapPrecision: 0.9, gapRecall: 0.9, falseMastery: 0.05, retentionPoints: 0.02 } as const;

/** Every advisor starts on a Monday morning; the date only anchors the clock. */
const START = Date.UTC(2026, 0, 5, 9, 0, 0);
/** Passes of the fixed program, and items for the others, before giving up on an advisor. */
const LINEAR_PASSES = 20;
const CAP_ITEMS = 3000;
const CHECKPOINT_EVERY = 20;
const RETENTION_DAYS = 30;

interface FamilyData {
  learners: number;
  items: { linear: number[]; savoir: number[]; oracle: number[] };
  capped: { linear: number; savoir: number; oracle: number };
  placementItems: number[];
  /** Family A only: the informed observer, without and with a heritage item in every challenge's worth of items. */
  informed: { plain: number[]; withStory: number[]; uses: Record<string, number> };
  tally: SavoirTally;
  /** Next-response predictions on the first pass of the fixed program (neither model chose the items). */
  linearStream: ModelComparison;
}

const emptyFamily = (): FamilyData => ({
  learners: 0,
  items: { linear: [], savoir: [], oracle: [] },
  capped: { linear: 0, savoir: 0, oracle: 0 },
  placementItems: [],
  informed: { plain: [], withStory: [], uses: {} },
  tally: new SavoirTally(),
  linearStream: new ModelComparison(),
});

export interface Progress {
  done: number;
  total: number;
  meanItems: { linear: number | null; savoir: number | null; oracle: number | null };
}

/** One row of figures: the overall ones, and the same for each family. */
function figures(data: FamilyData[], desiredRetention: number) {
  const items = (policy: 'linear' | 'savoir' | 'oracle') => mean(data.flatMap((family) => family.items[policy]));
  const sum = (pick: (tally: SavoirTally) => number) => data.reduce((total, family) => total + pick(family.tally), 0);
  const merged = (pick: (tally: SavoirTally) => Predictions) => data.reduce((all, family) => all.merge(pick(family.tally)), new Predictions());
  const linear = items('linear');
  const savoir = items('savoir');
  const oracle = items('oracle');
  const mastery = merged((tally) => tally.mastery);
  const both = (pick: (family: FamilyData) => Predictions) => data.reduce((all, family) => all.merge(pick(family)), new Predictions());
  const quality = (predictions: Predictions) => ({ auc: round(auc(predictions)), logLoss: round(logLoss(predictions)) });
  const reviews = sum((tally) => tally.reviews);
  const learners = data.reduce((total, family) => total + family.learners, 0);
  /** A tally's counts by key, summed over the families, keys in order. */
  const counts = (pick: (tally: SavoirTally) => Record<string, number>): Record<string, number> =>
    Object.fromEntries([...new Set(data.flatMap((family) => Object.keys(pick(family.tally))))].sort().map((key) => [key, data.reduce((total, family) => total + (pick(family.tally)[key] ?? 0), 0)]));
  return {
    learners,
    itemsToMastery: { linear: round(linear, 1), savoir: round(savoir, 1), oracle: round(oracle, 1) },
    ratioVsLinear: round(savoir !== null && linear ? savoir / linear : null, 3),
    ratioVsOracle: round(savoir !== null && oracle ? savoir / oracle : null, 3),
    gapPrecision: round(ratio(sum((t) => t.gapTruePositive), sum((t) => t.gapTruePositive + t.gapFalsePositive))),
    gapRecall: round(ratio(sum((t) => t.gapTruePositive), sum((t) => t.gapTruePositive + t.gapFalseNegative))),
    masteryAuc: round(auc(mastery)),
    masteryLogLoss: round(logLoss(mastery)),
    falseMasteryRate: round(ratio(sum((t) => t.falselyMastered), sum((t) => t.calledMastered))),
    retention30d: {
      desired: desiredRetention,
      observed: round(ratio(sum((t) => t.recalled), reviews)),
      answeredRight: round(ratio(sum((t) => t.answeredRight), reviews)),
      fsrsExpected: round(ratio(sum((t) => t.expectedRecall), reviews)),
      reviewsPerLearner: round(ratio(reviews, data.reduce((total, family) => total + family.learners - family.capped.savoir, 0)), 1),
      unreviewed: round(ratio(sum((t) => t.unreviewedKnown), sum((t) => t.unreviewedSkills))),
    },
    savoirItemsPerLearner: Object.fromEntries(Object.entries(counts((tally) => tally.itemUse)).map(([key, count]) => [key, round(ratio(count, learners), 1)])),
    placementItems: round(mean(data.flatMap((family) => family.placementItems)), 2),
    placedAsMastered: {
      perLearner: round(ratio(sum((t) => t.placedMastered), learners), 2),
      falseRate: round(ratio(sum((t) => t.placedFalsely), sum((t) => t.placedMastered))),
      modulesSkippedPerLearner: round(ratio(sum((t) => t.placedModulesSkipped), learners), 2),
      minutesSkippedPerLearner: round(ratio(sum((t) => t.placedMinutesSkipped), learners), 1),
      modulesSkippedFalseRate: round(ratio(sum((t) => t.placedModulesSkippedFalsely), sum((t) => t.placedModulesSkipped))),
      modulesKnownAtHirePerLearner: round(ratio(sum((t) => t.knownModulesAtHire), learners), 2),
      minutesKnownAtHirePerLearner: round(ratio(sum((t) => t.knownMinutesAtHire), learners), 1),
    },
    modelComparison: {
      stream: 'first pass of the fixed program',
      savoir: quality(both((family) => family.linearStream.engine)),
      bkt: quality(both((family) => family.linearStream.bkt)),
      responses: both((family) => family.linearStream.engine).size,
      onSavoirStream: {
        savoir: quality(both((family) => family.tally.next.engine)),
        bkt: quality(both((family) => family.tally.next.bkt)),
        responses: both((family) => family.tally.next.engine).size,
      },
    },
    gapErrors: counts((tally) => tally.errors),
    capped: {
      linear: data.reduce((total, family) => total + family.capped.linear, 0),
      savoir: data.reduce((total, family) => total + family.capped.savoir, 0),
      oracle: data.reduce((total, family) => total + family.capped.oracle, 0),
    },
  };
}

export type BenchFigures = ReturnType<typeof figures>;

/**
 * The informed observer against Savoir and the oracle on the same family A advisors: how far right and wrong
 * answers take an engine that knows everything of each advisor but what they know, and how far Savoir is from it.
 */
function informedFigures(family: FamilyData) {
  const informed = mean(family.informed.plain);
  const withStory = mean(family.informed.withStory);
  const oracle = mean(family.items.oracle);
  const savoir = mean(family.items.savoir);
  const { tally } = family;
  return {
    family: 'A' as const,
    itemsToMastery: { oracle: round(oracle, 1), informed: round(informed, 1), informedWithHeritageItem: round(withStory, 1), savoir: round(savoir, 1) },
    informedVsOracle: round(informed !== null && oracle ? informed / oracle : null, 3),
    /** The informed observer's items (without the story item), by what they could do: `known` ones only confirm. */
    informedItemsPerLearner: Object.fromEntries(Object.entries(family.informed.uses).map(([use, count]) => [use, round(ratio(count, family.informed.plain.length), 1)])),
    savoirVsInformedWithHeritageItem: round(savoir !== null && withStory ? savoir / withStory : null, 3),
    /** Gaps judged by the informed belief on Savoir's own answers, at Savoir's checkpoints. */
    gapPrecision: round(ratio(tally.informedGapTruePositive, tally.informedGapTruePositive + tally.informedGapFalsePositive)),
    gapRecall: round(ratio(tally.informedGapTruePositive, tally.informedGapTruePositive + tally.informedGapFalseNegative)),
  };
}

export interface BenchReport extends BenchFigures {
  seed: number;
  informedObserver: ReturnType<typeof informedFigures>;
  families: Record<Family, BenchFigures>;
  targets: Record<string, { target: string; reached: number | null; met: boolean }>;
  elapsedMs: number;
}

/**
 * Simulates `learners` advisors (families A and B alternately) through the demo onboarding program under the
 * three policies, with the same advisors and the same seeds, and sums up what the issue measures.
 */
export function runBench(options: Partial<BenchOptions> = {}, onProgress?: (progress: Progress) => void): BenchReport {
  const { seed, learners, cohort, desiredRetention } = { ...DEFAULT_BENCH_OPTIONS, ...options };
  const began = performance.now();
  const program = benchProgram(ONBOARDING_PROGRAM);
  const items = trueItems(program, seed);
  const bank = new ItemBank(program);
  // The watching engine of the fixed program has its own item beliefs: its answers are another maison's.
  const linearBank = new ItemBank(program);
  const data: Record<Family, FamilyData> = { A: emptyFamily(), B: emptyFamily() };

  for (let i = 0; i < learners; i++) {
    const family: Family = i % 2 === 0 ? 'A' : 'B';
    const learner = createLearner(family, program, items, START, streamFor(seed, 'learner', i));
    const row = data[family];
    row.learners++;

    const linear = runLinear(learner.fork(streamFor(seed, 'learner', i, 'linear')), program, START, LINEAR_PASSES * program.linearSequence.length, { bank: linearBank, comparison: row.linearStream });
    const oracle = runOracle(learner.fork(streamFor(seed, 'learner', i, 'oracle')), program, START, CAP_ITEMS);
    const savoir = runSavoir(learner.fork(streamFor(seed, 'learner', i, 'savoir')), program, bank, row.tally, {
      start: START,
      cap: CAP_ITEMS,
      checkpointEvery: CHECKPOINT_EVERY,
      retentionDays: RETENTION_DAYS,
      desiredRetention,
      unreviewed: streamFor(seed, 'learner', i, 'unreviewed'),
    });
    row.items.linear.push(linear.items);
    row.items.oracle.push(oracle.items);
    row.items.savoir.push(savoir.items);
    row.placementItems.push(savoir.placementItems);
    if (learner instanceof PrerequisiteLearner) {
      const informed = runInformed(learner.fork(streamFor(seed, 'learner', i, 'informed')), program, START, CAP_ITEMS);
      row.informed.plain.push(informed.items);
      for (const [use, count] of Object.entries(informed.uses)) row.informed.uses[use] = (row.informed.uses[use] ?? 0) + count;
      row.informed.withStory.push(runInformed(learner.fork(streamFor(seed, 'learner', i, 'informed')), program, START, CAP_ITEMS, DEFAULT_CHALLENGE_RULES.size).items);
    }
    if (linear.capped) row.capped.linear++;
    if (oracle.capped) row.capped.oracle++;
    if (savoir.capped) row.capped.savoir++;

    if ((i + 1) % cohort === 0) {
      bank.calibrate();
      linearBank.calibrate();
    }
    if (onProgress && ((i + 1) % Math.max(1, Math.floor(learners / 10)) === 0 || i + 1 === learners)) {
      const all = [data.A, data.B];
      onProgress({
        done: i + 1,
        total: learners,
        meanItems: { linear: mean(all.flatMap((d) => d.items.linear)), savoir: mean(all.flatMap((d) => d.items.savoir)), oracle: mean(all.flatMap((d) => d.items.oracle)) },
      });
    }
  }

  const overall = figures([data.A, data.B], desiredRetention);
  const retentionGap = overall.retention30d.observed === null ? null : Math.abs(overall.retention30d.observed - desiredRetention);
  const target = (text: string, reached: number | null, met: (value: number) => boolean) => ({ target: text, reached, met: reached !== null && met(reached) });
  return {
    seed,
    ...overall,
    families: { A: figures([data.A], desiredRetention), B: figures([data.B], desiredRetention) },
    informedObserver: informedFigures(data.A),
    targets: {
      itemsVsLinear: target(`<= ${TARGETS.vsLinear}`, overall.ratioVsLinear, (value) => value <= TARGETS.vsLinear),
      itemsVsOracle: target(`<= ${TARGETS.vsOracle}`, overall.ratioVsOracle, (value) => value <= TARGETS.vsOracle),
      gapPrecision: target(`>= ${TARGETS.gapPrecision}`, overall.gapPrecision, (value) => value >= TARGETS.gapPrecision),
      gapRecall: target(`>= ${TARGETS.gapRecall}`, overall.gapRecall, (value) => value >= TARGETS.gapRecall),
      falseMasteryRate: target(`<= ${TARGETS.falseMastery}`, overall.falseMasteryRate, (value) => value <= TARGETS.falseMastery),
      retention30d: target(`|observed - ${desiredRetention}| <= ${TARGETS.retentionPoints}`, round(retentionGap), (value) => value <= TARGETS.retentionPoints + 1e-9),
    },
    elapsedMs: Math.round(performance.now() - began),
  };
}
