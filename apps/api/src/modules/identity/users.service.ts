import { Injectable } from '@nestjs/common';
import { isRole, issue, normalizeEmail, passwordIssues, userFieldIssues, type FieldIssue, type Role } from '@savoir/domain';
import { Brackets, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { AccessTokens } from '../../core/auth/access-tokens';
import { hashPassword } from '../../core/auth/password';
import { findOrFail } from '../../core/database/find-or-fail';
import { assertPage, containsPattern } from '../../core/database/page';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { BoutiqueEntity } from '../organisation/entities/boutique.entity';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import { AuditLog, changedFields, USER_ENTRIES } from '../audit/audit-log';
import { AuthService } from './auth.service';
import type { CreateUserInput, SetUserPasswordInput, SetUserRolesInput, UpdateUserInput, UserFilterInput } from './dtos/identity.input';
import { UserEntity } from './entities/user.entity';
import { enrolInOnboarding } from '../learning/onboarding-enrolment';
import { Outbox } from '../../core/events/outbox';

const emailTaken = () => DomainError.taken('EMAIL_TAKEN', 'A user with this email', 'email');

function roleIssues(roles: readonly string[]): FieldIssue[] {
  if (roles.length === 0) return [issue('roles', 'ROLE_REQUIRED')];
  const unknown = roles.filter((role) => !isRole(role));
  return unknown.length ? [issue('roles', 'ROLE_UNKNOWN', { roles: unknown.join(', ') })] : [];
}

/** Advisors learn in a boutique from a hire date: both are needed for onboarding to be measured. */
function advisorIssues(roles: readonly Role[], boutiqueId: string | null, startDate: string | null): FieldIssue[] {
  if (!roles.includes('ADVISOR')) return [];
  return [
    ...(boutiqueId ? [] : [issue('boutiqueId', 'ADVISOR_BOUTIQUE_REQUIRED')]),
    ...(startDate ? [] : [issue('startDate', 'ADVISOR_START_DATE_REQUIRED')]),
  ];
}

/** What an account's audit entries show of it: never a password or its hash. */
export function accountFields(user: UserEntity): Record<string, unknown> {
  return { email: user.email, displayName: user.displayName, roles: [...user.roles].sort(), boutiqueId: user.boutiqueId, startDate: user.startDate, locale: user.locale, timezone: user.timezone, active: user.active };
}

/** Users of the actor's maison, as admins manage them. Every change an admin makes to an account is in its audit trail. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly auth: AuthService,
    private readonly tokens: AccessTokens,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  viewer(actor: Actor): Promise<{ user: UserEntity; maison: MaisonEntity }> {
    return this.db.run(actor.maisonId, async (manager) => ({
      user: await findOrFail(manager, UserEntity, actor.userId, 'User'),
      maison: await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId }),
    }));
  }

  updateMyLocale(actor: Actor, locale: string): Promise<{ user: UserEntity; maison: MaisonEntity }> {
    DomainError.assertValid(userFieldIssues({ locale }));
    return this.db.run(actor.maisonId, async (manager) => {
      await manager.update(UserEntity, { id: actor.userId }, { locale });
      return { user: await findOrFail(manager, UserEntity, actor.userId, 'User'), maison: await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId }) };
    });
  }

  list(actor: Actor, filter: UserFilterInput = {}, offset = 0, limit = 50): Promise<{ items: UserEntity[]; total: number }> {
    assertPage(offset, limit);
    return this.db.run(actor.maisonId, async (manager) => {
      const query = manager.createQueryBuilder(UserEntity, 'user').orderBy('user.display_name', 'ASC').addOrderBy('user.id', 'ASC');
      const search = filter.search?.trim();
      if (search) {
        const pattern = containsPattern(search);
        query.andWhere(new Brackets((where) => where.where('unaccent(user.display_name) ILIKE unaccent(:pattern)', { pattern }).orWhere('user.email ILIKE :pattern', { pattern })));
      }
      if (filter.role) query.andWhere(':role = ANY(user.roles)', { role: filter.role });
      if (filter.boutiqueId) query.andWhere('user.boutique_id = :boutiqueId', { boutiqueId: filter.boutiqueId });
      if (filter.active !== undefined && filter.active !== null) query.andWhere('user.active = :active', { active: filter.active });
      const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
      return { items, total };
    });
  }

  get(actor: Actor, id: string): Promise<UserEntity> {
    return this.db.run(actor.maisonId, (manager) => findOrFail(manager, UserEntity, id, 'User'));
  }

  usersByIds(actor: Actor, ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.findBy(UserEntity, { id: In([...ids]) }));
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    const startDate = input.startDate?.trim() || null;
    DomainError.assertValid([
      ...userFieldIssues({ email, displayName, locale: input.locale ?? undefined, timezone: input.timezone ?? undefined, startDate }),
      ...roleIssues(input.roles),
      ...advisorIssues(input.roles, input.boutiqueId ?? null, startDate),
      ...(input.password ? passwordIssues(input.password) : []),
    ]);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.db
      .run(actor.maisonId, async (manager) => {
        const maison = await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId });
        const boutique = input.boutiqueId ? await this.findBoutique(manager, input.boutiqueId) : null;
        const user = manager.create(UserEntity, {
          maisonId: actor.maisonId,
          email,
          displayName,
          passwordHash,
          roles: [...new Set(input.roles)],
          locale: input.locale ?? boutique?.locale ?? maison.defaultLocale,
          timezone: input.timezone ?? boutique?.timezone ?? maison.defaultTimezone,
          boutiqueId: boutique?.id ?? null,
          startDate,
          active: true,
        });
        const saved = await manager.save(user);
        await enrolInOnboarding(manager, this.outbox, actor.maisonId, [saved.id]);
        await this.recordChange(manager, actor, saved, 'created', {});
        return saved;
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_app_user_email: emailTaken }));
  }

  /**
   * Changes a profile and, with `roles`, the roles in the same transaction: becoming an advisor with a boutique and a
   * start date, or leaving them as one stops being an advisor, is one change that is saved whole or not at all. Every
   * change to an account locks its row before reading it: the whole row is saved, so an edit that read it before a
   * deactivation or a role change committed would otherwise write them back.
   */
  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    const displayName = input.displayName?.trim();
    const roles = input.roles ? [...new Set(input.roles)] : null;
    DomainError.assertValid([
      ...userFieldIssues({ displayName, locale: input.locale ?? undefined, timezone: input.timezone ?? undefined, startDate: input.startDate }),
      ...(roles ? roleIssues(roles) : []),
    ]);
    if (roles && input.id === actor.userId && !roles.includes('ADMIN')) {
      throw DomainError.validation([issue('roles', 'OWN_ADMIN_ROLE')]);
    }
    let rolesChanged = false;
    const user = await this.db.run(actor.maisonId, async (manager) => {
      if (roles) await this.assertStillAdmin(manager, actor);
      const user = await findOrFail(manager, UserEntity, input.id, 'User', { forUpdate: true });
      const before = accountFields(user);
      if (roles) {
        rolesChanged = roles.length !== user.roles.length || roles.some((role) => !user.roles.includes(role));
        user.roles = roles;
      }
      if (displayName) user.displayName = displayName;
      if (input.locale) user.locale = input.locale;
      // An explicit null clears a start date or a boutique (someone who is no longer an advisor); absent keeps it.
      if (input.startDate !== undefined) user.startDate = input.startDate || null;
      if (input.boutiqueId !== undefined && (input.boutiqueId ?? null) !== user.boutiqueId) {
        const boutique = input.boutiqueId ? await this.findBoutique(manager, input.boutiqueId) : null;
        // Someone on the zone they were given by default (their boutique's, else the maison's) moves with the
        // boutique: their day, DAILY challenge and streak follow its clock. A zone of their own stays theirs.
        const maisonZone = (await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId })).defaultTimezone;
        const defaultZone = user.boutiqueId ? (await this.findBoutique(manager, user.boutiqueId)).timezone : maisonZone;
        if (user.timezone === defaultZone) user.timezone = boutique?.timezone ?? maisonZone;
        user.boutiqueId = boutique?.id ?? null;
      }
      if (input.timezone) user.timezone = input.timezone;
      DomainError.assertValid(advisorIssues(user.roles, user.boutiqueId, user.startDate));
      await this.recordChange(manager, actor, user, 'updated', before);
      return this.saveAdvisor(manager, user);
    });
    // Tokens carry roles: the user's next request refreshes their session and holds the new ones.
    if (rolesChanged) await this.tokens.revokeUser(user.id);
    return user;
  }

  setRoles(actor: Actor, input: SetUserRolesInput): Promise<UserEntity> {
    return this.update(actor, { id: input.userId, roles: input.roles });
  }

  async setPassword(actor: Actor, input: SetUserPasswordInput): Promise<UserEntity> {
    DomainError.assertValid(passwordIssues(input.password));
    const passwordHash = await hashPassword(input.password);
    const user = await this.db.run(actor.maisonId, async (manager) => {
      const user = await findOrFail(manager, UserEntity, input.userId, 'User', { forUpdate: true });
      user.passwordHash = passwordHash;
      // A new password ends the sessions opened with the old one.
      await this.auth.revokeAllSessions(manager, user.id, new Date());
      await this.audit.record(manager, actor, { entityType: USER_ENTRIES, entityId: user.id, action: 'password-set', changes: {} });
      return manager.save(user);
    });
    await this.tokens.revokeUser(user.id);
    return user;
  }

  /** Deactivated users cannot sign in and lose their open sessions at once; their learning records are kept. */
  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    if (id === actor.userId) throw DomainError.validation([issue('id', 'SELF_DEACTIVATION')]);
    const user = await this.db.run(actor.maisonId, async (manager) => {
      await this.assertStillAdmin(manager, actor);
      const user = await findOrFail(manager, UserEntity, id, 'User', { forUpdate: true });
      const before = accountFields(user);
      user.active = false;
      await this.auth.revokeAllSessions(manager, user.id, new Date());
      await this.recordChange(manager, actor, user, 'deactivated', before);
      return manager.save(user);
    });
    await this.tokens.revokeUser(user.id);
    return user;
  }

  reactivate(actor: Actor, id: string): Promise<UserEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      const user = await findOrFail(manager, UserEntity, id, 'User', { forUpdate: true });
      const before = accountFields(user);
      user.active = true;
      await this.recordChange(manager, actor, user, 'reactivated', before);
      return this.saveAdvisor(manager, user);
    });
  }

  /**
   * Changes that can take an admin away (roles, deactivation) run one at a time per maison, each by an actor who is
   * still an active admin when it runs: two admins removing each other at once would otherwise leave the maison with
   * none, which only the database could then undo. No one can remove themself, so an admin always remains.
   */
  private async assertStillAdmin(manager: EntityManager, actor: Actor): Promise<void> {
    await manager.query('SELECT id FROM maison WHERE id = $1 FOR UPDATE', [actor.maisonId]);
    const self = await manager.findOneBy(UserEntity, { id: actor.userId });
    if (!self?.active || !self.roles.includes('ADMIN')) throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
  }

  /** An entry for the fields that changed (every field, for a new account); none when nothing did. */
  private async recordChange(manager: EntityManager, actor: Actor, user: UserEntity, action: string, before: Record<string, unknown>): Promise<void> {
    const changes = changedFields(before, accountFields(user));
    if (Object.keys(changes).length) await this.audit.record(manager, actor, { entityType: USER_ENTRIES, entityId: user.id, action, changes });
  }

  /** Saves a user who may just have become an active advisor with a start date: they join the onboarding program. */
  private async saveAdvisor(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    const saved = await manager.save(user);
    await enrolInOnboarding(manager, this.outbox, user.maisonId, [user.id]);
    return saved;
  }

  private async findBoutique(manager: EntityManager, id: string): Promise<BoutiqueEntity> {
    try {
      return await findOrFail(manager, BoutiqueEntity, id, 'Boutique');
    } catch {
      throw DomainError.validation([issue('boutiqueId', 'BOUTIQUE_UNKNOWN')]);
    }
  }
}
