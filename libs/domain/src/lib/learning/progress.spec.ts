import fc from 'fast-check';
import { MODULE_KINDS, type ModuleKind } from '../curriculum/program-package';
import { moduleProgress, onboardingDays, programProgress, type ModuleAttemptFact, type ModuleFacts, type ModuleProgress, type ProgramModuleFacts } from './progress';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60 * 1000;
const at = (minutes: number) => new Date(T0 + minutes * MINUTE);
const attempt = (questionId: string, minutes: number, score: number): ModuleAttemptFact => ({ questionId, score, correct: score === 1, answeredAt: at(minutes) });
const facts = (overrides: Partial<ModuleFacts>): ModuleFacts => ({ kind: 'QUIZ', questionIds: ['q1', 'q2', 'q3'], lessonReadAt: null, attempts: [], ...overrides });
const QUESTIONED_KINDS: ModuleKind[] = ['QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE'];

describe('module progress: completion by kind', () => {
  it('nothing done is NOT_STARTED, whatever the kind', () => {
    for (const kind of MODULE_KINDS) {
      expect(moduleProgress(facts({ kind }))).toEqual({ status: 'NOT_STARTED', answered: 0, total: 3, score: 0, bestScore: 0, bestScoreRises: [], correctFirstTime: 0, perfect: false, completedAt: null });
    }
  });

  it('a lesson without questions is complete once read to its end, at that instant', () => {
    const progress = moduleProgress(facts({ kind: 'LESSON', questionIds: [], lessonReadAt: at(12) }));
    expect(progress).toEqual({ status: 'COMPLETED', answered: 0, total: 0, score: null, bestScore: null, bestScoreRises: [], correctFirstTime: 0, perfect: false, completedAt: at(12) });
  });

  it('a lesson read to its end with an embedded question unanswered is IN_PROGRESS', () => {
    const progress = moduleProgress(facts({ kind: 'LESSON', lessonReadAt: at(30), attempts: [attempt('q1', 5, 1), attempt('q2', 6, 0)] }));
    expect(progress).toMatchObject({ status: 'IN_PROGRESS', answered: 2, total: 3, completedAt: null });
  });

  it('a lesson whose questions are all answered but not read to its end is IN_PROGRESS', () => {
    const progress = moduleProgress(facts({ kind: 'LESSON', attempts: [attempt('q1', 5, 1), attempt('q2', 6, 1), attempt('q3', 7, 1)] }));
    expect(progress).toMatchObject({ status: 'IN_PROGRESS', answered: 3, completedAt: null });
  });

  it('a lesson completes at the later of the reading and the last first answer', () => {
    const answers = [attempt('q1', 5, 1), attempt('q2', 6, 0), attempt('q3', 7, 1)];
    expect(moduleProgress(facts({ kind: 'LESSON', lessonReadAt: at(20), attempts: answers })).completedAt).toEqual(at(20));
    // Read first, the last question answered afterwards; a later retry of a question does not move the instant.
    const completing = moduleProgress(facts({ kind: 'LESSON', lessonReadAt: at(6), attempts: [...answers, attempt('q2', 40, 1)] }));
    expect(completing).toMatchObject({ status: 'COMPLETED', completedAt: at(7) });
  });

  it.each(QUESTIONED_KINDS)('%s is complete once every question is answered, even wrongly: completing is not passing', (kind) => {
    const progress = moduleProgress(facts({ kind, attempts: [attempt('q3', 9, 0), attempt('q1', 2, 0), attempt('q2', 4, 0)] }));
    expect(progress).toEqual({ status: 'COMPLETED', answered: 3, total: 3, score: 0, bestScore: 0, bestScoreRises: [], correctFirstTime: 0, perfect: false, completedAt: at(9) });
  });

  it.each(QUESTIONED_KINDS)('%s completes at the first answer of its last question, reading plays no part', (kind) => {
    const answers = [attempt('q1', 2, 1), attempt('q2', 4, 1), attempt('q2', 30, 1), attempt('q3', 10, 0), attempt('q3', 50, 1)];
    expect(moduleProgress(facts({ kind, attempts: answers })).completedAt).toEqual(at(10));
    expect(moduleProgress(facts({ kind, attempts: answers, lessonReadAt: at(100) })).completedAt).toEqual(at(10));
    const partial = moduleProgress(facts({ kind, attempts: answers.filter((a) => a.questionId !== 'q3'), lessonReadAt: at(1) }));
    expect(partial).toMatchObject({ status: 'IN_PROGRESS', answered: 2, completedAt: null });
  });

  it.each(QUESTIONED_KINDS)('%s without questions is complete when read, NOT_STARTED before', (kind) => {
    expect(moduleProgress(facts({ kind, questionIds: [], lessonReadAt: at(3) }))).toMatchObject({ status: 'COMPLETED', completedAt: at(3) });
    expect(moduleProgress(facts({ kind, questionIds: [] }))).toMatchObject({ status: 'NOT_STARTED', completedAt: null });
  });

  it('a role-play is never complete from these facts, only IN_PROGRESS once something is done', () => {
    const everything = facts({ kind: 'ROLEPLAY', lessonReadAt: at(1), attempts: [attempt('q1', 2, 1), attempt('q2', 3, 1), attempt('q3', 4, 1)] });
    expect(moduleProgress(everything)).toMatchObject({ status: 'IN_PROGRESS', answered: 3, score: 1, perfect: true, completedAt: null });
    expect(moduleProgress(facts({ kind: 'ROLEPLAY', questionIds: [], lessonReadAt: at(1) }))).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    expect(moduleProgress(facts({ kind: 'ROLEPLAY', attempts: [attempt('q1', 2, 0)] })).status).toBe('IN_PROGRESS');
    expect(moduleProgress(facts({ kind: 'ROLEPLAY', questionIds: [] })).status).toBe('NOT_STARTED');
  });
});

describe('module progress: scores', () => {
  it('the score is the mean of first attempts over all questions, unanswered counting 0', () => {
    const progress = moduleProgress(facts({ questionIds: ['q1', 'q2', 'q3', 'q4'], attempts: [attempt('q1', 1, 1), attempt('q2', 2, 0.5)] }));
    expect(progress).toMatchObject({ status: 'IN_PROGRESS', answered: 2, total: 4, score: 0.375, bestScore: 0.375 });
  });

  it('retries never change the first-attempt score or perfection, but lift the best score', () => {
    const first = [attempt('q1', 1, 1), attempt('q2', 2, 0), attempt('q3', 3, 1)];
    const before = moduleProgress(facts({ attempts: first }));
    const after = moduleProgress(facts({ attempts: [...first, attempt('q2', 20, 1), attempt('q1', 21, 0)] }));
    expect(before).toMatchObject({ score: 2 / 3, bestScore: 2 / 3, correctFirstTime: 2, perfect: false });
    expect(after).toMatchObject({ score: 2 / 3, bestScore: 1, correctFirstTime: 2, perfect: false, completedAt: at(3) });
  });

  it('first means first in time, whatever the order given', () => {
    const progress = moduleProgress(facts({ questionIds: ['q1'], attempts: [attempt('q1', 30, 1), attempt('q1', 10, 0)] }));
    expect(progress).toMatchObject({ score: 0, bestScore: 1, perfect: false, completedAt: at(10) });
  });

  it('simultaneous attempts on a question: the first given is the first attempt', () => {
    const right = attempt('q1', 10, 1);
    const wrong = attempt('q1', 10, 0);
    expect(moduleProgress(facts({ questionIds: ['q1'], attempts: [right, wrong] }))).toMatchObject({ score: 1, perfect: true, bestScore: 1 });
    expect(moduleProgress(facts({ questionIds: ['q1'], attempts: [wrong, right] }))).toMatchObject({ score: 0, perfect: false, bestScore: 1 });
  });

  it('perfect: every question right on its first attempt', () => {
    const all = [attempt('q1', 1, 1), attempt('q2', 2, 1), attempt('q3', 3, 1)];
    expect(moduleProgress(facts({ kind: 'HERITAGE_CHALLENGE', attempts: all })).perfect).toBe(true);
    expect(moduleProgress(facts({ kind: 'HERITAGE_CHALLENGE', attempts: all.slice(0, 2) })).perfect).toBe(false);
    const partial = { questionId: 'q3', score: 0.9, correct: false, answeredAt: at(3) };
    expect(moduleProgress(facts({ kind: 'PRODUCT_CHALLENGE', attempts: [...all.slice(0, 2), partial] })).perfect).toBe(false);
  });

  it('counts the questions right the first time: partial credit and later corrections do not count', () => {
    const partial = { questionId: 'q2', score: 0.5, correct: false, answeredAt: at(2) };
    const progress = moduleProgress(facts({ attempts: [attempt('q1', 1, 1), partial, attempt('q2', 5, 1), attempt('q3', 3, 0), attempt('q3', 6, 1)] }));
    expect(progress).toMatchObject({ correctFirstTime: 1, answered: 3, total: 3 });
  });

  it('attempts on questions outside the module version are ignored, even for starting it', () => {
    const foreign = [attempt('old-q1', 1, 1), attempt('old-q2', 2, 1)];
    expect(moduleProgress(facts({ attempts: foreign }))).toMatchObject({ status: 'NOT_STARTED', answered: 0, score: 0 });
    const mixed = moduleProgress(facts({ attempts: [...foreign, attempt('q1', 3, 1), attempt('q2', 4, 0), attempt('q3', 5, 0)] }));
    expect(mixed).toMatchObject({ status: 'COMPLETED', answered: 3, score: 1 / 3, completedAt: at(5) });
  });

  it('a module without questions has no score and is never perfect', () => {
    expect(moduleProgress(facts({ kind: 'QUIZ', questionIds: [], lessonReadAt: at(1), attempts: [attempt('q1', 2, 1)] }))).toEqual({
      status: 'COMPLETED',
      answered: 0,
      total: 0,
      score: null,
      bestScore: null,
      bestScoreRises: [],
      correctFirstTime: 0,
      perfect: false,
      completedAt: at(1),
    });
  });

  it('a question listed twice counts once', () => {
    const progress = moduleProgress(facts({ questionIds: ['q1', 'q1', 'q2'], attempts: [attempt('q1', 1, 1), attempt('q2', 2, 1)] }));
    expect(progress).toMatchObject({ status: 'COMPLETED', answered: 2, total: 2, score: 1 });
  });

  it('records each instant the best score rose, simultaneous attempts together', () => {
    const progress = moduleProgress(
      facts({
        questionIds: ['q1', 'q2'],
        attempts: [attempt('q1', 1, 0), attempt('q2', 2, 0.5), attempt('q1', 3, 0.5), attempt('q2', 3, 1), attempt('q2', 4, 1), attempt('q1', 5, 0.25)],
      }),
    );
    expect(progress.bestScoreRises).toEqual([
      { at: at(2), bestScore: 0.25 },
      { at: at(3), bestScore: 0.75 },
    ]);
    expect(progress.bestScore).toBe(0.75);
  });

  it('refuses a score outside 0..1 and an invalid date', () => {
    expect(() => moduleProgress(facts({ attempts: [attempt('q1', 1, 1.5)] }))).toThrow(RangeError);
    expect(() => moduleProgress(facts({ attempts: [{ questionId: 'q1', score: 1, correct: true, answeredAt: new Date('nope') }] }))).toThrow(RangeError);
    expect(() => moduleProgress(facts({ lessonReadAt: new Date('nope') }))).toThrow(RangeError);
  });
});

describe('module progress: properties', () => {
  const POOL = ['q1', 'q2', 'q3', 'q4', 'foreign'];
  const attemptArb = fc.record({
    questionId: fc.constantFrom(...POOL),
    minute: fc.integer({ min: 0, max: 200 }),
    score: fc.constantFrom(0, 0.25, 0.5, 1),
  });
  const toAttempt = (a: { questionId: string; minute: number; score: number }) => attempt(a.questionId, a.minute, a.score);
  const factsArb = fc.record({
    kind: fc.constantFrom(...MODULE_KINDS),
    questionIds: fc.subarray(['q1', 'q2', 'q3', 'q4']),
    lessonReadAt: fc.option(fc.integer({ min: 0, max: 200 }).map(at)),
    // No two attempts on one question at the same instant: that tie is settled by the order given, by design.
    attempts: fc.uniqueArray(attemptArb, { maxLength: 15, selector: (a) => `${a.questionId}@${a.minute}` }).map((list) => list.map(toAttempt)),
  });

  it('shuffling the attempts never changes the progress', () => {
    fc.assert(
      fc.property(
        factsArb.chain((f) => fc.tuple(fc.constant(f), fc.shuffledSubarray(f.attempts, { minLength: f.attempts.length, maxLength: f.attempts.length }))),
        ([f, shuffled]) => {
          expect(moduleProgress({ ...f, attempts: shuffled })).toEqual(moduleProgress(f));
        },
      ),
    );
  });

  it('adding an attempt never undoes a completion, nor makes it later', () => {
    fc.assert(
      fc.property(factsArb, attemptArb, (f, extra) => {
        const before: ModuleProgress = moduleProgress(f);
        const after = moduleProgress({ ...f, attempts: [...f.attempts, toAttempt(extra)] });
        if (before.status === 'COMPLETED') {
          expect(after.status).toBe('COMPLETED');
          expect((after.completedAt as Date).getTime()).toBeLessThanOrEqual((before.completedAt as Date).getTime());
        }
        expect(after.answered).toBeGreaterThanOrEqual(before.answered);
        expect(after.bestScore ?? 0).toBeGreaterThanOrEqual(before.bestScore ?? 0);
      }),
    );
  });
});

describe('program progress', () => {
  const lesson = (moduleId: string, readAt: number | null): ProgramModuleFacts => ({
    moduleId,
    kind: 'LESSON',
    progress: moduleProgress(facts({ kind: 'LESSON', questionIds: [], lessonReadAt: readAt === null ? null : at(readAt) })),
  });
  const quiz = (moduleId: string, attempts: ModuleAttemptFact[], questionIds = ['q1', 'q2', 'q3', 'q4', 'q5']): ProgramModuleFacts => ({
    moduleId,
    kind: 'QUIZ',
    progress: moduleProgress(facts({ kind: 'QUIZ', questionIds, attempts })),
  });
  /** Five questions answered at minutes 10..14, the first `right` of them correctly. */
  const fiveAnswers = (right: number) => ['q1', 'q2', 'q3', 'q4', 'q5'].map((q, i) => attempt(q, 10 + i, i < right ? 1 : 0));

  it('counts complete modules and points to the first one not complete, in program order', () => {
    const progress = programProgress([lesson('intro', 1), lesson('heritage', null), quiz('check', fiveAnswers(5)), lesson('outro', null)], 0.8);
    expect(progress).toMatchObject({ completedModules: 2, totalModules: 4, nextModuleId: 'heritage', completed: false, certified: false, certifiedAt: null });
  });

  it('the certification module is the last quiz, its score shown once it is complete', () => {
    const modules = [quiz('warm-up', fiveAnswers(5)), lesson('intro', 1), quiz('final', fiveAnswers(3).slice(0, 4)), lesson('outro', 2)];
    expect(programProgress(modules, 0.5)).toMatchObject({ certificationModuleId: 'final', certificationScore: null, nextModuleId: 'final', certified: false });
  });

  it('a score exactly at the threshold certifies, at the latest completion', () => {
    const progress = programProgress([lesson('intro', 1), quiz('final', fiveAnswers(4))], 0.8);
    expect(progress).toEqual({
      completedModules: 2,
      totalModules: 2,
      nextModuleId: null,
      certificationModuleId: 'final',
      certificationScore: 0.8,
      certified: true,
      certifiedAt: at(14),
      completed: true,
    });
  });

  it('a mean equal to the threshold but for floating point still certifies', () => {
    const partial = (q: string, minutes: number): ModuleAttemptFact => ({ questionId: q, score: 0.7, correct: false, answeredAt: at(minutes) });
    const final = quiz('final', [partial('q1', 1), partial('q2', 2), partial('q3', 3)], ['q1', 'q2', 'q3']);
    expect(final.progress.bestScore).toBeLessThan(0.7);
    expect(programProgress([final], 0.7)).toMatchObject({ certified: true, certifiedAt: at(3) });
  });

  it('below the threshold: completed, not certified; a retry lifting the best score certifies at that instant', () => {
    const below = programProgress([lesson('intro', 1), quiz('final', fiveAnswers(3))], 0.8);
    expect(below).toMatchObject({ completed: true, certified: false, certifiedAt: null, certificationScore: 0.6, nextModuleId: null });

    const firstRetry = attempt('q4', 60, 1);
    const secondRetry = attempt('q5', 90, 1);
    const retried = programProgress([lesson('intro', 1), quiz('final', [...fiveAnswers(3), secondRetry, firstRetry])], 0.8);
    expect(retried).toMatchObject({ completed: true, certified: true, certificationScore: 1, certifiedAt: at(60) });
    // The first-attempt score is untouched by the retries.
    expect(quiz('final', [...fiveAnswers(3), firstRetry]).progress.score).toBe(0.6);
  });

  it('certification waits for every other module: certified when the last one completes', () => {
    const progress = programProgress([quiz('final', fiveAnswers(5)), lesson('late-reading', 500)], 0.8);
    expect(progress).toMatchObject({ certified: true, certifiedAt: at(500), certificationModuleId: 'final' });
    const pending = programProgress([quiz('final', fiveAnswers(5)), lesson('late-reading', null)], 0.8);
    expect(pending).toMatchObject({ certified: false, certifiedAt: null, certificationScore: 1, completed: false, nextModuleId: 'late-reading' });
  });

  it('a threshold reached before the certification quiz is complete certifies when it completes', () => {
    // Four right answers reach 0.8 at minute 13; the fifth question is answered (wrongly) at minute 40.
    const answers = [...fiveAnswers(4).slice(0, 4), attempt('q5', 40, 0)];
    expect(programProgress([quiz('final', answers)], 0.8)).toMatchObject({ certified: true, certifiedAt: at(40) });
  });

  it('a program without a quiz can be completed but never certified', () => {
    const progress = programProgress([lesson('a', 1), lesson('b', 2)], 0.8);
    expect(progress).toMatchObject({ completed: true, certificationModuleId: null, certificationScore: null, certified: false, certifiedAt: null });
  });

  it('a role-play counts as complete only when the progress supplied for it says so', () => {
    const roleplay = (progress: ModuleProgress): ProgramModuleFacts => ({ moduleId: 'boutique-scene', kind: 'ROLEPLAY', progress });
    const fromAttempts = roleplay(moduleProgress(facts({ kind: 'ROLEPLAY', questionIds: [], lessonReadAt: at(5) })));
    expect(programProgress([quiz('final', fiveAnswers(5)), fromAttempts], 0.8)).toMatchObject({ completed: false, certified: false, nextModuleId: 'boutique-scene' });
    const scoredElsewhere = roleplay({ status: 'COMPLETED', answered: 0, total: 0, score: null, bestScore: null, bestScoreRises: [], correctFirstTime: 0, perfect: false, completedAt: at(300) });
    expect(programProgress([quiz('final', fiveAnswers(5)), scoredElsewhere], 0.8)).toMatchObject({ completed: true, certified: true, certifiedAt: at(300) });
  });

  it('an empty program is neither completed nor certified', () => {
    expect(programProgress([], 0.8)).toEqual({
      completedModules: 0,
      totalModules: 0,
      nextModuleId: null,
      certificationModuleId: null,
      certificationScore: null,
      certified: false,
      certifiedAt: null,
      completed: false,
    });
  });

  it('refuses a threshold outside (0, 1]', () => {
    for (const threshold of [0, -0.5, 1.01, Number.NaN]) expect(() => programProgress([], threshold)).toThrow(RangeError);
    expect(() => programProgress([], 1)).not.toThrow();
  });
});

describe('onboarding days', () => {
  it('is 0 when certified on the first day, counted in local dates', () => {
    expect(onboardingDays('2026-03-02', new Date('2026-03-02T21:00:00Z'), 'Europe/Paris')).toBe(0);
    // 23:30 UTC is already the next day in Paris.
    expect(onboardingDays('2026-03-02', new Date('2026-03-02T23:30:00Z'), 'Europe/Paris')).toBe(1);
    expect(onboardingDays('2026-03-02', new Date('2026-03-16T10:00:00Z'), 'Europe/Paris')).toBe(14);
  });

  it('counts calendar days across the end of daylight saving (Paris, 25 October 2026, a 25-hour day)', () => {
    // Start on the 24th; certified at 23:30 on the 25th, Paris time (22:30 UTC): 48.5 elapsed hours, one local day.
    expect(onboardingDays('2026-10-24', new Date('2026-10-25T22:30:00Z'), 'Europe/Paris')).toBe(1);
    // Started on the DST day itself: 23:30 that evening is still day 0, 00:30 the next morning is day 1.
    expect(onboardingDays('2026-10-25', new Date('2026-10-25T22:30:00Z'), 'Europe/Paris')).toBe(0);
    expect(onboardingDays('2026-10-25', new Date('2026-10-25T23:30:00Z'), 'Europe/Paris')).toBe(1);
  });

  it('dates the same instant in the advisor’s own zone', () => {
    const instant = new Date('2026-03-10T02:00:00Z'); // 11:00 on the 10th in Tokyo, 22:00 on the 9th in New York
    expect(onboardingDays('2026-03-02', instant, 'Asia/Tokyo')).toBe(8);
    expect(onboardingDays('2026-03-02', instant, 'America/New_York')).toBe(7);
  });

  it('is 0 for a certification before the official start date', () => {
    expect(onboardingDays('2026-03-10', new Date('2026-03-02T10:00:00Z'), 'Europe/Paris')).toBe(0);
  });

  it('refuses a malformed start date, an invalid instant and an unknown zone', () => {
    for (const startDate of ['2026-3-2', '2026-02-30', '2026-13-01', '02/03/2026', '', '2026-03-02T00:00']) {
      expect(() => onboardingDays(startDate, new Date('2026-03-10T10:00:00Z'), 'Europe/Paris')).toThrow(RangeError);
    }
    expect(() => onboardingDays('2026-03-02', new Date('nope'), 'Europe/Paris')).toThrow(RangeError);
    expect(() => onboardingDays('2026-03-02', new Date('2026-03-10T10:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});
