import { randomUUID } from 'node:crypto';
import { createDataSource } from '../../src/core/database/data-source';
import { runMigrations } from '../../src/core/database/migrate';
import { migrationsFrom, useScratchDatabase } from '../utils/scratch-database';

/** This migration and the ones after it, which are undone before it and run again after it. */
const FROM_IT = migrationsFrom('IndexQuestionBankSearch1765094400000');

/**
 * The question bank's search finds its candidates in a text each version carries: the migration must write it for
 * the versions already there, and the app role must reach the candidates through the function it may call.
 */
describe('migration IndexQuestionBankSearch', () => {
  const scratch = useScratchDatabase('savoir_question_search');

  it("fills the search text of the versions written before it, and the app role finds a question by its latest version's", async () => {
    const owner = createDataSource(scratch.current.ownerUrl, { extra: { max: 1 } });
    await owner.initialize();
    const maisonId = randomUUID();
    const questionId = randomUUID();
    try {
      for (let undone = 0; undone < FROM_IT.length; undone++) await owner.undoLastMigration({ transaction: 'each' });
      await owner.query(`INSERT INTO maison (id, slug, name) VALUES ($1, $2, 'Maison')`, [maisonId, `maison-${maisonId.slice(0, 8)}`]);
      await owner.query(`INSERT INTO question (id, maison_id, code) VALUES ($1, $2, 'craft.q-dial')`, [questionId, maisonId]);
      const prompt = (fr: string) => ({ prompt: { sourceLocale: 'en', revision: 1, values: { en: { text: 'The dial?', revision: 1 }, fr: { text: fr, revision: 1 } } } });
      for (const [version, status, fr] of [[1, 'PUBLISHED', 'Émail grand feu ?'], [2, 'DRAFT', 'Cadran guilloché ?']] as const) {
        await owner.query(
          `INSERT INTO question_version (maison_id, question_id, version, status, last_editor_id, type, difficulty, skills, key, presentation)
           VALUES ($1, $2, $3, $4, $5, 'TRUE_FALSE', 1, ARRAY['craft.enamel'], '{"type": "TRUE_FALSE", "answer": true}', $6)`,
          [maisonId, questionId, version, status, randomUUID(), JSON.stringify(prompt(fr))],
        );
      }
    } finally {
      await owner.destroy();
    }

    expect(await runMigrations(scratch.current.ownerUrl, scratch.current.appUrl)).toEqual(FROM_IT);

    const app = createDataSource(scratch.current.appUrl, { extra: { max: 1 } });
    await app.initialize();
    try {
      const candidates = (pattern: string, inMaison = maisonId) =>
        app.transaction(async (manager) => {
          await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [inMaison]);
          return (await manager.query(`SELECT savoir_question_search_candidates($1) AS id`, [pattern])).map((row: { id: string }) => row.id);
        });
      expect(await candidates('%GUILLOCHE%')).toEqual([questionId]);
      expect(await candidates('%craft.enamel%')).toEqual([questionId]);
      expect(await candidates('%grand feu%')).toEqual([]); // only version 1 says it
      expect(await candidates('%guilloche%', randomUUID())).toEqual([]); // from another maison
    } finally {
      await app.destroy();
    }
  });
});
