import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in looks an email up across maisons and, when it belongs to several, checks the password against each before
 * asking which maison (so no one learns that without the password). The lookup stopped at two maisons, so someone
 * whose email was in a third could never sign in: it now returns up to ten (each is one password hash to check).
 */
export class FindLoginInEveryMaison1764662400000 implements MigrationInterface {
  name = 'FindLoginInEveryMaison1764662400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(findLogin(10));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(findLogin(2));
  }
}

// CREATE OR REPLACE keeps the function's grants (EXECUTE to savoir_app only).
const findLogin = (limit: number) => `CREATE OR REPLACE FUNCTION savoir_find_login(p_email text, p_maison_slug text)
  RETURNS TABLE (user_id uuid, maison_id uuid, password_hash text, active boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT u.id, u.maison_id, u.password_hash, u.active
    FROM app_user u JOIN maison m ON m.id = u.maison_id
    WHERE u.email = p_email AND (p_maison_slug IS NULL OR m.slug = p_maison_slug)
    ORDER BY m.slug
    LIMIT ${limit}
  $$`;
