import type { MockLink } from '@apollo/client/testing';
import { MyGapsDocument, MyPathDocument, MyPlacementDocument, MySkillsDocument, NextPlacementQuestionDocument, TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import {
  CompleteLessonDocument,
  LearnerModuleDocument,
  MyEnrolmentsDocument,
  MyChallengeXpDocument,
  MyGamificationDocument,
  MyModuleXpDocument,
  SubmitAnswerDocument,
  TeamQuestDocument,
} from '../modules/learn/graphql/learn.graphql';
import type { RewardSource } from '../modules/learn/hooks/useRewards';

type Json = Record<string, unknown>;

/** The advisor's gamification as MyGamification returns it. */
export function aGamification(overrides: Json = {}, level: Json = {}, streak: Json = {}, badges: Json[] = []): Json {
  return {
    __typename: 'MyGamification',
    totalXp: 1240,
    xpToday: 40,
    leaderboardOptIn: false,
    level: { __typename: 'Level', key: 'ARTISAN', index: 1, floorXp: 1000, nextXp: 1500, progress: 0.48, ...level },
    streak: { __typename: 'Streak', current: 5, longest: 9, atRisk: true, freezeNeeded: false, freezes: 1, activeToday: false, ...streak },
    badges: badges.map((badge) => aBadge(badge)),
    ...overrides,
  };
}

export function aBadge(overrides: Json = {}): Json {
  return {
    __typename: 'Badge',
    code: 'first-steps',
    name: 'First steps',
    description: 'Your first module, complete.',
    earned: true,
    awardedAt: '2026-03-02T09:30:00.000Z',
    current: 1,
    target: 1,
    ...overrides,
  };
}

export function gamificationMock(locale: string, gamification: Json, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MyGamificationDocument, variables: { locale } }, result: { data: { myGamification: gamification } }, maxUsageCount };
}

/** What a module or challenge has earned as the ledger reads it. */
export interface EarnedXp {
  xp: number;
  events: number;
  awarded: number;
}

/** What `source` has earned, one reading per call, the last one repeated (the worker awards a moment after each answer). */
export function earnedXpMock(source: RewardSource, readings: EarnedXp[], calls: { count: number } = { count: 0 }): MockLink.MockedResponse {
  const next = () => {
    const reading = { __typename: 'EarnedXpModel', ...readings[Math.min(calls.count, readings.length - 1)] };
    calls.count += 1;
    return reading;
  };
  return 'module' in source
    ? { request: { query: MyModuleXpDocument, variables: { moduleId: source.module } }, result: () => ({ data: { myModuleXp: next() } }), maxUsageCount: Number.POSITIVE_INFINITY }
    : { request: { query: MyChallengeXpDocument, variables: { challengeId: source.challenge } }, result: () => ({ data: { myChallengeXp: next() } }), maxUsageCount: Number.POSITIVE_INFINITY };
}

export function aStep(moduleId: string, title: string, overrides: Json = {}): Json {
  return { __typename: 'PathStep', moduleId, code: `onboarding.${moduleId}`, kind: 'LESSON', title, estimatedMinutes: 4, status: 'NOT_STARTED', certification: false, ...overrides };
}

export function anEnrolment(steps: Json[], overrides: Json = {}): Json {
  return {
    __typename: 'Enrolment',
    id: 'enrolment-1',
    programId: 'program-1',
    programTitle: 'Welcome to the maison',
    onboarding: true,
    startsOn: '2026-03-02',
    dueOn: '2026-04-27',
    completedAt: null,
    certifiedAt: null,
    certificationScore: null,
    certificationThreshold: 0.8,
    steps,
    nextStep: steps.find((step) => step['status'] !== 'COMPLETED') ?? null,
    ...overrides,
  };
}

export function enrolmentsMock(locale: string, enrolments: Json[]): MockLink.MockedResponse {
  return { request: { query: MyEnrolmentsDocument, variables: { locale } }, result: { data: { myEnrolments: enrolments } } };
}

export function teamQuestMock(overrides: Json = {}, maxUsageCount = 1): MockLink.MockedResponse {
  return {
    request: { query: TeamQuestDocument },
    result: { data: { teamQuest: { __typename: 'TeamQuest', week: '2026-W10', boutiqueName: 'Avenue Montaigne', total: 3400, goal: 5000, progress: 0.68, reached: false, ...overrides } } },
    maxUsageCount,
  };
}

/**
 * What Today asks for, answered as often as asked: for specs that only pass through `/learn` (the shell, sign-in,
 * the language switch). An advisor not enrolled yet, so no module is read ahead.
 */
export function learnTodayMocks(locale = 'en'): MockLink.MockedResponse[] {
  return [
    { ...enrolmentsMock(locale, []), maxUsageCount: Number.POSITIVE_INFINITY },
    gamificationMock(locale, aGamification(), Number.POSITIVE_INFINITY),
    teamQuestMock({}, Number.POSITIVE_INFINITY),
    todayChallengeMock(locale, null, Number.POSITIVE_INFINITY),
    myPathMock(locale, null, Number.POSITIVE_INFINITY),
  ];
}

const choice = (id: string, text: string): Json => ({ __typename: 'LearnerChoice', id, text, imageUrl: null, imageAlt: null });
const side = (id: string, text: string): Json => ({ __typename: 'LearnerChoice', id, text });

export function aLearnerQuestion(id: string, overrides: Json = {}): Json {
  return {
    __typename: 'LearnerQuestion',
    id,
    versionId: `${id}-v1`,
    type: 'SINGLE_CHOICE',
    prompt: 'In which year was the maison founded?',
    answered: false,
    unit: null,
    choices: [choice('a', '1837'), choice('b', '1901'), choice('c', '1925')],
    matchingLeft: [],
    matchingRight: [],
    ...overrides,
  };
}

export const trueFalseQuestion = (id: string, overrides: Json = {}) =>
  aLearnerQuestion(id, { type: 'TRUE_FALSE', prompt: 'The first boutique opened on the Rue de la Paix.', choices: [], ...overrides });

export const matchingQuestion = (id: string) =>
  aLearnerQuestion(id, {
    type: 'MATCHING',
    prompt: 'Match each hallmark with its meaning.',
    choices: [],
    matchingLeft: [side('l1', 'Eagle head'), side('l2', 'Lozenge')],
    matchingRight: [side('r1', 'Gold guarantee'), side('r2', 'The workshop')],
  });

/** Every kind of lesson block, texts already resolved, as learnerModule.blocks sends them. */
export const allBlocks: Json[] = [
  { kind: 'RICH_TEXT', markdown: 'Our **house**', html: '<p>Our <strong>house</strong> began in a saddlery.</p>' },
  { kind: 'IMAGE', url: '/media/workshop.jpg', alt: 'The first workshop, rue du Faubourg', caption: 'The workshop in 1837' },
  { kind: 'VIDEO', url: '/media/atelier.mp4', caption: 'A day in the atelier' },
  {
    kind: 'PRODUCT_CARD',
    reference: 'AUR-1837-01',
    name: 'Calibre Aurèle 1837',
    collection: 'Heritage',
    keySpecs: [
      { label: 'Power reserve', value: '72 hours' },
      { label: 'Case', value: '18-carat rose gold' },
    ],
  },
  { kind: 'TIMELINE_EVENT', date: '1837', title: 'The first workshop', story: 'Aurèle opens a saddlery in Paris.' },
  { kind: 'KEY_FACT', text: 'Every watch is assembled by a single watchmaker.' },
];

export function aLearnerModule(questions: Json[], overrides: Json = {}, progress: Json = {}): Json {
  return {
    __typename: 'LearnerModule',
    id: 'module-1',
    versionId: 'module-1-v2',
    code: 'heritage.founding',
    kind: 'LESSON',
    title: 'The founding',
    summary: 'How the maison began.',
    estimatedMinutes: 4,
    blocks: allBlocks,
    questions,
    progress: aProgress(progress),
    ...overrides,
  };
}

export function aProgress(overrides: Json = {}): Json {
  return { __typename: 'ModuleProgress', status: 'NOT_STARTED', answered: 0, total: 2, score: null, correctFirstTime: 0, perfect: false, completedAt: null, lessonReadAt: null, ...overrides };
}

export function learnerModuleMock(locale: string, module: Json): MockLink.MockedResponse {
  return { request: { query: LearnerModuleDocument, variables: { id: module['id'], locale } }, result: { data: { learnerModule: module } } };
}

/** CompleteLesson for one module version (the instant read is the device's): hands each call's variables to `onCall`. */
export function completeLessonMock(moduleVersionId: string, onCall: (variables: Json) => void = () => undefined, progress: Json = {}): MockLink.MockedResponse {
  return {
    request: { query: CompleteLessonDocument, variables: (variables: Json) => variables['moduleVersionId'] === moduleVersionId },
    result: (variables: Json) => {
      onCall(variables);
      return { data: { completeLesson: aProgress({ status: 'IN_PROGRESS', lessonReadAt: variables['readAt'], ...progress }) } };
    },
  };
}

export interface SubmittedAnswer {
  input: Record<string, unknown>;
  locale: string;
}

/** SubmitAnswer for one question (attempt ids and instants are the device's): records each call in `calls`. */
export function submitAnswerMock(
  questionId: string,
  result: { correct: boolean; score?: number; explanation: string },
  calls: SubmittedAnswer[],
  progress: Json = {},
): MockLink.MockedResponse {
  return {
    request: { query: SubmitAnswerDocument, variables: (variables: Record<string, unknown>) => (variables['input'] as Json)['questionId'] === questionId },
    result: (variables: Record<string, unknown>) => {
      calls.push({ input: variables['input'] as Json, locale: variables['locale'] as string });
      return {
        data: {
          submitAnswer: {
            __typename: 'AnswerResult',
            attemptId: (variables['input'] as Json)['attemptId'],
            questionId,
            correct: result.correct,
            score: result.score ?? (result.correct ? 1 : 0),
            explanation: result.explanation,
            replayed: false,
            moduleProgress: aProgress({ status: 'IN_PROGRESS', ...progress }),
          },
        },
      };
    },
  };
}

export function submitAnswerErrorMock(questionId: string, code: string, calls: SubmittedAnswer[]): MockLink.MockedResponse {
  return {
    request: { query: SubmitAnswerDocument, variables: (variables: Record<string, unknown>) => (variables['input'] as Json)['questionId'] === questionId },
    result: (variables: Record<string, unknown>) => {
      calls.push({ input: variables['input'] as Json, locale: variables['locale'] as string });
      return { errors: [{ message: 'Refused', extensions: { code } }] } as never;
    },
  };
}

// The adaptive engine: today's challenge, the personal path, the gaps and the placement.

export const aSkill = (code: string, name: string): Json => ({ __typename: 'SkillRef', code, name, category: 'HERITAGE' });
const skillRef = (skill: Json): Json => ({ __typename: 'SkillRef', code: skill['code'], name: skill['name'] });

/** An item of a challenge: its question (as a module's), why it was chosen, the skill it practises. */
/** `correct`: the outcome of the item's first answer as the server has it (null while it has none). */
export function aChallengeItem(question: Json, reason: string, skill: Json, answered = false, correct: boolean | null = null): Json {
  // The challenge reads the question without `answered` (that is the item's own).
  const { answered: _answered, ...asked } = question;
  return { __typename: 'ChallengeItem', question: asked, reason, skill: skillRef(skill), answered, correct };
}

export function aChallenge(items: Json[], overrides: Json = {}): Json {
  return {
    __typename: 'Challenge',
    id: 'challenge-1',
    kind: 'DAILY',
    completed: items.every((item) => item['answered']),
    // A day from now: a challenge past its expiry is no longer today's (Today reads the next one).
    expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
    items,
    ...overrides,
  };
}

export function todayChallengeMock(locale: string, challenge: Json | null, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: TodayChallengeDocument, variables: { locale } }, result: { data: { todayChallenge: challenge } }, maxUsageCount };
}

/** A step of the personal path. */
export function aPlannedStep(moduleId: string | null, title: string | null, status: string, reason: string, skills: Json[] = [], overrides: Json = {}): Json {
  return {
    __typename: 'PersonalPathStep',
    moduleId,
    title,
    kind: moduleId ? 'LESSON' : null,
    estimatedMinutes: moduleId ? 4 : null,
    status,
    reason,
    skills: skills.map(skillRef),
    ...overrides,
  };
}

export function aPersonalPath(steps: Json[], overrides: Json = {}): Json {
  return {
    __typename: 'PersonalPath',
    programId: 'program-1',
    programTitle: 'Welcome to the maison',
    skipped: steps.filter((step) => step['status'] === 'SKIPPED').length,
    steps,
    ...overrides,
  };
}

export function myPathMock(locale: string, path: Json | null, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MyPathDocument, variables: { locale } }, result: { data: { myPath: path } }, maxUsageCount };
}

export function aGap(skill: Json, overrides: Json = {}): Json {
  return { __typename: 'KnowledgeGap', skill: skillRef(skill), masteryProbability: 0.3, ready: true, underlying: null, wrong: 3, recent: 4, ...overrides };
}

export function myGapsMock(locale: string, gaps: Json[], maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MyGapsDocument, variables: { locale } }, result: { data: { myGaps: gaps } }, maxUsageCount };
}

export function aSkillMastery(skill: Json, overrides: Json = {}): Json {
  return { __typename: 'SkillMastery', skill: skillRef(skill), mastered: true, reviewDueAt: null, ...overrides };
}

export function mySkillsMock(locale: string, skills: Json[], maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MySkillsDocument, variables: { locale } }, result: { data: { mySkills: skills } }, maxUsageCount };
}

export function aPlacement(overrides: Json = {}): Json {
  return { __typename: 'Placement', status: 'NOT_STARTED', asked: 0, maxItems: 12, question: null, masteredSkills: [], ...overrides };
}

export function myPlacementMock(locale: string, placement: Json, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: MyPlacementDocument, variables: { locale } }, result: { data: { myPlacement: placement } }, maxUsageCount };
}

/**
 * NextPlacementQuestion answering each call with the next placement of `sequence` (the last one repeated), as the
 * API would after each answer; `calls.count` tells how many times it was asked, `onAsk` hears each time.
 */
export function nextPlacementMock(locale: string, sequence: Json[], calls: { count: number } = { count: 0 }, onAsk: () => void = () => undefined): MockLink.MockedResponse {
  return {
    request: { query: NextPlacementQuestionDocument, variables: { locale } },
    result: () => {
      onAsk();
      const placement = sequence[Math.min(calls.count, sequence.length - 1)];
      calls.count += 1;
      return { data: { nextPlacementQuestion: placement } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A question as the placement asks it (without `answered`). */
export function placementQuestion(question: Json): Json {
  const { answered: _answered, ...asked } = question;
  return asked;
}
