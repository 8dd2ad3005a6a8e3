import { createHash } from 'node:crypto';
import { blindAnswer, endOfLocalDay, keyedAnswer, streamFor, type QuestionKey } from '@savoir/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../core/auth/access';
import type { TenantDb } from '../core/database/tenant-db';
import type { AnswersService } from '../modules/learning/answers.service';
import { DEMO_LOGINS, DEMO_MAISON } from './demo-maison';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;
/** The seed of every demo advisor's history: the same database gets the same history. */
const HISTORY_SEED = 1837;
/** Advisors whose history is recorded at once (each one's answers in order). */
const HISTORY_CONCURRENCY = 4;
/** Demo content counts as published this long before the first advisor's start, so their answers can be older. */
const PUBLISHED_BEFORE_FIRST_START_DAYS = 14;

/** How each demo advisor learns: their chance of already knowing a skill, of slipping, of learning from an explanation. */
const HISTORY = {
  knownAtStart: [0.35, 0.8] as const,
  slip: 0.08,
  learnFromExplanation: 0.45,
  /** Chance of a sitting on a working day and on a weekend day; a sitting is one or two modules. */
  sittingChance: { weekday: 0.8, weekend: 0.2 },
} as const;

interface DemoAdvisorRow {
  id: string;
  email: string;
  locale: string;
  timezone: string;
  start_date: string;
}

interface ProgramModuleRow {
  kind: string;
  version_id: string;
  questions: Array<{ id: string; question_id: string; key: QuestionKey; skills: string[] }>;
}

export interface DemoActivity {
  advisors: number;
  answers: number;
  lessons: number;
}

/**
 * The demo maison's history, so that Insights, Studio statistics and the leaderboard have figures on a fresh
 * `npm start`. Every demo advisor but those who sign in for the demo follows the onboarding program from their start
 * date to the moment the maison was created: a module or two on most working days, reading lessons to their end and
 * answering each question as someone who knows its skills (bar a slip) or guesses, learning from the explanation.
 *
 * Answers go through `AnswersService` as the app's do (attempt, learner model, progress, `answer.recorded` in the
 * outbox), so the worker turns them into XP, streaks, badges and challenges. Deterministic and resumable: attempt ids
 * derive from the advisor, the module and the question, an advisor whose last answer is recorded is skipped, and a run stopped
 * half-way replays what it had recorded (a replay changes nothing) and goes on.
 */
export async function seedDemoActivity(owner: DataSource, tenants: TenantDb, answers: AnswersService, onStart?: (advisors: number) => void): Promise<DemoActivity> {
  const [maison] = await owner.query(`SELECT id, created_at FROM maison WHERE slug = $1`, [DEMO_MAISON.slug]);
  if (!maison) throw new Error('Seed the demo maison before its history');
  const maisonId: string = maison.id;
  const historyEnd: Date = maison.created_at;
  const signIns = DEMO_LOGINS.map((login) => login.email);

  const advisors: DemoAdvisorRow[] = await tenants.run(maisonId, (manager) =>
    manager.query(`SELECT id, email, locale, timezone, start_date::text FROM app_user WHERE 'ADVISOR' = ANY(roles) AND NOT (email = ANY($1)) ORDER BY email`, [signIns]),
  );
  if (!advisors.length) return { advisors: 0, answers: 0, lessons: 0 };
  await publishBefore(owner, maisonId, new Date(Date.parse(advisors.map((advisor) => advisor.start_date).sort()[0]) - PUBLISHED_BEFORE_FIRST_START_DAYS * DAY_MS));
  const modules = await onboardingModules(tenants, maisonId);

  // An advisor whose last answer is recorded has their whole history.
  const histories = advisors.map((advisor) => {
    const sittings = plan(advisor, modules, historyEnd);
    return { advisor, sittings, lastAttemptId: sittings.flatMap((sitting) => sitting.answers).at(-1)?.attemptId ?? null };
  });
  const lastAttemptIds = histories.flatMap(({ lastAttemptId }) => (lastAttemptId ? [lastAttemptId] : []));
  const recorded = new Set<string>((await tenants.run(maisonId, (manager) => manager.query(`SELECT id FROM attempt WHERE id = ANY($1)`, [lastAttemptIds]))).map((row: { id: string }) => row.id));
  const waiting = histories.filter(({ lastAttemptId }) => lastAttemptId && !recorded.has(lastAttemptId));
  if (waiting.length) onStart?.(waiting.length);

  const done = { advisors: 0, answers: 0, lessons: 0 };
  const replay = async ({ advisor, sittings }: (typeof histories)[number]) => {
    const actor: Actor = { userId: advisor.id, maisonId, roles: ['ADVISOR'] };
    for (const sitting of sittings) {
      // Each recorded as it was given, online, at its own instant.
      if (sitting.lesson) {
        await answers.completeLesson(actor, sitting.lesson.versionId, { readAt: sitting.lesson.at, timeZone: advisor.timezone }, sitting.lesson.at);
        done.lessons += 1;
      }
      for (const answer of sitting.answers) {
        await answers.submit(actor, { ...answer, timeZone: advisor.timezone }, advisor.locale, answer.answeredAt);
        done.answers += 1;
      }
    }
    done.advisors += 1;
  };
  // A few advisors at a time: each one's answers in order, as their learner model needs.
  await Promise.all(
    Array.from({ length: HISTORY_CONCURRENCY }, async () => {
      for (let next = waiting.shift(); next; next = waiting.shift()) await replay(next);
    }),
  );
  return done;
}

/** Demo content published at seed time is dated `at` instead, as a maison's program is published before its advisors start. */
async function publishBefore(owner: DataSource, maisonId: string, at: Date): Promise<void> {
  await owner.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
    for (const table of ['question_version', 'module_version']) {
      await manager.query(`UPDATE ${table} SET published_at = $2 WHERE maison_id = $1 AND published_at > $2`, [maisonId, at]);
    }
  });
}

/** The onboarding program's published modules in order, each with its questions' keys and skills. */
function onboardingModules(tenants: TenantDb, maisonId: string): Promise<ProgramModuleRow[]> {
  return tenants.run(maisonId, (manager) =>
    manager.query(
      `SELECT m.kind, mv.id AS version_id,
         COALESCE((SELECT json_agg(json_build_object('id', qv.id, 'question_id', qv.question_id, 'key', qv.key, 'skills', qv.skills) ORDER BY q.position)
           FROM unnest(mv.question_version_ids) WITH ORDINALITY AS q(id, position) JOIN question_version qv ON qv.id = q.id), '[]') AS questions
       FROM program p JOIN program_module pm ON pm.program_id = p.id JOIN module m ON m.id = pm.module_id
       JOIN module_version mv ON mv.module_id = m.id AND mv.status = 'PUBLISHED'
       WHERE p.onboarding ORDER BY pm.position`,
    ),
  );
}

interface Sitting {
  lesson: { versionId: string; at: Date } | null;
  answers: Array<{ attemptId: string; questionId: string; questionVersionId: string; moduleVersionId: string; answer: Record<string, unknown>; timeTakenMs: number; answeredAt: Date }>;
}

/** One advisor's history, module by module (one sitting each), from their start date to `end`. */
function plan(advisor: DemoAdvisorRow, modules: readonly ProgramModuleRow[], end: Date): Sitting[] {
  const random = streamFor(HISTORY_SEED, advisor.email);
  const knownAtStart = random.uniform(...HISTORY.knownAtStart);
  const known = new Map<string, boolean>();
  const knows = (skill: string) => {
    if (!known.has(skill)) known.set(skill, random.chance(knownAtStart));
    return known.get(skill) as boolean;
  };
  // Local midnight of the start date (noon UTC is within that date in every demo boutique's zone).
  const firstDay = endOfLocalDay(new Date(Date.parse(`${advisor.start_date}T12:00:00Z`) - DAY_MS), advisor.timezone).getTime();

  const sittings: Sitting[] = [];
  let next = 0;
  for (let day = firstDay; next < modules.length && day < end.getTime(); day += DAY_MS) {
    const weekday = new Date(day + 12 * 60 * MINUTE_MS).getUTCDay();
    if (!random.chance(weekday === 0 || weekday === 6 ? HISTORY.sittingChance.weekend : HISTORY.sittingChance.weekday)) continue;
    let at = day + (9.5 + random.uniform(0, 8)) * 60 * MINUTE_MS;
    for (let count = random.chance(0.5) ? 2 : 1; count > 0 && next < modules.length; count--) {
      const module = modules[next++];
      const sitting: Sitting = { lesson: module.kind === 'LESSON' ? { versionId: module.version_id, at: new Date(at) } : null, answers: [] };
      for (const question of module.questions) {
        at += random.uniform(0.5, 2) * MINUTE_MS;
        const right = question.skills.every(knows) && !random.chance(HISTORY.slip);
        sitting.answers.push({
          attemptId: demoAttemptId(advisor.email, module.version_id, question.question_id),
          questionId: question.question_id,
          questionVersionId: question.id,
          moduleVersionId: module.version_id,
          answer: (right ? keyedAnswer(question.key) : blindAnswer(question.key, random)) as unknown as Record<string, unknown>,
          timeTakenMs: Math.round(random.uniform(8, 40) * 1000),
          answeredAt: new Date(at),
        });
        // The explanation after the answer teaches what was not known.
        for (const skill of question.skills) if (!right && random.chance(HISTORY.learnFromExplanation)) known.set(skill, true);
      }
      // The history stops at `end`: a module that would run past it is not begun.
      if (at >= end.getTime()) return sittings;
      sittings.push(sitting);
      at += 5 * MINUTE_MS;
    }
  }
  return sittings;
}

/** A UUID derived from the advisor, the module and the question: the same answer gets the same attempt id on every run. */
function demoAttemptId(email: string, moduleVersionId: string, questionId: string): string {
  const hex = createHash('sha256').update(`demo-attempt:${email}:${moduleVersionId}:${questionId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

