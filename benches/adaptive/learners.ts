import { respond, streamFor, type Random, type Score } from '@savoir/domain';
import type { BenchItem, BenchProgram } from './program';

/**
 * Ground-truth advisors. They are deliberately NOT the engine's learner model (a logit ability per skill with a
 * Rasch curve): the engine has to find out what they know from their answers alone, as it would in a boutique.
 *
 * Family A — prerequisite-graph learners (knowledge-space style): each skill is known or not; a skill can be learnt
 * only once its prerequisites are known (each answer, with its explanation, teaches it with the learner's own
 * learning rate); a known skill is answered right unless the learner slips, an unknown one is answered blindly
 * (the real scorer decides what a blind answer earns); known skills are forgotten at an exponential rate whose
 * time constant grows with each successful retrieval, the more so the longer since the last one (spacing).
 * Forgetting acts on the outer fringe: a skill some known skill is built on is kept alive by it, so knowledge
 * always stays closed under prerequisites.
 *
 * Family B — continuous strengths: a logit strength per skill, 2PL answers with item discriminations that vary
 * and true difficulties that differ from the author's, several skills combining conjunctively (the weakest
 * decides); each answer adds to the strength (less when the prerequisites are weak) and strength decays as a power
 * law of the time since practice (logarithmic in logits), more slowly after spaced practice. A skill is known when
 * its strength answers a typical item right 80 % of the time.
 *
 * Both start with heterogeneous prior knowledge consistent with the prerequisite graph: advisors new to luxury
 * know little; experienced hires from other houses know most generic product, materials, service and clienteling
 * skills but little of this maison's own story, calibres and collections; advisors transferring from within the
 * maison know much of both.
 *
 * The parameters are plausible ranges (slips and learning rates of the size BKT fits report, a newly learnt fact
 * kept 90 % of the time after 1–4 days, spacing multiplying memory strength), drawn per advisor, and were fixed
 * from how the fixed program and the oracle behave, before the engine was tuned and never from its figures. One
 * correction came later, against every policy alike: retrievals minutes apart no longer compound memory strength
 * (`retrievalBoost` scales with the time since the last retrieval).
 */
export type Family = 'A' | 'B';
export type Profile = 'NEW_TO_LUXURY' | 'EXPERIENCED' | 'MAISON_TRANSFER';

export interface GroundTruthLearner {
  readonly family: Family;
  readonly profile: Profile;
  /** Skills truly known at `at` (epoch ms); time only moves forward. */
  known(at: number): ReadonlySet<string>;
  allKnown(at: number): boolean;
  /** Answers the item at `at`, then learns from it (explanation shown) and retrieves what it used. */
  answer(item: BenchItem, at: number): Score;
  /** The same advisor in the same state, with its own stream of chance (one per policy). */
  fork(random: Random): GroundTruthLearner;
}

export const PROFILES: ReadonlyArray<readonly [Profile, number]> = [
  ['NEW_TO_LUXURY', 0.45],
  ['EXPERIENCED', 0.4],
  ['MAISON_TRANSFER', 0.15],
];

/** Chance that a skill whose prerequisites are known is already known at hire. */
const PRIOR_KNOWLEDGE: Record<Profile, { generic: number; clienteling: number; maison: number }> = {
  NEW_TO_LUXURY: { generic: 0.15, clienteling: 0.4, maison: 0.02 },
  EXPERIENCED: { generic: 0.75, clienteling: 0.85, maison: 0.05 },
  MAISON_TRANSFER: { generic: 0.6, clienteling: 0.7, maison: 0.65 },
};

/** Skills only this maison teaches (beyond HERITAGE and every calibre or collection). */
const MAISON_SKILLS = new Set(['craft.grand-feu-enamel', 'craft.guilloche', 'craft.gem-setting', 'service.warranty', 'service.service-intake', 'clienteling.brand-language', 'clienteling.storytelling']);

const isMaisonSkill = (program: BenchProgram, code: string) => program.category.get(code) === 'HERITAGE' || /calibre|collection/.test(code) || MAISON_SKILLS.has(code);

const DAY_MS = 86_400_000;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Chance that `code` is known at hire by an advisor of `profile`, given that its prerequisites are. */
function priorChance(program: BenchProgram, profile: Profile, code: string): number {
  const chances = PRIOR_KNOWLEDGE[profile];
  return isMaisonSkill(program, code) ? chances.maison : program.category.get(code) === 'CLIENTELING' ? chances.clienteling : chances.generic;
}

/** Prior knowledge consistent with the graph: a skill is known at hire only if its prerequisites are. */
function priorKnowledge(program: BenchProgram, profile: Profile, random: Random): Set<string> {
  const known = new Set<string>();
  for (const code of program.order) {
    if (!(program.prerequisites.get(code) ?? []).every((p) => known.has(p))) continue;
    if (random.chance(priorChance(program, profile, code))) known.add(code);
  }
  return known;
}

// ---------------------------------------------------------------------------------------------- family A

interface Memory {
  known: boolean;
  /** Time constant of exponential forgetting, in days. */
  tau: number;
  lastRetrieval: number;
  /** When the skill will be forgotten unless retrieved before (or kept alive by a known dependent). */
  forgetAt: number;
}

interface PrerequisiteTraits {
  slip: number;
  learnRate: number;
  /** Forgetting time constant of a newly learnt skill, days. */
  initialTau: number;
  /** Growth of the time constant on a successful retrieval: τ × (1 + growth × (1 − recall probability)). */
  growth: number;
}

const MAX_TAU_DAYS = 3650;

type Range = readonly [number, number];
/** Family A's population: each advisor draws their own traits from these ranges. */
export const FAMILY_A = Object.freeze({
  slip: [0.03, 0.12] as Range,
  learnRate: [0.2, 0.5] as Range,
  /** Days (log-uniform). */
  initialTau: [10, 40] as Range,
  priorTau: [60, 365] as Range,
  growth: [6, 14] as Range,
  /** Growth of the time constant from a successful retrieval a day or more after the last (the testing effect). */
  retrievalBoost: 0.3,
});
/** Family B's population. */
export const FAMILY_B = Object.freeze({
  /** Logits per answer. */
  gain: [0.3, 0.8] as Range,
  /** Logits lost per unit of ln(1 + days) before any spaced practice. */
  decay: [0.2, 0.45] as Range,
});

/**
 * What someone who knew a family A advisor's make-up, though not their state, would know: the bench's informed
 * observer reasons with it.
 */
export interface PrerequisiteMakeup {
  /** Chance a skill is known at hire, given its prerequisites are. */
  priorChance(code: string): number;
  /** Chance a known item is answered wrong. */
  slipOn(item: BenchItem): number;
  /** Chance an answer (with its explanation) teaches a skill whose prerequisites are known. */
  readonly learnRate: number;
  /** The skill's forgetting time constant now, in days (it grows with spaced retrievals). */
  forgettingDays(code: string): number;
}

export class PrerequisiteLearner implements GroundTruthLearner {
  readonly family = 'A' as const;
  private clock = -Infinity;

  constructor(
    private readonly program: BenchProgram,
    readonly profile: Profile,
    private readonly traits: PrerequisiteTraits,
    private readonly memory: Map<string, Memory>,
    private readonly random: Random,
  ) {}

  static create(program: BenchProgram, start: number, random: Random): PrerequisiteLearner {
    const profile = random.pick(PROFILES);
    const t = FAMILY_A;
    const traits: PrerequisiteTraits = {
      slip: random.uniform(...t.slip),
      learnRate: random.uniform(...t.learnRate),
      initialTau: random.logUniform(...t.initialTau),
      growth: random.uniform(...t.growth),
    };
    const known = priorKnowledge(program, profile, random);
    const memory = new Map<string, Memory>();
    for (const code of program.skills) {
      // Knowledge brought from before: consolidated, last used some days ago.
      const tau = random.logUniform(...FAMILY_A.priorTau);
      const lastRetrieval = start - random.uniform(0, 30) * DAY_MS;
      memory.set(code, { known: known.has(code), tau, lastRetrieval, forgetAt: known.has(code) ? start + tau * random.exponential() * DAY_MS : Infinity });
    }
    return new PrerequisiteLearner(program, profile, traits, memory, random);
  }

  fork(random: Random): PrerequisiteLearner {
    const copy = new PrerequisiteLearner(this.program, this.profile, this.traits, new Map([...this.memory].map(([code, state]) => [code, { ...state }])), random);
    copy.clock = this.clock;
    return copy;
  }

  makeup(): PrerequisiteMakeup {
    return {
      priorChance: (code) => priorChance(this.program, this.profile, code),
      slipOn: (item) => this.slipOn(item),
      learnRate: this.traits.learnRate,
      forgettingDays: (code) => (this.memory.get(code) as Memory).tau,
    };
  }

  private slipOn(item: BenchItem): number {
    return Math.min(0.3, Math.max(0.01, this.traits.slip + 0.02 * (item.difficulty - 3)));
  }

  /** Forgetting up to `at`, dependents first: a skill something known is built on stays until that goes. */
  private advance(at: number): void {
    if (at <= this.clock) return;
    this.clock = at;
    const order = this.program.order;
    for (let i = order.length - 1; i >= 0; i--) {
      const code = order[i];
      const state = this.memory.get(code) as Memory;
      if (!state.known || state.forgetAt > at) continue;
      if ((this.program.dependents.get(code) ?? []).some((dependent) => this.memory.get(dependent)?.known)) continue;
      state.known = false;
      for (const prerequisite of this.program.prerequisites.get(code) ?? []) {
        const kept = this.memory.get(prerequisite) as Memory;
        // It was in use until now: its own forgetting starts afresh (exponential forgetting is memoryless).
        if (kept.known && kept.forgetAt < state.forgetAt) kept.forgetAt = state.forgetAt + kept.tau * this.random.exponential() * DAY_MS;
      }
    }
  }

  known(at: number): ReadonlySet<string> {
    this.advance(at);
    return new Set([...this.memory].filter(([, state]) => state.known).map(([code]) => code));
  }

  allKnown(at: number): boolean {
    this.advance(at);
    for (const state of this.memory.values()) if (!state.known) return false;
    return true;
  }

  answer(item: BenchItem, at: number): Score {
    this.advance(at);
    const knowsAll = item.skills.every((code) => this.memory.get(code)?.known);
    const score = respond(item.key, knowsAll && !this.random.chance(this.slipOn(item)), this.random);
    for (const code of item.skills) {
      const state = this.memory.get(code) as Memory;
      if (state.known) {
        if (score.correct) {
          const recall = Math.exp(-(at - state.lastRetrieval) / (state.tau * DAY_MS));
          // Spaced retrieval strengthens memory; a retrieval minutes after the last one adds little.
          const spacing = 1 - Math.exp(-(at - state.lastRetrieval) / DAY_MS);
          state.tau = Math.min(MAX_TAU_DAYS, state.tau * (1 + FAMILY_A.retrievalBoost * spacing + this.traits.growth * (1 - recall)));
          state.lastRetrieval = at;
          state.forgetAt = at + state.tau * this.random.exponential() * DAY_MS;
        }
      } else if ((this.program.prerequisites.get(code) ?? []).every((p) => this.memory.get(p)?.known) && this.random.chance(this.traits.learnRate)) {
        state.known = true;
        state.tau = this.traits.initialTau;
        state.lastRetrieval = at;
        state.forgetAt = at + state.tau * this.random.exponential() * DAY_MS;
      }
    }
    return score;
  }
}

// ---------------------------------------------------------------------------------------------- family B

/** The item as it truly behaves for family B: 2PL, with a difficulty the author only approximated. */
export interface TrueItem {
  discrimination: number;
  difficulty: number;
}

/** The true items of the simulated world, the same for every learner of a seed. */
export function trueItems(program: BenchProgram, seed: number): Map<string, TrueItem> {
  return new Map(
    program.items.map((item) => {
      const random = streamFor(seed, 'item', item.id);
      return [item.id, { discrimination: Math.exp(random.normal(Math.log(1.4), 0.3)), difficulty: 0.6 * (item.difficulty - 3) + random.normal(0, 0.5) }];
    }),
  );
}

/** Strength at which a typical item (difficulty 0, discrimination 1) is answered right 80 % of the time. */
export const KNOWN_STRENGTH = Math.log(4);
const MAX_STRENGTH = 4;
/** As little as someone who never heard of it: forgetting stops there. */
const MIN_STRENGTH = -3;

interface Strength {
  /** Logit strength at the last practice. */
  value: number;
  lastPractice: number;
  /** Logits lost per unit of ln(1 + days since practice). */
  decay: number;
  /** Spaced practice so far (massed practice within a day counts little). */
  spaced: number;
}

interface StrengthTraits {
  /** Logits gained per answer when the prerequisites are well known. */
  gain: number;
  /** Decay of a skill never practised in spaced fashion. */
  decay: number;
}

export class StrengthLearner implements GroundTruthLearner {
  readonly family = 'B' as const;

  constructor(
    private readonly program: BenchProgram,
    private readonly items: ReadonlyMap<string, TrueItem>,
    readonly profile: Profile,
    private readonly traits: StrengthTraits,
    private readonly strengths: Map<string, Strength>,
    private readonly random: Random,
  ) {}

  static create(program: BenchProgram, items: ReadonlyMap<string, TrueItem>, start: number, random: Random): StrengthLearner {
    const profile = random.pick(PROFILES);
    const traits: StrengthTraits = { gain: random.uniform(...FAMILY_B.gain), decay: random.uniform(...FAMILY_B.decay) };
    const known = priorKnowledge(program, profile, random);
    const strengths = new Map<string, Strength>();
    for (const code of program.skills) {
      const value = known.has(code) ? Math.max(KNOWN_STRENGTH + 0.3, random.normal(2.6, 0.5)) : Math.min(KNOWN_STRENGTH - 0.3, random.normal(-1, 0.8));
      // Knowledge brought from before was last used some weeks ago; an unknown skill's strength is as of hiring.
      const lastPractice = known.has(code) ? start - random.uniform(0, 60) * DAY_MS : start;
      strengths.set(code, { value, lastPractice, decay: known.has(code) ? traits.decay / 4 : traits.decay, spaced: known.has(code) ? 3 : 0 });
    }
    return new StrengthLearner(program, items, profile, traits, strengths, random);
  }

  fork(random: Random): StrengthLearner {
    return new StrengthLearner(this.program, this.items, this.profile, this.traits, new Map([...this.strengths].map(([code, state]) => [code, { ...state }])), random);
  }

  private effective(code: string, at: number): number {
    const state = this.strengths.get(code) as Strength;
    const days = Math.max(0, (at - state.lastPractice) / DAY_MS);
    return Math.max(MIN_STRENGTH, state.value - state.decay * Math.log(1 + days));
  }

  known(at: number): ReadonlySet<string> {
    return new Set(this.program.skills.filter((code) => this.effective(code, at) >= KNOWN_STRENGTH));
  }

  allKnown(at: number): boolean {
    return this.program.skills.every((code) => this.effective(code, at) >= KNOWN_STRENGTH);
  }

  answer(item: BenchItem, at: number): Score {
    const truth = this.items.get(item.id) as TrueItem;
    const weakest = Math.min(...item.skills.map((code) => this.effective(code, at)));
    const score = respond(item.key, this.random.chance(logistic(truth.discrimination * (weakest - truth.difficulty))), this.random);
    const before = new Map(this.program.skills.map((code) => [code, this.effective(code, at)]));
    for (const code of item.skills) {
      const state = this.strengths.get(code) as Strength;
      const readiness = (this.program.prerequisites.get(code) ?? []).reduce((product, p) => product * logistic(3 * ((before.get(p) as number) - KNOWN_STRENGTH)), 1);
      const spacing = 1 - Math.exp(-(at - state.lastPractice) / DAY_MS);
      state.spaced += spacing;
      state.value = Math.min(MAX_STRENGTH, (before.get(code) as number) + this.traits.gain * readiness);
      state.decay = this.traits.decay / (1 + state.spaced);
      state.lastPractice = at;
    }
    return score;
  }
}

export function createLearner(family: Family, program: BenchProgram, items: ReadonlyMap<string, TrueItem>, start: number, random: Random): GroundTruthLearner {
  return family === 'A' ? PrerequisiteLearner.create(program, start, random) : StrengthLearner.create(program, items, start, random);
}
