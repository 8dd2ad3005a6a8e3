import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../src/core/database/data-source';
import { TenantDb } from '../../src/core/database/tenant-db';

describe('TenantDb transactions', () => {
  let dataSource: DataSource;
  let db: TenantDb;

  beforeAll(async () => {
    dataSource = createDataSource(process.env.DATABASE_URL as string, { extra: { max: 4 } });
    await dataSource.initialize();
    db = new TenantDb(dataSource);
  });

  afterAll(() => dataSource.destroy());

  it('runs again a transaction Postgres aborted to break a deadlock, so both writers succeed', async () => {
    const [first, second] = [`deadlock:${randomUUID()}:a`, `deadlock:${randomUUID()}:b`];
    const lock = (manager: EntityManager, key: string) => manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
    // Each writer takes one lock, waits until the other holds its own, then wants the other's: a deadlock, once.
    let held = 0;
    const bothHeld = () => new Promise<void>((resolve) => {
      const check = () => (held >= 2 ? resolve() : setTimeout(check, 5));
      check();
    });
    const attempts = { ab: 0, ba: 0 };
    const writer = (name: 'ab' | 'ba', [mine, theirs]: [string, string]) =>
      db.run(randomUUID(), async (manager) => {
        attempts[name]++;
        await lock(manager, mine);
        if (attempts[name] === 1) {
          held++;
          await bothHeld();
        }
        await lock(manager, theirs);
        return name;
      });

    await expect(Promise.all([writer('ab', [first, second]), writer('ba', [second, first])])).resolves.toEqual(['ab', 'ba']);
    expect(attempts.ab + attempts.ba).toBe(3); // one of them was aborted and ran again
  });

  it('does not run again a transaction that failed for any other reason', async () => {
    let attempts = 0;
    await expect(
      db.run(randomUUID(), async (manager) => {
        attempts++;
        await manager.query(`SELECT 1 / 0`);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(attempts).toBe(1);
  });
});
