import { createDataSource } from '../../src/core/database/data-source';
import { runMigrations } from '../../src/core/database/migrate';
import { migrationsFrom, useScratchDatabase } from '../utils/scratch-database';

const INDEX = 'ix_attempt_user_answered';
/** This migration and the ones after it, which are undone before it and run again after it. */
const FROM_IT = migrationsFrom('IndexAttemptsByAnsweredAt1764576000000');

/**
 * The index on answers by advisor and answer time is built concurrently, outside a transaction: an interrupted
 * build leaves an invalid index behind, which the migration run again must replace rather than take as done.
 */
describe('migration IndexAttemptsByAnsweredAt', () => {
  const scratch = useScratchDatabase('savoir_attempt_index');

  it('builds the index, removes it when undone, and replaces an invalid one an interrupted build left', async () => {
    const dataSource = createDataSource(scratch.current.ownerUrl, { extra: { max: 1 } });
    await dataSource.initialize();
    const index = async (): Promise<{ valid: boolean; definition: string } | null> =>
      (
        await dataSource.query(
          `SELECT i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1`,
          [INDEX],
        )
      )[0] ?? null;
    try {
      expect(await index()).toEqual({ valid: true, definition: expect.stringContaining('ON public.attempt USING btree (user_id, answered_at)') });

      for (let undone = 0; undone < FROM_IT.length; undone++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await index()).toBeNull();

      // What a concurrent build cut short leaves: an index of that name that Postgres does not use.
      await dataSource.query(`CREATE INDEX "${INDEX}" ON "attempt" ("user_id")`);
      await dataSource.query(`UPDATE pg_index SET indisvalid = false WHERE indexrelid = $1::regclass`, [INDEX]);
      expect(await index()).toEqual({ valid: false, definition: expect.stringContaining('(user_id)') });

      expect(await runMigrations(scratch.current.ownerUrl, scratch.current.appUrl)).toEqual(FROM_IT);
      expect(await index()).toEqual({ valid: true, definition: expect.stringContaining('ON public.attempt USING btree (user_id, answered_at)') });
    } finally {
      await dataSource.destroy();
    }
  });
});
