import { createDataSource } from '../../src/core/database/data-source';
import { DEMO_LOGINS } from '../../src/seed/demo-maison';
import { seedDemoMaison } from '../../src/seed/seed-demo-maison';
import { createScratchDatabase } from '../utils/scratch-database';

/** The demo seed on its own fresh database (its maison slug is fixed, so it cannot share the run's database). */
describe('demo maison seed', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase('savoir_seed');
  });

  afterAll(() => scratch.drop());

  it('creates the demo maison once, with its regions, boutiques, staff, advisors and cohorts', async () => {
    const dataSource = createDataSource(scratch.ownerUrl, { extra: { max: 2 } });
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
    } finally {
      await dataSource.destroy();
    }
  });
});
