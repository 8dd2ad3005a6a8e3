import { Injectable } from '@nestjs/common';
import { badgeProgress, isoWeek, isReportableGroup, leaderboardWindow, levelFor, localDate, openBadgeCredential, resolvePlainText, streakStatus, teamQuestProgress, EMPTY_STREAK } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { isUuid } from '../../core/database/find-or-fail';
import { DomainError } from '../../core/errors/domain-error';
import { UserEntity } from '../identity/entities/user.entity';
import { BoutiqueEntity } from '../organisation/entities/boutique.entity';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import type { BadgeCredentialModel, BadgeModel, EarnedXpModel, LeaderboardModel, LeaderboardScope, MyGamificationModel, TeamQuestModel } from './dtos/gamification.model';
import { BadgeAwardEntity, BadgeDefinitionEntity } from './entities/badge.entity';
import { ConsentRecordEntity } from './entities/consent-record.entity';
import { LearnerStreakEntity } from './entities/learner-streak.entity';
import { learnerFacts } from './gamification-ledger.service';

/** A week of a few short moments per advisor: the boutique's shared goal scales with its team. */
const TEAM_QUEST_XP_PER_ADVISOR = 150;

/**
 * An XP event of the week holding `at`, in the zone `zone` (SQL expressions: a parameter or a column): a range on
 * `occurred_at`, so the advisor's ledger is read through its index for the week alone rather than whole.
 */
const IN_WEEK = (zone: string, at: string) =>
  `e.occurred_at >= date_trunc('week', ${at}::timestamptz AT TIME ZONE ${zone}) AT TIME ZONE ${zone}
   AND e.occurred_at < (date_trunc('week', ${at}::timestamptz AT TIME ZONE ${zone}) + interval '1 week') AT TIME ZONE ${zone}`;

/** What an advisor sees of their gamification: XP, level, streak, badges; the opt-in leaderboards; the team quest. */
@Injectable()
export class GamificationService {
  constructor(private readonly db: TenantDb) {}

  mine(actor: Actor, locale: string, now = new Date()): Promise<MyGamificationModel> {
    return this.db.run(actor.maisonId, async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const facts = await learnerFacts(manager, actor.userId);
      const state = (await manager.findOneBy(LearnerStreakEntity, { userId: actor.userId }))?.state ?? EMPTY_STREAK;
      const status = streakStatus(state, now, user.timezone);
      const [{ today }] = await manager.query(
        `SELECT COALESCE(SUM(amount), 0)::int AS today FROM xp_event WHERE user_id = $1 AND (occurred_at AT TIME ZONE $2)::date = $3::date`,
        [actor.userId, user.timezone, localDate(now, user.timezone)],
      );
      const definitions = await manager.findBy(BadgeDefinitionEntity, { maisonId: actor.maisonId });
      const awards = new Map((await manager.findBy(BadgeAwardEntity, { userId: actor.userId })).map((award) => [award.badgeCode, award]));
      const badges: BadgeModel[] = definitions.map((definition) => {
        const award = awards.get(definition.code);
        const progress = badgeProgress({ code: definition.code, criteria: definition.criteria }, facts);
        return {
          code: definition.code,
          name: resolvePlainText(definition.name, locale),
          description: resolvePlainText(definition.description, locale),
          earned: Boolean(award),
          awardedAt: award?.awardedAt ?? null,
          current: award ? progress.target : progress.current,
          target: progress.target,
        };
      });
      badges.sort((a, b) => Number(b.earned) - Number(a.earned) || (b.awardedAt?.getTime() ?? 0) - (a.awardedAt?.getTime() ?? 0) || b.current / (b.target || 1) - a.current / (a.target || 1));
      // Active today: the streak stands and is not waiting for today, as the streak rules see it (an activity dated
      // in the zone the advisor was in, e.g. already tomorrow in Tokyo, counts for today in Paris).
      return {
        totalXp: facts.totalXp,
        xpToday: today,
        level: levelFor(facts.totalXp),
        streak: { ...status, longest: state.longest, freezes: state.freezes, activeToday: status.current > 0 && !status.atRisk },
        badges,
        leaderboardOptIn: await consented(manager, actor.userId),
      };
    });
  }

  /** Records the advisor's choice (append-only); leaderboards are off until they opt in. */
  setLeaderboardConsent(actor: Actor, granted: boolean): Promise<boolean> {
    return this.db.run(actor.maisonId, async (manager) => {
      await manager.insert(ConsentRecordEntity, { maisonId: actor.maisonId, userId: actor.userId, purpose: 'LEADERBOARD', granted });
      return granted;
    });
  }

  /**
   * What a module has earned the advisor so far: the ledger's XP for its sources (`module:<progress>` once completed,
   * `attempt:<id>` of its questions, in any version), and how many of those the worker has awarded yet.
   */
  async moduleXp(actor: Actor, moduleId: string): Promise<EarnedXpModel> {
    if (!isUuid(moduleId)) throw DomainError.notFound('The module');
    return this.db.run(actor.maisonId, async (manager) => {
      const [earned]: EarnedXpModel[] = await manager.query(
        `WITH progress AS (
           SELECT mp.id, mp.status, mv.question_version_ids FROM module_progress mp JOIN module_version mv ON mv.id = mp.module_version_id
           WHERE mp.user_id = $1 AND mp.module_id = $2),
         source AS (
           SELECT 'module:' || p.id AS key FROM progress p WHERE p.status = 'COMPLETED'
           UNION ALL
           SELECT 'attempt:' || a.id FROM progress p JOIN question_version qv ON qv.id = ANY(p.question_version_ids) JOIN attempt a ON a.user_id = $1 AND a.question_id = qv.question_id)
         SELECT COALESCE(SUM(x.amount), 0)::int AS xp, count(s.key)::int AS events, count(x.id)::int AS awarded
         FROM source s LEFT JOIN xp_event x ON x.user_id = $1 AND x.source_key = s.key`,
        [actor.userId, moduleId],
      );
      return earned;
    });
  }

  /**
   * What a challenge has earned the advisor so far: the XP of their answers to its items given since it was
   * generated (the answers that count towards its completion), and how many of those the worker has awarded yet.
   */
  async challengeXp(actor: Actor, challengeId: string): Promise<EarnedXpModel> {
    if (!isUuid(challengeId)) throw DomainError.notFound('The challenge');
    return this.db.run(actor.maisonId, async (manager) => {
      const [challenge]: EarnedXpModel[] = await manager.query(
        `SELECT COALESCE(SUM(x.amount), 0)::int AS xp, count(a.id)::int AS events, count(x.id)::int AS awarded
         FROM challenge c
         LEFT JOIN challenge_item i ON i.challenge_id = c.id
         LEFT JOIN attempt a ON a.user_id = c.user_id AND a.question_id = i.question_id AND a.created_at >= c.generated_at
         LEFT JOIN xp_event x ON x.user_id = c.user_id AND x.source_key = 'attempt:' || a.id
         WHERE c.id = $2 AND c.user_id = $1
         GROUP BY c.id`,
        [actor.userId, challengeId],
      );
      if (!challenge) throw DomainError.notFound('The challenge');
      return challenge;
    });
  }

  /**
   * The opt-in board of the viewer's boutique or region. Each advisor's XP is that of their own week, in their
   * boutique's zone: a colleague across a region's zones has the same figure whoever looks, and the one they see.
   */
  leaderboard(actor: Actor, scope: LeaderboardScope, now = new Date()): Promise<LeaderboardModel> {
    return this.db.run(actor.maisonId, async (manager) => {
      const { boutique } = await this.viewerBoutique(manager, actor);
      const week = isoWeek(now, boutique.timezone);
      const optedIn = await consented(manager, actor.userId);
      if (!optedIn) return { week, optedIn, viewerRank: null, total: 0, rows: [] };
      const rows: Array<{ id: string; display_name: string; xp: number; opted_in: boolean }> = await manager.query(
        `SELECT u.id, u.display_name, COALESCE(x.xp, 0)::int AS xp, COALESCE(c.granted, false) AS opted_in
           FROM app_user u
           JOIN boutique b ON b.id = u.boutique_id
           LEFT JOIN LATERAL (
             SELECT SUM(amount) AS xp FROM xp_event e
              WHERE e.user_id = u.id AND ${IN_WEEK('b.timezone', '$3')}) x ON true
           LEFT JOIN LATERAL (
             SELECT granted FROM consent_record r WHERE r.user_id = u.id AND r.purpose = 'LEADERBOARD' ORDER BY recorded_at DESC LIMIT 1) c ON true
          WHERE u.active AND 'ADVISOR' = ANY(u.roles) AND (CASE WHEN $1 = 'BOUTIQUE' THEN b.id = $2 ELSE b.region_id = $4 END)`,
        [scope, boutique.id, now.toISOString(), boutique.regionId],
      );
      const names = new Map(rows.map((row) => [row.id, row.display_name]));
      const view = leaderboardWindow(
        rows.map((row) => ({ userId: row.id, xp: row.xp, optedIn: row.opted_in })),
        actor.userId,
      );
      return { week, optedIn, viewerRank: view.viewerRank, total: view.total, rows: view.rows.map((row) => ({ rank: row.rank, displayName: names.get(row.userId) ?? '', xp: row.xp, isViewer: row.isViewer, gapBefore: row.gapBefore })) };
    });
  }

  /**
   * The boutique's weekly goal, shown to everyone without opt-in: it names no one. Only in a boutique of a reported
   * group's size: in a smaller one, the sum less one's own XP is what one or two colleagues earned, opted in or not.
   */
  teamQuest(actor: Actor, now = new Date()): Promise<TeamQuestModel | null> {
    return this.db.run(actor.maisonId, async (manager) => {
      const { boutique } = await this.viewerBoutique(manager, actor);
      const contributions: Array<{ xp: number }> = await manager.query(
        `SELECT COALESCE(SUM(e.amount), 0)::int AS xp
           FROM app_user u
           LEFT JOIN xp_event e ON e.user_id = u.id AND ${IN_WEEK('$2', '$3')}
          WHERE u.boutique_id = $1 AND u.active AND 'ADVISOR' = ANY(u.roles)
          GROUP BY u.id`,
        [boutique.id, boutique.timezone, now.toISOString()],
      );
      if (!isReportableGroup(contributions.length)) return null;
      const quest = teamQuestProgress({ goal: Math.max(1, contributions.length) * TEAM_QUEST_XP_PER_ADVISOR, contributions: contributions.map((row) => row.xp) });
      return { week: isoWeek(now, boutique.timezone), boutiqueName: boutique.name, ...quest };
    });
  }

  /** An earned badge as an Open Badges 3.0 credential; the recipient is an opaque id, never a name or an email. */
  credential(actor: Actor, code: string, locale: string): Promise<BadgeCredentialModel> {
    return this.db.run(actor.maisonId, async (manager) => {
      const award = await manager.findOneBy(BadgeAwardEntity, { userId: actor.userId, badgeCode: code });
      if (!award) throw DomainError.notFound('The badge');
      const [definition, maison] = [await manager.findOneBy(BadgeDefinitionEntity, { maisonId: actor.maisonId, code }), await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId })];
      const credential = openBadgeCredential({
        id: `urn:uuid:${award.id}`,
        badge: { code, name: resolvePlainText(definition?.name ?? { en: code }, locale), description: resolvePlainText(definition?.description ?? { en: code }, locale) },
        issuer: { id: `urn:uuid:${maison.id}`, name: maison.name },
        recipient: { id: `urn:uuid:${actor.userId}` },
        awardedAt: award.awardedAt,
      });
      return { awardId: award.id, json: JSON.stringify(credential, null, 2) };
    });
  }

  private async viewerBoutique(manager: EntityManager, actor: Actor) {
    const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
    const boutique = user.boutiqueId ? await manager.findOneBy(BoutiqueEntity, { id: user.boutiqueId }) : null;
    if (!boutique) throw DomainError.notFound('Your boutique');
    return { user, boutique };
  }
}

async function consented(manager: EntityManager, userId: string): Promise<boolean> {
  const latest = await manager.findOne(ConsentRecordEntity, { where: { userId, purpose: 'LEADERBOARD' }, order: { recordedAt: 'DESC' } });
  return latest?.granted ?? false;
}
