import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the question bank's search looks in, of a version, as one lower-case text: its skills, then each locale's
 * prompt without accents, one per line. Lower-cased once here, so that a candidate is tested with LIKE, not ILIKE.
 */
const searchTextOf = (row: string) =>
  `lower(concat_ws(E'\\n', array_to_string(${row}.skills, E'\\n'), (SELECT string_agg(unaccent(text.value ->> 'text'), E'\\n') FROM jsonb_each(${row}.presentation #> '{prompt,values}') text)))`;

/**
 * A search of a bank of 20,000 questions read every question's latest version and unaccented its prompts: 160 to
 * 300 ms. Trigram indexes on codes and on that text now find the questions worth testing: a few milliseconds for a
 * rare word.
 *
 * A trigger writes the text, not the application nor a generated column: it holds for every writer (the bank, the
 * package import, SQL in tests), and calls the very `unaccent()` the search calls, which a generated column cannot
 * (it is not IMMUTABLE).
 *
 * The app role cannot use these indexes itself: under row-level security, Postgres tests a condition that is not
 * leakproof (LIKE) only after the policy, so never through an index. savoir_question_search_candidates runs as the
 * owner instead, inside the current maison as the policy would be. It returns a superset of what the search finds:
 * the search still tests each candidate's latest version exactly as before.
 */
export class IndexQuestionBankSearch1765094400000 implements MigrationInterface {
  name = 'IndexQuestionBankSearch1765094400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`ALTER TABLE "question_version" ADD "search_text" text`);
    await queryRunner.query(`UPDATE question_version v SET search_text = ${searchTextOf('v')}`);
    await queryRunner.query(`ALTER TABLE "question_version" ALTER COLUMN "search_text" SET NOT NULL`);
    await queryRunner.query(`CREATE FUNCTION question_version_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := ${searchTextOf('NEW')};
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_question_version_search_text BEFORE INSERT OR UPDATE ON question_version
      FOR EACH ROW EXECUTE FUNCTION question_version_search_text()`);
    await queryRunner.query(`CREATE INDEX "ix_question_version_search_text" ON "question_version" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_question_code_trgm" ON "question" USING gin ("code" gin_trgm_ops)`);

    // The questions of the current maison whose code, or whose latest version's text, may hold `p_pattern` (the
    // search's contains-pattern). One more '%' at the end: unaccent turns '＼' into '\', which could escape the closing
    // one. Without accents the two patterns are the same, and the index is read once. ROWS 100: most searches find a
    // few questions, which the search then reads by key rather than scanning them all.
    await queryRunner.query(`CREATE FUNCTION savoir_question_search_candidates(p_pattern text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 100
      AS $$
        SELECT v.question_id FROM question_version v
        WHERE v.maison_id = current_maison_id()
          AND v.search_text LIKE ANY (ARRAY(SELECT DISTINCT unnest(ARRAY[lower(p_pattern) || '%', lower(unaccent(p_pattern)) || '%'])))
          AND NOT EXISTS (SELECT 1 FROM question_version newer WHERE newer.question_id = v.question_id AND newer.version > v.version)
        UNION
        SELECT q.id FROM question q WHERE q.maison_id = current_maison_id() AND q.code ILIKE p_pattern
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION savoir_question_search_candidates(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION savoir_question_search_candidates(text) TO savoir_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION savoir_question_search_candidates(text)`);
    await queryRunner.query(`DROP INDEX "ix_question_code_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_question_version_search_text"`);
    await queryRunner.query(`DROP TRIGGER trg_question_version_search_text ON question_version`);
    await queryRunner.query(`DROP FUNCTION question_version_search_text()`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP COLUMN "search_text"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
