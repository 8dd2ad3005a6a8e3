import { logistic, type PrerequisiteMap } from './learner-model';

/**
 * What an advisor is judged to know: the learner model's probability of mastery averaged with a mixture of
 * knowledge tracers, per advisor, by how well each has predicted that advisor's answers.
 *
 * Why (measured by `npm run bench:adaptive`, docs/adaptive-engine.md): the learner model holds one ability per skill
 * and sees learning only through later answers, so an advisor who learnt from an explanation stays a gap for a while
 * (false gaps), and no mastery line moves that without letting real gaps through. A tracer that knows an advisor's
 * make-up (how much they knew at hire, how often they slip, how fast they learn and forget) reads the same answers
 * far better, but no one knows an advisor's make-up. So each of `MAKEUPS` traces the advisor as if it were theirs,
 * and each is weighed by how well it predicted their answers so far. Where the tracers predicted this advisor better
 * than the model, their judgement counts more, and the other way round.
 *
 * The model still chooses what is asked (`composeChallenge`): left to choose, a tracer stops asking what it
 * believes known and misses what is forgotten. The judgement is what the advisor, their path and HR read.
 */

/** One possible make-up of an advisor. */
export interface Makeup {
  /** Chance a skill is known at hire given its prerequisites are: the maison's own story, and everything else. */
  prior: { heritage: number; other: number };
  /** Chance a known skill is answered wrong. */
  slip: number;
  /** Chance an answer and its explanation teach a skill whose prerequisites are known. */
  learnRate: number;
  /** Time constant of forgetting a skill nothing known is built on, in days. */
  forgettingDays: number;
}

/**
 * The make-ups weighed: new to luxury, experienced elsewhere, transferred within the maison, in between; careful or
 * hurried; slow or quick to learn; quick or slow to forget. A finer grid measured no better.
 */
export const MAKEUPS: readonly Makeup[] = [
  { heritage: 0.03, other: 0.1 },
  { heritage: 0.05, other: 0.7 },
  { heritage: 0.6, other: 0.6 },
  { heritage: 0.2, other: 0.3 },
].flatMap((prior) => [0.05, 0.12].flatMap((slip) => [0.2, 0.45].flatMap((learnRate) => [20, 120].map((forgettingDays) => ({ prior, slip, learnRate, forgettingDays })))));

/** A skill is a gap when it is judged known with less than this probability. */
export const JUDGED_GAP_LINE = 0.45;

/** Judged known: not a gap. The one test the advisor's skills, gaps, path, badges and the bench draw the line with. */
export const isJudgedKnown = (probability: number | undefined): boolean => (probability ?? 0) >= JUDGED_GAP_LINE;

/** The skills the mixture traces: the maison's skill graph. */
export interface JudgementGraph {
  /** Every skill, each after its prerequisites (`prerequisiteOrder`). */
  order: readonly string[];
  prerequisites: PrerequisiteMap;
  /** Skills of the maison's own story (category HERITAGE): little of it is known at hire. */
  heritage: ReadonlySet<string>;
}

/** One advisor's mixture: plain data, stored as JSON. */
export interface MixtureState {
  /** The instant forgetting was last applied (ISO 8601), null before the first answer. */
  at: string | null;
  /** Per make-up (as `MAKEUPS`), the log of its weight, up to a constant (the largest is 0). */
  logWeights: number[];
  /** Per skill, the probability it is known under each make-up. */
  beliefs: Record<string, number[]>;
  /** Log-likelihood of the advisor's answers, each predicted before it was given, by the mixture and by the model. */
  logLikelihood: { mixture: number; model: number };
}

/** An answer as the mixture reads it. */
export interface JudgedAnswer {
  skills: readonly string[];
  /** Chance of a right answer without the knowledge (`ItemEstimate.guess`). */
  guess: number;
  correct: boolean;
  at: Date;
  /** The learner model's probability of a right answer, worked out before the answer (`predictSuccess`). */
  modelPrediction: number;
}

const DAY_MS = 86_400_000;
/** Probabilities are kept off 0 and 1, where a log-likelihood would be infinite. */
const clip = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));

export function emptyMixture(): MixtureState {
  return { at: null, logWeights: MAKEUPS.map(() => 0), beliefs: {}, logLikelihood: { mixture: 0, model: 0 } };
}

const dependentsOf = new WeakMap<PrerequisiteMap, Map<string, string[]>>();
function dependents(prerequisites: PrerequisiteMap): Map<string, string[]> {
  let found = dependentsOf.get(prerequisites);
  if (!found) {
    found = new Map();
    for (const [skill, direct] of prerequisites) for (const prerequisite of direct) found.set(prerequisite, [...(found.get(prerequisite) ?? []), skill]);
    dependentsOf.set(prerequisites, found);
  }
  return found;
}

/** Product over `codes` of their beliefs under make-up `k` (1 for none). */
function allKnown(beliefs: Record<string, number[]>, codes: readonly string[], k: number): number {
  let product = 1;
  for (const code of codes) product *= beliefs[code]?.[k] ?? 0;
  return product;
}

/**
 * A copy of the state with every skill of the graph traced, a skill met for the first time starting from what each
 * make-up expects of a new hire: known with its prior chance if its prerequisites are.
 */
function traced(state: MixtureState, graph: JudgementGraph): MixtureState {
  const beliefs: Record<string, number[]> = {};
  for (const [code, values] of Object.entries(state.beliefs)) beliefs[code] = [...values];
  for (const code of graph.order) {
    if (beliefs[code]) continue;
    const prerequisites = graph.prerequisites.get(code) ?? [];
    beliefs[code] = MAKEUPS.map((makeup, k) => (graph.heritage.has(code) ? makeup.prior.heritage : makeup.prior.other) * allKnown(beliefs, prerequisites, k));
  }
  return { ...state, logWeights: [...state.logWeights], beliefs, logLikelihood: { ...state.logLikelihood } };
}

/**
 * Forgetting from the state's instant up to `at`, in place: under each make-up a skill fades exponentially unless a
 * skill believed known is built on it. Time only moves forward (an answer synced late does not rewind it).
 */
function forget(state: MixtureState, graph: JudgementGraph, at: Date): void {
  const from = state.at === null ? at.getTime() : Date.parse(state.at);
  const days = (at.getTime() - from) / DAY_MS;
  if (days > 0) {
    const built = dependents(graph.prerequisites);
    MAKEUPS.forEach((makeup, k) => {
      const kept = Math.exp(-days / makeup.forgettingDays);
      for (const code of graph.order) {
        const keptAlive = (built.get(code) ?? []).some((dependent) => (state.beliefs[dependent]?.[k] ?? 0) > 0.5);
        if (!keptAlive) state.beliefs[code][k] *= kept;
      }
    });
  }
  if (state.at === null || days > 0) state.at = at.toISOString();
}

/**
 * The mixture after one answer: forgetting up to it; each make-up's weight times the chance it gave the answer, and
 * the mixture's and the model's log-likelihoods; then, under each make-up, Bayes on the item's skills (right when
 * all of them are known bar a slip, or by a guess) and the chance the explanation taught each of them.
 */
export function mixtureAfterAnswer(state: MixtureState, graph: JudgementGraph, answer: JudgedAnswer): MixtureState {
  const next = traced(state, graph);
  forget(next, graph, answer.at);
  const skills = [...new Set(answer.skills)].filter((code) => next.beliefs[code]);
  if (!skills.length) return next;
  const { guess, correct } = answer;
  const weights = normalised(next.logWeights);
  let mixturePrediction = 0;
  MAKEUPS.forEach((makeup, k) => {
    const known = allKnown(next.beliefs, skills, k);
    const right = clip(known * (1 - makeup.slip) + (1 - known) * guess);
    mixturePrediction += weights[k] * right;
    next.logWeights[k] += Math.log(correct ? right : 1 - right);
  });
  const top = Math.max(...next.logWeights);
  next.logWeights = next.logWeights.map((logWeight) => logWeight - top);
  const outcome = (p: number) => Math.log(correct ? clip(p) : 1 - clip(p));
  next.logLikelihood.mixture += outcome(mixturePrediction);
  next.logLikelihood.model += outcome(answer.modelPrediction);

  MAKEUPS.forEach((makeup, k) => {
    // Every skill of the item is judged on the beliefs before the answer, then all move at once.
    const before = skills.map((code) => next.beliefs[code][k]);
    const known = before.reduce((product, p) => product * p, 1);
    const after = skills.map((code, i) => {
      const p = before[i];
      const othersKnown = p > 0 ? known / p : 0;
      const ifKnown = correct ? othersKnown * (1 - makeup.slip) + (1 - othersKnown) * guess : othersKnown * makeup.slip + (1 - othersKnown) * (1 - guess);
      const ifNot = correct ? guess : 1 - guess;
      const evidence = p * ifKnown + (1 - p) * ifNot;
      const posterior = evidence > 0 ? (p * ifKnown) / evidence : p;
      return posterior + (1 - posterior) * makeup.learnRate * allKnown(next.beliefs, graph.prerequisites.get(code) ?? [], k);
    });
    skills.forEach((code, i) => (next.beliefs[code][k] = after[i]));
  });
  return next;
}

function normalised(logWeights: readonly number[]): number[] {
  const top = Math.max(...logWeights);
  const weights = logWeights.map((logWeight) => Math.exp(logWeight - top));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** How much the mixture counts against the model: logistic of how much better it predicted the advisor's answers. */
export function mixtureWeight(state: MixtureState): number {
  return logistic(state.logLikelihood.mixture - state.logLikelihood.model);
}

/**
 * The probability each skill is known, as judged: `w × the mixture's belief + (1 − w) × the model's probability of
 * mastery`, w being `mixtureWeight`. A skill the mixture does not trace yet (added to the graph since the advisor's
 * last answer) is judged by the model alone.
 */
export function judgedMastery(state: MixtureState, modelProbability: (code: string) => number, skills: readonly string[]): Map<string, number> {
  const weights = normalised(state.logWeights);
  const w = mixtureWeight(state);
  return new Map(
    skills.map((code) => {
      const beliefs = state.beliefs[code];
      const model = modelProbability(code);
      if (!beliefs) return [code, model];
      const mixture = beliefs.reduce((sum, belief, k) => sum + weights[k] * belief, 0);
      // Clamped: the weighted sums may round a last bit past 1.
      return [code, Math.min(1, Math.max(0, w * mixture + (1 - w) * model))];
    }),
  );
}
