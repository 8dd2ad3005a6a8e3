import { Injectable, Logger } from '@nestjs/common';
import { issue, validateUserImport, type Locale, type RowIssue } from '@savoir/domain';
import Papa from 'papaparse';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { Outbox } from '../../core/events/outbox';
import { BoutiqueEntity } from '../organisation/entities/boutique.entity';
import { CohortMemberEntity } from '../organisation/entities/cohort-member.entity';
import { CohortEntity } from '../organisation/entities/cohort.entity';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import type { StartUserImportInput } from './dtos/identity.input';
import { UserImportEntity } from './entities/user-import.entity';
import { UserEntity } from './entities/user.entity';
import { AuditLog, changedFields, USER_ENTRIES } from '../audit/audit-log';
import { accountFields } from './users.service';
import { enrolInOnboarding } from '../learning/onboarding-enrolment';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const RECENT_IMPORTS = 20;

/**
 * CSV import of users, all or nothing. The admin's upload is stored with an outbox event in one transaction;
 * the worker validates every row and either creates every user (and the import's SUCCEEDED status) in one
 * transaction, or writes nothing but the per-row report. A retried job finds the import finished and stops.
 */
@Injectable()
export class UserImportsService {
  private readonly logger = new Logger(UserImportsService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  start(actor: Actor, input: StartUserImportInput): Promise<UserImportEntity> {
    DomainError.assertValid([
      ...(input.csv.trim() ? [] : [issue('csv', 'FILE_EMPTY')]),
      ...(Buffer.byteLength(input.csv) > MAX_FILE_BYTES ? [issue('csv', 'FILE_TOO_LARGE', { megabytes: MAX_FILE_BYTES / 1024 / 1024 })] : []),
      // Read as UTF-8, a UTF-16 file is full of NULs and a Windows-1252 one has U+FFFD for every accent ("L�a").
      ...(input.csv.includes('\u0000') || input.csv.includes('\uFFFD') ? [issue('csv', 'FILE_NOT_UTF8')] : []),
      ...(input.fileName.trim() ? [] : [issue('fileName', 'REQUIRED')]),
    ]);
    return this.db.run(actor.maisonId, async (manager) => {
      const userImport = manager.create(UserImportEntity, {
        maisonId: actor.maisonId,
        requestedBy: actor.userId,
        fileName: input.fileName.trim().slice(0, 255),
        csv: input.csv,
        status: 'PENDING',
      });
      await manager.save(userImport);
      await this.outbox.publish(manager, actor.maisonId, 'users.import.requested', { importId: userImport.id });
      return userImport;
    });
  }

  get(actor: Actor, id: string): Promise<UserImportEntity> {
    return this.db.run(actor.maisonId, (manager) => findOrFail(manager, UserImportEntity, id, 'Import'));
  }

  recent(actor: Actor): Promise<UserImportEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.find(UserImportEntity, { order: { createdAt: 'DESC' }, take: RECENT_IMPORTS }));
  }

  /** Runs an import (the worker's job). Idempotent: a finished import is left as it is. */
  async run(maisonId: string, importId: string): Promise<void> {
    const parsed = await this.db.run(maisonId, async (manager) => {
      const userImport = await manager.findOne(UserImportEntity, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (!userImport || userImport.status === 'SUCCEEDED' || userImport.status === 'FAILED' || userImport.csv === null) return null;
      const csv = Papa.parse<Record<string, string>>(userImport.csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
      await manager.update(UserImportEntity, { id: importId }, { status: 'RUNNING', totalRows: csv.data.length, processedRows: 0 });
      return csv;
    });
    if (!parsed) return;

    const parseIssues: RowIssue[] = parsed.errors.map((error) => ({ row: (error.row ?? 0) + 2, ...issue('csv', 'CSV_UNREADABLE', { detail: error.message }) }));
    await this.db.run(maisonId, async (manager) => {
      const userImport = await manager.findOneOrFail(UserImportEntity, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (userImport.status !== 'RUNNING') return;
      const context = await this.importContext(manager, maisonId);
      const validation = parseIssues.length ? { ok: false as const, issues: parseIssues } : validateUserImport(parsed.meta.fields ?? [], parsed.data, context);
      const processed = { processedRows: parsed.data.length, csv: null, finishedAt: new Date() };
      if (!validation.ok) {
        await manager.update(UserImportEntity, { id: importId }, { ...processed, status: 'FAILED', issues: validation.issues });
        return;
      }
      const users = manager.create(
        UserEntity,
        validation.users.map(({ row: _row, cohortId: _cohortId, ...user }) => ({ ...user, maisonId, passwordHash: null, active: true })),
      );
      await manager.insert(UserEntity, users);
      await enrolInOnboarding(manager, this.outbox, maisonId, users.map((user) => user.id));
      const memberships = validation.users.flatMap((user, index) => (user.cohortId ? [{ cohortId: user.cohortId, userId: users[index].id, maisonId }] : []));
      if (memberships.length) await manager.insert(CohortMemberEntity, memberships);
      // Each account names the admin whose file created it.
      const createdBy = { maisonId, userId: userImport.requestedBy };
      await this.audit.recordAll(manager, createdBy, users.map((user) => ({ entityType: USER_ENTRIES, entityId: user.id, action: 'imported', changes: changedFields({}, accountFields(user)) })));
      await manager.update(UserImportEntity, { id: importId }, { ...processed, status: 'SUCCEEDED', createdUsers: users.length });
      this.logger.log({ importId, created: users.length }, 'user import succeeded');
    });
  }

  /**
   * An import whose job failed for good (its last attempt): FAILED, saying so, and the file (personal data) dropped,
   * rather than RUNNING for ever. Created no one: a run creates every user in one transaction or none.
   */
  abandon(maisonId: string, importId: string): Promise<void> {
    return this.db.run(maisonId, async (manager) => {
      await manager.update(
        UserImportEntity,
        { id: importId, status: In(['PENDING', 'RUNNING']) },
        { status: 'FAILED', csv: null, finishedAt: new Date(), issues: [{ row: 1, ...issue('csv', 'IMPORT_INTERRUPTED') }] },
      );
    });
  }

  private async importContext(manager: EntityManager, maisonId: string) {
    // One transaction is one connection: these run one after the other.
    const maison = await manager.findOneByOrFail(MaisonEntity, { id: maisonId });
    const users = await manager.find(UserEntity, { select: { email: true } });
    const boutiques = await manager.find(BoutiqueEntity);
    const cohorts = await manager.find(CohortEntity);
    return {
      existingEmails: new Set(users.map((user) => user.email)),
      boutiques,
      cohorts,
      defaultLocale: maison.defaultLocale as Locale,
      defaultTimezone: maison.defaultTimezone,
    };
  }
}
