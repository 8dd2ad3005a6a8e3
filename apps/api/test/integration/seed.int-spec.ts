import { NestFactory } from '@nestjs/core';
import { createDataSource } from '../../src/core/database/data-source';
import { TenantDb } from '../../src/core/database/tenant-db';
import { AnswersService } from '../../src/modules/learning/answers.service';
import { DemoActivityModule } from '../../src/seed/demo-activity.module';
import { seedDemoActivity } from '../../src/seed/seed-demo-activity';
import { DEMO_LOGINS } from '../../src/seed/demo-maison';
import { ONBOARDING_PROGRAM } from '../../src/seed/content/onboarding-program';
import { seedDemoContent } from '../../src/seed/seed-demo-content';
import { seedDemoMaison } from '../../src/seed/seed-demo-maison';
import { useScratchDatabase } from '../utils/scratch-database';

/** The demo seed on its own fresh database (its maison slug is fixed, so it cannot share the run's database). */
describe('demo maison seed', () => {
  const scratch = useScratchDatabase('savoir_seed');

  it('creates the demo maison once, with its regions, boutiques, staff, advisors and cohorts', async () => {
    const dataSource = createDataSource(scratch.current.ownerUrl, { extra: { max: 2 } });
    await dataSource.initialize();
    try {
      const now = new Date('2026-11-23T08:00:00Z');
      expect(await seedDemoMaison(dataSource, now)).toEqual({ created: true });
      expect(await seedDemoMaison(dataSource, now)).toEqual({ created: false });

      const [counts] = await dataSource.query(`SELECT
        (SELECT count(*) FROM maison)::int AS maisons, (SELECT count(*) FROM region)::int AS regions,
        (SELECT count(DISTINCT timezone) FROM boutique)::int AS timezones,
        (SELECT count(*) FROM app_user WHERE 'ADVISOR' = ANY(roles))::int AS advisors,
        (SELECT count(*) FROM app_user WHERE roles && ARRAY['AUTHOR','HR','ADMIN'])::int AS staff,
        (SELECT array_agg(kind ORDER BY kind) FROM cohort) AS cohorts,
        (SELECT max(start_date) - min(start_date) FROM app_user WHERE 'ADVISOR' = ANY(roles)) AS start_spread_days,
        (SELECT min(start_date) >= date '2026-09-14' FROM app_user WHERE 'ADVISOR' = ANY(roles)) AS within_ten_weeks`);
      expect(counts).toEqual({ maisons: 1, regions: 2, timezones: 4, advisors: 24, staff: 3, cohorts: ['CONTROL', 'PILOT'], start_spread_days: expect.any(Number), within_ten_weeks: true });
      expect(counts.start_spread_days).toBeGreaterThanOrEqual(60);
      expect(DEMO_LOGINS.map((login) => login.email)).toEqual(
        expect.arrayContaining(['admin@maison-aurele.test', 'author@maison-aurele.test', 'hr@maison-aurele.test', 'advisor@maison-aurele.test']),
      );
      const { skills, modules, questions } = { skills: ONBOARDING_PROGRAM.skills.length, modules: ONBOARDING_PROGRAM.modules.length, questions: ONBOARDING_PROGRAM.questions.length };
      expect(await seedDemoContent(dataSource, ONBOARDING_PROGRAM)).toEqual({
        skills: { created: skills, updated: 0 },
        questions: { created: questions, updated: 0 },
        modules: { created: modules, updated: 0 },
        program: 'created',
      });
      const nothing = { created: 0, updated: 0 };
      expect(await seedDemoContent(dataSource, ONBOARDING_PROGRAM)).toEqual({ skills: nothing, questions: nothing, modules: nothing, program: 'unchanged' });
      const [content] = await dataSource.query(`SELECT (SELECT count(*) FROM skill)::int AS skills, (SELECT count(*) FROM skill_prerequisite)::int AS edges,
        (SELECT count(*) FROM question_version WHERE status = 'PUBLISHED')::int AS questions,
        (SELECT count(*) FROM module_version WHERE status = 'PUBLISHED' AND cardinality(question_version_ids) = cardinality(questions))::int AS modules,
        (SELECT count(*) FROM program_module pm JOIN program p ON p.id = pm.program_id WHERE p.onboarding)::int AS onboarding_modules,
        (SELECT count(*) FROM audit_entry a JOIN app_user u ON u.id = a.actor_id WHERE u.email = 'author@maison-aurele.test')::int AS audited`);
      const edges = ONBOARDING_PROGRAM.skills.reduce((sum, skill) => sum + skill.prerequisites.length, 0);
      expect(content).toEqual({ skills, edges, questions, modules, onboarding_modules: ONBOARDING_PROGRAM.program.modules.length, audited: skills + questions + modules + 1 });
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('demo history', () => {
  const scratch = useScratchDatabase('savoir_history');

  it("gives every demo advisor but the one who signs in a history through the app's own services, once", async () => {
    const owner = createDataSource(scratch.current.ownerUrl, { extra: { max: 2 } });
    await owner.initialize();
    const env = { DATABASE_URL: process.env.DATABASE_URL, APP_DATABASE_URL: process.env.APP_DATABASE_URL };
    Object.assign(process.env, { DATABASE_URL: scratch.current.ownerUrl, APP_DATABASE_URL: scratch.current.appUrl });
    const app = await NestFactory.createApplicationContext(DemoActivityModule, { logger: ['error', 'warn'] });
    try {
      await seedDemoMaison(owner, new Date());
      await seedDemoContent(owner, ONBOARDING_PROGRAM);
      const history = () => seedDemoActivity(owner, app.get(TenantDb), app.get(AnswersService, { strict: false }));

      const first = await history();
      expect(first).toEqual({ advisors: 23, answers: expect.any(Number), lessons: expect.any(Number) });
      const perAdvisor: Array<{ email: string; start_date: string; answers: number; questions: number; right: number; earliest: Date | null; latest: Date | null }> = await owner.query(
        `SELECT u.email, u.start_date::text, count(a.id)::int AS answers, count(DISTINCT a.question_id)::int AS questions, count(a.id) FILTER (WHERE a.correct)::int AS right,
           min(a.answered_at) AS earliest, max(a.answered_at) AS latest
         FROM app_user u LEFT JOIN attempt a ON a.user_id = u.id WHERE 'ADVISOR' = ANY(u.roles) GROUP BY u.email, u.start_date ORDER BY u.start_date`,
      );
      const [created] = await owner.query(`SELECT created_at FROM maison`);
      // The advisor who signs in for the demo started yesterday and has everything before her.
      expect(perAdvisor.find((row) => row.email === 'advisor@maison-aurele.test')?.answers).toBe(0);
      const others = perAdvisor.filter((row) => row.email !== 'advisor@maison-aurele.test');
      expect(others.reduce((sum, row) => sum + row.answers, 0)).toBe(first.answers);
      for (const row of others) {
        expect(row.answers).toBeGreaterThan(0);
        // From their first day to the seed, each at its own instant (not moved by the offline window).
        expect(row.earliest?.getTime()).toBeGreaterThanOrEqual(Date.parse(`${row.start_date}T00:00:00Z`) - 14 * 3_600_000);
        expect(row.earliest?.getTime()).toBeLessThan(Date.parse(`${row.start_date}T00:00:00Z`) + 7 * 86_400_000);
        expect(row.latest?.getTime()).toBeLessThan(created.created_at.getTime());
      }
      // The longest in post went through the whole program; the newest through part of it.
      const questions = new Set(ONBOARDING_PROGRAM.program.modules.flatMap((code) => ONBOARDING_PROGRAM.modules.find((module) => module.code === code)?.questions ?? [])).size;
      expect(others[0].questions).toBe(questions);
      expect(others.at(-1)?.questions).toBeLessThan(questions / 2);
      // Some answers wrong, most right: gaps differ from one advisor and skill to the next.
      const right = others.reduce((sum, row) => sum + row.right, 0) / first.answers;
      expect(right).toBeGreaterThan(0.6);
      expect(right).toBeLessThan(0.95);
      // The learner model and the judgement moved with them, and the worker has every answer to award.
      const [effects] = await owner.query(`SELECT (SELECT count(DISTINCT user_id) FROM skill_mastery)::int AS advisors_estimated,
        (SELECT count(*) FROM learner_judgement)::int AS advisors_judged,
        (SELECT count(*) FROM outbox_event WHERE type = 'answer.recorded')::int AS events`);
      expect(effects).toEqual({ advisors_estimated: 23, advisors_judged: 23, events: first.answers });

      // Once: a second run records nothing more.
      expect(await history()).toEqual({ advisors: 0, answers: 0, lessons: 0 });
      const count = async () => (await owner.query(`SELECT count(*)::int AS count FROM attempt`))[0].count;
      expect(await count()).toBe(first.answers);

      // A run stopped before an advisor's last answer goes on from there: what was recorded is replayed, unchanged.
      const [stopped] = await owner.query(`SELECT a.id, a.user_id FROM attempt a JOIN app_user u ON u.id = a.user_id WHERE u.email = $1 ORDER BY a.answered_at DESC LIMIT 1`, [others[0].email]);
      await owner.query(`DELETE FROM attempt WHERE id = $1`, [stopped.id]);
      expect(await history()).toEqual({ advisors: 1, answers: others[0].answers, lessons: expect.any(Number) });
      expect(await count()).toBe(first.answers);
      expect((await owner.query(`SELECT user_id FROM attempt WHERE id = $1`, [stopped.id]))[0]?.user_id).toBe(stopped.user_id);
    } finally {
      await app.close();
      Object.assign(process.env, env);
      await owner.destroy();
    }
    // Some 3,600 answers through the app's own services: 1.5 to 2 minutes alone on the project's 2-core machines,
    // more beside the other tiers.
  }, 420_000);
});
