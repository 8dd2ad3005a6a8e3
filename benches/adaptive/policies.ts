import {
  calibrateItem,
  cardsAfterAnswer,
  composeChallenge,
  DEFAULT_MODEL_PARAMS,
  DEFAULT_TRACING_PARAMS,
  dueReviews,
  emptyMixture,
  INITIAL_REVIEW_PACE,
  isMastered,
  isPacedReview,
  isJudgedKnown,
  judgedGaps,
  judgedMastery,
  knowledgeGaps,
  masteryProbability,
  mixtureAfterAnswer,
  nextPlacementItem,
  paceAfterReview,
  personalPath,
  placedAsMastered,
  predictSuccess,
  priorItem,
  priorSkill,
  RECENT_WINDOW,
  retrievability,
  skillAt,
  skillsToReview,
  tracingPredict,
  tracingUpdate,
  updateOnAnswer,
  type ChallengeCandidate,
  type ChallengeReason,
  type ItemEstimate,
  type ItemResponse,
  type KnowledgeGap,
  type MixtureState,
  type ProgramSkill,
  type Random,
  type ReviewCard,
  type ReviewPace,
  type SkillEstimate,
} from '@savoir/domain';
import { PrerequisiteLearner, type GroundTruthLearner, type PrerequisiteMakeup } from './learners';
import { Predictions } from './metrics';
import type { BenchItem, BenchProgram } from './program';

/**
 * The three ways of teaching the same advisors. Every policy answers at the same pace (two sittings of five
 * items a day), so forgetting weighs on each alike, and stops the moment the advisor truly knows every skill of
 * the program (or at its cap).
 */
export const ITEMS_PER_SITTING = 5;
export const SITTINGS = [9, 14] as const;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Items answered this recently are asked again only when nothing else fits (the worker's window). */
const RECENTLY_SEEN_MS = 2 * DAY_MS;

/** When the k-th item (from 0) is answered. */
export function slotTime(start: number, k: number): number {
  const perDay = ITEMS_PER_SITTING * SITTINGS.length;
  const day = Math.floor(k / perDay);
  const sitting = Math.floor((k % perDay) / ITEMS_PER_SITTING);
  return start + day * DAY_MS + (SITTINGS[sitting] - SITTINGS[0]) * 3_600_000 + (k % ITEMS_PER_SITTING) * 2 * MINUTE_MS;
}

export interface PolicyRun {
  items: number;
  /** The cap was reached before the advisor knew every skill. */
  capped: boolean;
}

/**
 * The engine's item beliefs, shared by every advisor as in one maison: each answer moves the item's difficulty
 * (`updateOnAnswer`), and every `cohort` advisors the nightly job re-estimates each item from all its responses
 * (`calibrateItem`), with the ability the worker records (the mean of the item's skills before the answer).
 */
export class ItemBank {
  private readonly estimates = new Map<string, ItemEstimate>();
  private readonly priors = new Map<string, ItemEstimate>();
  private readonly responses = new Map<string, ItemResponse[]>();

  constructor(program: BenchProgram) {
    for (const item of program.items) {
      const prior = priorItem(item.difficulty, item.guess);
      this.priors.set(item.id, prior);
      this.estimates.set(item.id, prior);
      this.responses.set(item.id, []);
    }
  }

  get(id: string): ItemEstimate {
    return this.estimates.get(id) as ItemEstimate;
  }

  record(id: string, next: ItemEstimate, response: ItemResponse): void {
    this.estimates.set(id, next);
    this.responses.get(id)?.push(response);
  }

  calibrate(): void {
    for (const [id, prior] of this.priors) {
      const responses = this.responses.get(id) ?? [];
      if (responses.length) this.estimates.set(id, calibrateItem(prior, responses));
    }
  }
}

/** Next-response predictions of the two models on one stream of answers. */
export class ModelComparison {
  readonly engine = new Predictions();
  readonly bkt = new Predictions();
}

/**
 * One advisor's state in the engine, moved exactly as the worker moves it after each answer: the learner model
 * (`updateOnAnswer`, item beliefs included), the mixture the judgement of gaps averages with it
 * (`mixtureAfterAnswer`), the advisor's review pace (`paceAfterReview`), the FSRS cards of the item's skills and of
 * the prerequisites a right answer recalled (`cardsAfterAnswer`, at that pace), the recent answers gaps are explained with.
 * Alongside, a BKT tracer on the same answers, and both models' prediction of each answer before it is given.
 */
class EngineState {
  readonly estimates = new Map<string, SkillEstimate>();
  readonly cards = new Map<string, ReviewCard>();
  readonly recent = new Map<string, boolean[]>();
  readonly lastSeen = new Map<string, number>();
  /** The advisor's review pace, calibrated on their reviews as the worker does. */
  pace: ReviewPace = INITIAL_REVIEW_PACE;
  mixture: MixtureState = emptyMixture();
  /** Skills asked directly (diagnostics). */
  readonly asked = new Set<string>();
  private readonly known = new Map<string, number>();

  constructor(
    private readonly program: BenchProgram,
    private readonly bank: ItemBank,
    private readonly desiredRetention: number,
  ) {}

  belief(code: string, at: Date): SkillEstimate {
    return skillAt(this.estimates.get(code) ?? priorSkill(DEFAULT_MODEL_PARAMS), at, DEFAULT_MODEL_PARAMS);
  }

  answer(learner: GroundTruthLearner, item: BenchItem, at: number, comparison: ModelComparison | null): boolean {
    const date = new Date(at);
    const estimate = this.bank.get(item.id);
    const beliefs = item.skills.map((code) => this.belief(code, date));
    const engineP = predictSuccess(beliefs, estimate);
    const bktP = tracingPredict(item.skills.reduce((product, code) => product * (this.known.get(code) ?? DEFAULT_TRACING_PARAMS.known), 1));
    const { score, correct } = learner.answer(item, at);
    if (comparison) {
      comparison.engine.add(engineP, correct);
      comparison.bkt.add(bktP, correct);
    }
    const update = updateOnAnswer(this.estimates, { itemSkills: item.skills, item: estimate, score, at: date }, this.program.prerequisites);
    this.mixture = mixtureAfterAnswer(this.mixture, this.program.judgement, { skills: item.skills, guess: estimate.guess, correct, at: date, modelPrediction: engineP });
    for (const [code, next] of update.skills) this.estimates.set(code, next);
    this.bank.record(item.id, update.item, { ability: beliefs.reduce((sum, belief) => sum + belief.mean, 0) / beliefs.length, score });
    const reviewed = item.skills.filter((code, i) => isPacedReview(this.cards.get(code) ?? null, isMastered(beliefs[i]), date));
    this.pace = reviewed.reduce((pace) => paceAfterReview(pace, { score, guess: estimate.guess }, this.desiredRetention), this.pace);
    for (const [code, card] of cardsAfterAnswer(this.cards, { skills: item.skills, score, at: date }, this.program.prerequisites, this.desiredRetention, this.pace.scale)) this.cards.set(code, card);
    for (const code of item.skills) {
      this.recent.set(code, [correct, ...(this.recent.get(code) ?? [])].slice(0, RECENT_WINDOW));
      this.known.set(code, tracingUpdate(this.known.get(code) ?? DEFAULT_TRACING_PARAMS.known, correct));
      this.asked.add(code);
    }
    this.lastSeen.set(item.id, at);
    return correct;
  }

  /** The learner model's gaps: what challenges aim at. */
  modelGaps(programSkills: readonly ProgramSkill[]): KnowledgeGap[] {
    return knowledgeGaps(programSkills, this.estimates, this.program.prerequisites, this.recent);
  }

  /** The probability each skill is known, as judged: what the advisor and HR read. */
  judged(): Map<string, number> {
    return judgedMastery(this.mixture, (code) => masteryProbability(this.estimates.get(code) ?? priorSkill(DEFAULT_MODEL_PARAMS)), this.program.skills);
  }

  /** The gaps as judged. */
  gaps(programSkills: readonly ProgramSkill[], judged = this.judged()): KnowledgeGap[] {
    return judgedGaps(programSkills, judged, this.program.prerequisites, this.recent);
  }
}

/**
 * The fixed program: every module's questions in order, again from the start until every skill is known. On its
 * first pass (the whole program once), the engine and BKT only watch and predict each answer: neither chose the
 * items, so this is where their predictions compare on equal terms.
 */
export function runLinear(learner: GroundTruthLearner, program: BenchProgram, start: number, cap: number, observer?: { bank: ItemBank; comparison: ModelComparison }): PolicyRun {
  if (learner.allKnown(start)) return { items: 0, capped: false };
  const watching = observer ? new EngineState(program, observer.bank, 0.9) : null;
  for (let count = 0, pass = 0; count < cap; pass++) {
    for (const id of program.linearSequence) {
      const at = slotTime(start, count);
      const item = program.itemById.get(id) as BenchItem;
      if (watching && pass === 0) watching.answer(learner, item, at, observer?.comparison ?? null);
      else learner.answer(item, at);
      count++;
      if (learner.allKnown(at)) return { items: count, capped: false };
      if (count >= cap) break;
    }
  }
  return { items: cap, capped: true };
}

/**
 * Knows the true state: always an item on a skill not known whose prerequisites are (the first in prerequisite
 * order), the item teaching the most such skills at once, least recently used first.
 */
export function runOracle(learner: GroundTruthLearner, program: BenchProgram, start: number, cap: number): PolicyRun {
  const lastUsed = new Map<string, number>();
  for (let count = 0; count < cap; count++) {
    const at = slotTime(start, count);
    const known = learner.known(at);
    if (known.size === program.skills.length) return { items: count, capped: false };
    const learnable = (code: string) => !known.has(code) && (program.prerequisites.get(code) ?? []).every((p) => known.has(p));
    const target = program.order.find(learnable) as string;
    const teaches = (item: BenchItem) => item.skills.filter(learnable).length;
    const item = [...(program.itemsBySkill.get(target) ?? [])].sort((a, b) => teaches(b) - teaches(a) || (lastUsed.get(a.id) ?? -1) - (lastUsed.get(b.id) ?? -1) || a.id.localeCompare(b.id))[0];
    learner.answer(item, at);
    lastUsed.set(item.id, count);
  }
  return { items: cap, capped: !learner.allKnown(slotTime(start, cap)) };
}

/** How sure the informed observer must be that a skill is known before it moves on. */
export const INFORMED_SURE = 0.95;

/**
 * What a family A advisor knows, as believed by someone who knows their make-up (`PrerequisiteMakeup`: profile,
 * slip, learning rate, forgetting) but not their state: a probability per skill, moved exactly as that make-up says
 * (Bayes on each answer, then the chance its explanation taught the skill; forgetting between answers unless a skill
 * believed known is built on it).
 */
export class InformedBelief {
  private readonly belief = new Map<string, number>();
  private clock: number;

  constructor(
    private readonly program: BenchProgram,
    private readonly makeup: PrerequisiteMakeup,
    start: number,
  ) {
    this.clock = start;
    for (const code of program.order) this.belief.set(code, makeup.priorChance(code) * this.prerequisitesKnown(code, this.belief));
  }

  of(code: string): number {
    return this.belief.get(code) as number;
  }

  /** Forgetting up to `at`. */
  advance(at: number): void {
    for (const code of this.program.skills) {
      const keptAlive = (this.program.dependents.get(code) ?? []).some((dependent) => this.of(dependent) > 0.5);
      if (!keptAlive) this.belief.set(code, this.of(code) * Math.exp(-(at - this.clock) / (this.makeup.forgettingDays(code) * DAY_MS)));
    }
    this.clock = Math.max(this.clock, at);
  }

  /** An answer to `item`, right or wrong, then its explanation. */
  observe(item: BenchItem, correct: boolean): void {
    const slip = this.makeup.slipOn(item);
    const before = new Map(this.belief);
    const allKnown = item.skills.reduce((product, code) => product * (before.get(code) as number), 1);
    for (const code of item.skills) {
      const p = before.get(code) as number;
      // Right when every skill of the item is known (bar a slip), or by a guess.
      const othersKnown = p > 0 ? allKnown / p : 0;
      const ifKnown = correct ? othersKnown * (1 - slip) + (1 - othersKnown) * item.guess : othersKnown * slip + (1 - othersKnown) * (1 - item.guess);
      const ifNot = correct ? item.guess : 1 - item.guess;
      const posterior = (p * ifKnown) / (p * ifKnown + (1 - p) * ifNot);
      this.belief.set(code, posterior + (1 - posterior) * this.makeup.learnRate * this.prerequisitesKnown(code, before));
    }
  }

  private prerequisitesKnown(code: string, belief: ReadonlyMap<string, number>): number {
    return (this.program.prerequisites.get(code) ?? []).reduce((product, p) => product * (belief.get(p) as number), 1);
  }
}

export interface InformedRun extends PolicyRun {
  /** Its items by what they could do given what the advisor truly knew when asked (`ItemUse`). */
  uses: Record<ItemUse, number>;
}

/**
 * A yardstick between Savoir and the oracle, for family A: an engine that knows everything of the advisor but what
 * they know, so sees them only through right and wrong answers, as Savoir does. With an `InformedBelief`, it
 * teaches in prerequisite order the first skill it is not `INFORMED_SURE` of whose prerequisites it is sure of,
 * through the item on that skill with the fewest other unsure skills, least recently used; sure of everything, it
 * asks about the skill it is least sure of. With `heritageEvery`, every that many items is one on the least sure
 * heritage skill instead, as each challenge carries a story item.
 */
export function runInformed(learner: PrerequisiteLearner, program: BenchProgram, start: number, cap: number, heritageEvery: number | null = null): InformedRun {
  const belief = new InformedBelief(program, learner.makeup(), start);
  const sure = (code: string) => belief.of(code) >= INFORMED_SURE;
  const leastSure = (codes: readonly string[]) => [...codes].sort((a, b) => belief.of(a) - belief.of(b) || a.localeCompare(b))[0];
  const heritage = program.skills.filter((code) => program.category.get(code) === 'HERITAGE');
  const lastUsed = new Map<string, number>();
  const uses: Record<ItemUse, number> = { known: 0, learnable: 0, blocked: 0 };
  for (let count = 0; count < cap; count++) {
    const at = slotTime(start, count);
    if (learner.allKnown(at)) return { items: count, capped: false, uses };
    belief.advance(at);
    const storyTurn = heritageEvery !== null && count % heritageEvery === heritageEvery - 1;
    const target = storyTurn ? leastSure(heritage) : (program.order.find((code) => !sure(code) && (program.prerequisites.get(code) ?? []).every(sure)) ?? leastSure(program.skills));
    const unsureOthers = (item: BenchItem) => item.skills.filter((code) => code !== target && !sure(code)).length;
    const item = [...(program.itemsBySkill.get(target) ?? [])].sort((a, b) => unsureOthers(a) - unsureOthers(b) || (lastUsed.get(a.id) ?? -1) - (lastUsed.get(b.id) ?? -1) || a.id.localeCompare(b.id))[0];
    lastUsed.set(item.id, count);
    uses[itemUse(item, learner.known(at), program)]++;
    belief.observe(item, learner.answer(item, at).correct);
  }
  return { items: cap, capped: !learner.allKnown(slotTime(start, cap)), uses };
}

/**
 * What an item asked could do, by the truth at the moment: `known`, every skill of it is already known (it can only
 * confirm or keep); `learnable`, one of its skills is not known and that skill's prerequisites are (it can teach);
 * `blocked`, its unknown skills still lack a prerequisite.
 */
export type ItemUse = 'known' | 'learnable' | 'blocked';

export function itemUse(item: BenchItem, known: ReadonlySet<string>, program: BenchProgram): ItemUse {
  const unknown = item.skills.filter((code) => !known.has(code));
  if (!unknown.length) return 'known';
  return unknown.some((code) => (program.prerequisites.get(code) ?? []).every((p) => known.has(p))) ? 'learnable' : 'blocked';
}

/** What the savoir policy measures, per family. */
export class SavoirTally {
  /** Engine gaps vs truly not known skills, at the checkpoints. */
  gapTruePositive = 0;
  gapFalsePositive = 0;
  gapFalseNegative = 0;
  /** Skills the engine calls mastered, and those of them truly not known. */
  calledMastered = 0;
  falselyMastered = 0;
  /** Engine mastery probability vs truly known, at the checkpoints. */
  readonly mastery = new Predictions();
  /** Next-response predictions on the savoir stream (the engine chose those items). */
  readonly next = new ModelComparison();
  /** The 30 days after mastery: due reviews, recalled (truly known when asked), answered right, FSRS's expectation. */
  reviews = 0;
  recalled = 0;
  answeredRight = 0;
  expectedRecall = 0;
  /**
   * Skills still truly known 30 days after mastery had there been no review at all, out of the program's skills
   * (every one known at mastery): how much there is to forget in the window the retention figure looks at.
   */
  unreviewedKnown = 0;
  unreviewedSkills = 0;
  /** Challenge items by reason and by what the advisor truly knew when asked (`ItemUse`). */
  readonly itemUse: Record<string, number> = {};
  /**
   * Family A: the gaps an `InformedBelief` watching the same answers would list (skills it believes more likely
   * unknown than known) vs the truth, at the same checkpoints: what the answers tell one who knows the advisor's
   * make-up.
   */
  informedGapTruePositive = 0;
  informedGapFalsePositive = 0;
  informedGapFalseNegative = 0;
  /** Skills placement called mastered, and those of them truly not known. */
  placedMastered = 0;
  placedFalsely = 0;
  /** Modules the personal path (from the skills judged known, as the app plans it) skips right after placement, their minutes, and those with a skill truly not known. */
  placedModulesSkipped = 0;
  placedMinutesSkipped = 0;
  placedModulesSkippedFalsely = 0;
  /** Modules the path would skip had placement seen exactly what the advisor knew at hire, and their minutes: its ceiling. */
  knownModulesAtHire = 0;
  knownMinutesAtHire = 0;
  /**
   * Where the gap errors come from: a false gap on a skill asked directly or never asked (known beforehand or
   * through prerequisites); a false mastery on a skill known at an earlier checkpoint (forgotten since) or never.
   */
  readonly errors: Record<string, number> = {};

  note(key: string): void {
    this.errors[key] = (this.errors[key] ?? 0) + 1;
  }

  use(reason: ChallengeReason, state: ItemUse): void {
    const key = `${reason}.${state}`;
    this.itemUse[key] = (this.itemUse[key] ?? 0) + 1;
  }
}

export interface SavoirRun extends PolicyRun {
  placementItems: number;
}

export interface SavoirOptions {
  start: number;
  cap: number;
  /** Checkpoints: after placement and after every this many items. */
  checkpointEvery: number;
  retentionDays: number;
  desiredRetention: number;
  /** Chance for the copy of the advisor left without review after mastery. */
  unreviewed: Random;
}

/** The modules the personal path (as the app plans it) skips when `mastered` are the skills held mastered. */
function skippedModules(program: BenchProgram, mastered: ReadonlySet<string>): Array<{ moduleId: string; skills: readonly string[] }> {
  return personalPath(program.modules, mastered, [], program.prerequisites).flatMap((step) => (step.status === 'SKIPPED' && step.moduleId ? [{ moduleId: step.moduleId, skills: step.skills }] : []));
}

/**
 * The engine, exactly as the workers run it: placement (`nextPlacementItem`, `placedAsMastered`), then
 * challenges (`composeChallenge` over `knowledgeGaps` and FSRS `dueReviews`), the engine moved after every
 * answer. Once the advisor truly knows every skill, 30 days of the reviews FSRS schedules.
 */
export function runSavoir(learner: GroundTruthLearner, program: BenchProgram, bank: ItemBank, tally: SavoirTally, options: SavoirOptions): SavoirRun {
  const { start, cap } = options;
  // As the worker weighs them: one more than the number of the program's modules that teach the skill.
  const programSkills: ProgramSkill[] = program.skills.map((code) => ({ code, importance: 1 + (program.importance.get(code) ?? 0) }));
  const engine = new EngineState(program, bank, options.desiredRetention);
  const informed = learner instanceof PrerequisiteLearner ? new InformedBelief(program, learner.makeup(), start) : null;
  const answer = (item: BenchItem, at: number): boolean => {
    informed?.advance(at);
    const correct = engine.answer(learner, item, at, tally.next);
    informed?.observe(item, correct);
    return correct;
  };
  const everKnown = new Set<string>();
  let count = 0;

  const checkpoint = (at: number) => {
    const known = learner.known(at);
    const judged = engine.judged();
    const gaps = new Set(engine.gaps(programSkills, judged).map((gap) => gap.skill));
    for (const code of program.skills) {
      const truth = known.has(code);
      tally.mastery.add(judged.get(code) as number, truth);
      if (gaps.has(code)) {
        if (truth) {
          tally.gapFalsePositive++;
          tally.note(engine.asked.has(code) ? 'falseGapAsked' : 'falseGapNeverAsked');
        } else tally.gapTruePositive++;
      } else {
        tally.calledMastered++;
        if (!truth) {
          tally.gapFalseNegative++;
          tally.falselyMastered++;
          tally.note(everKnown.has(code) ? 'falseMasteryForgotten' : 'falseMasteryNeverKnown');
        }
      }
      if (truth) everKnown.add(code);
      if (informed && informed.of(code) < 0.5) {
        if (truth) tally.informedGapFalsePositive++;
        else tally.informedGapTruePositive++;
      } else if (informed && !truth) tally.informedGapFalseNegative++;
    }
  };

  let mastered = learner.allKnown(start);

  // Placement: the most informative item each time, until every skill is decided or the rules stop it.
  if (!mastered) {
    const asked = new Set<string>();
    for (;;) {
      const at = slotTime(start, count);
      const items = program.items.map((item) => ({ id: item.id, skills: item.skills, estimate: bank.get(item.id) }));
      const step = nextPlacementItem(program.skills, engine.estimates, items, asked, new Date(at));
      if (step.done) break;
      asked.add(step.itemId);
      answer(program.itemById.get(step.itemId) as BenchItem, at);
      count++;
      if (learner.allKnown(at)) {
        mastered = true;
        break;
      }
    }
    const at = slotTime(start, Math.max(0, count - 1));
    const known = learner.known(at);
    const placed = placedAsMastered(program.skills, engine.estimates);
    for (const code of placed) {
      tally.placedMastered++;
      if (!known.has(code)) tally.placedFalsely++;
    }
    // The path as the app plans it after placement: from the skills judged known.
    const judgedKnown = new Set([...engine.judged()].filter(([, p]) => isJudgedKnown(p)).map(([code]) => code));
    for (const step of skippedModules(program, judgedKnown)) {
      tally.placedModulesSkipped++;
      tally.placedMinutesSkipped += program.minutes.get(step.moduleId) ?? 0;
      if (step.skills.some((code) => !known.has(code))) tally.placedModulesSkippedFalsely++;
    }
    for (const step of skippedModules(program, learner.known(start))) {
      tally.knownModulesAtHire++;
      tally.knownMinutesAtHire += program.minutes.get(step.moduleId) ?? 0;
    }
    if (!mastered) checkpoint(at);
  }
  const placementItems = count;

  // Challenges until the advisor truly knows every skill.
  while (!mastered && count < cap) {
    const at = slotTime(start, count);
    const date = new Date(at);
    const candidates: ChallengeCandidate[] = program.items.map((item) => ({ id: item.id, skills: item.skills, estimate: bank.get(item.id), heritage: item.heritage }));
    const recentlySeen = new Map([...engine.lastSeen].filter(([, seen]) => at - seen < RECENTLY_SEEN_MS).map(([id, seen]) => [id, new Date(seen)]));
    const dueSkills = skillsToReview(program.skills, engine.estimates, dueReviews(engine.cards, date, options.desiredRetention, engine.pace.scale));
    const challenge = composeChallenge({ candidates, estimates: engine.estimates, gaps: engine.modelGaps(programSkills), dueSkills, recentlySeen, at: date });
    if (!challenge.length) throw new Error('the engine composed an empty challenge');
    for (const entry of challenge) {
      const answeredAt = slotTime(start, count);
      const item = program.itemById.get(entry.itemId) as BenchItem;
      tally.use(entry.reason, itemUse(item, learner.known(answeredAt), program));
      answer(item, answeredAt);
      count++;
      if (learner.allKnown(answeredAt)) {
        mastered = true;
        break;
      }
      if (count % options.checkpointEvery === 0) checkpoint(answeredAt);
      if (count >= cap) break;
    }
  }
  if (!mastered) return { items: cap, capped: true, placementItems };

  // Retention: each morning for 30 days, every skill FSRS says is due, one item on it (a single-skill one first).
  const masteredAt = slotTime(start, Math.max(0, count - 1));
  tally.unreviewedKnown += learner.fork(options.unreviewed).known(masteredAt + options.retentionDays * DAY_MS).size;
  tally.unreviewedSkills += program.skills.length;
  const firstMorning = start + (Math.floor((masteredAt - start) / DAY_MS) + 1) * DAY_MS;
  for (let day = 0; day < options.retentionDays; day++) {
    let at = firstMorning + day * DAY_MS;
    for (const code of dueReviews(engine.cards, new Date(at), options.desiredRetention, engine.pace.scale)) {
      const card = engine.cards.get(code) as ReviewCard;
      if (Date.parse(card.due) > at) continue; // reviewed already this morning through another item
      const item = [...(program.itemsBySkill.get(code) ?? [])].sort((a, b) => a.skills.length - b.skills.length || (engine.lastSeen.get(a.id) ?? -1) - (engine.lastSeen.get(b.id) ?? -1) || a.id.localeCompare(b.id))[0];
      tally.reviews++;
      tally.expectedRecall += retrievability(card, new Date(at), options.desiredRetention, engine.pace.scale);
      if (learner.known(at).has(code)) tally.recalled++;
      if (engine.answer(learner, item, at, null)) tally.answeredRight++;
      at += 2 * MINUTE_MS;
    }
  }
  return { items: count, capped: false, placementItems };
}
