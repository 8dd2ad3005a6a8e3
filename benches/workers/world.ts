import type { Answer, QuestionKey } from '@savoir/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ONBOARDING_PROGRAM } from '../../apps/api/src/seed/content/onboarding-program';
import { seedDemoContent } from '../../apps/api/src/seed/seed-demo-content';
import { seedDemoMaison } from '../../apps/api/src/seed/seed-demo-maison';
import type { Random } from './random';

/** A question as an advisor meets it in a module of the onboarding program. */
export interface BenchQuestion {
  questionId: string;
  versionId: string;
  moduleVersionId: string;
  key: QuestionKey;
}

export interface BenchWorld {
  maisonId: string;
  /** The bench's advisors (the demo maison's own 24 are left alone). */
  advisorIds: string[];
  /** Their time zone: one where it is daytime now, so the nightly DAILY fan-out leaves them out. */
  timezone: string;
  questions: BenchQuestion[];
}

const DAYTIME_ZONES = ['Europe/Paris', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'America/Los_Angeles', 'Pacific/Auckland'];

/** A zone whose local hour is between 08:00 and 20:00 at `now` (one of six spread round the globe always is). */
export function daytimeZone(now: Date): string {
  const hour = (zone: string) => Number(new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(now));
  return DAYTIME_ZONES.find((zone) => hour(zone) >= 8 && hour(zone) < 20) ?? DAYTIME_ZONES[0];
}

/**
 * The demo maison and its 45-skill onboarding program (the seed `npm start` runs), plus `advisors` advisors of the
 * bench's own in its first boutique, all enrolled in onboarding (seedDemoContent enrols every advisor).
 */
export async function seedWorld(dataSource: DataSource, advisors: number, now: Date): Promise<BenchWorld> {
  await seedDemoMaison(dataSource, now);
  const [{ id: maisonId }] = await dataSource.query(`SELECT savoir_maison_ids() AS id`);
  const timezone = daytimeZone(now);
  const advisorIds = Array.from({ length: advisors }, () => randomUUID());
  await inMaison(dataSource, maisonId, async (manager) => {
    const [boutique] = await manager.query(`SELECT id FROM boutique ORDER BY name LIMIT 1`);
    await manager.query(
      `INSERT INTO app_user (id, maison_id, email, display_name, password_hash, roles, locale, timezone, boutique_id, start_date)
       SELECT id, $1, 'bench-' || n || '@savoir.bench', 'Bench Advisor ' || n, NULL, ARRAY['ADVISOR'], 'en', $2, $3, current_date - 14
       FROM unnest($4::uuid[]) WITH ORDINALITY AS advisor(id, n)`,
      [maisonId, timezone, boutique.id, advisorIds],
    );
  });
  await seedDemoContent(dataSource, ONBOARDING_PROGRAM);
  // Warm-up answers are dated back (up to months with `--warmup-answers`): the content was published before them.
  await inMaison(dataSource, maisonId, (manager) => manager.query(`UPDATE question_version SET published_at = published_at - interval '1 year' WHERE published_at IS NOT NULL`));
  const questions = await inMaison(dataSource, maisonId, (manager) =>
    manager.query(
      `SELECT qv.question_id AS "questionId", qv.id AS "versionId", mv.id AS "moduleVersionId", qv.key
       FROM program p JOIN program_module pm ON pm.program_id = p.id
       JOIN module_version mv ON mv.module_id = pm.module_id AND mv.status = 'PUBLISHED'
       JOIN question_version qv ON qv.id = ANY(mv.question_version_ids) AND qv.status = 'PUBLISHED'
       WHERE p.onboarding ORDER BY pm.position, qv.id`,
    ),
  );
  if (!questions.length) throw new Error('The onboarding program has no published questions');
  return { maisonId, advisorIds, timezone, questions };
}

export function inMaison<T>(dataSource: DataSource, maisonId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
    return work(manager);
  });
}

/** The right answer to a question, or a wrong one of the right shape. */
export function answerTo(key: QuestionKey, right: boolean): Answer {
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE': {
      const option = key.options.find((candidate) => candidate.correct === right) ?? key.options[0];
      return { type: key.type, optionId: option.id };
    }
    case 'MULTIPLE_CHOICE': {
      const correct = key.options.filter((option) => option.correct).map((option) => option.id);
      return { type: key.type, optionIds: right ? correct : key.options.filter((option) => !option.correct).map((option) => option.id).slice(0, 1) };
    }
    case 'TRUE_FALSE':
      return { type: key.type, value: right ? key.answer : !key.answer };
    case 'ORDERING':
      return { type: key.type, itemIds: right ? key.itemIds : [...key.itemIds].reverse() };
    case 'MATCHING':
      return { type: key.type, pairs: right ? key.pairs : key.pairs.map((pair, i) => ({ left: pair.left, right: key.pairs[(i + 1) % key.pairs.length].right })) };
    case 'NUMERIC':
      return { type: key.type, value: right ? key.value : key.value + 10 * (key.tolerance + 1) };
  }
}

/** A submitAnswer input for `question`, right with probability `pRight`. */
export function answerInput(question: BenchQuestion, random: Random, pRight: number, answeredAt: Date, timeZone: string) {
  return {
    attemptId: randomUUID(),
    questionId: question.questionId,
    questionVersionId: question.versionId,
    moduleVersionId: question.moduleVersionId,
    answer: answerTo(question.key, random.next() < pRight),
    timeTakenMs: 4000 + Math.floor(random.next() * 20_000),
    answeredAt,
    timeZone,
  };
}
