import { createDataSource } from '../../src/core/database/data-source';
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
