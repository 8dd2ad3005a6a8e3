import { Injectable } from '@nestjs/common';
import { issue, type ProgramPackage } from '@savoir/domain';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { invalidPackage, parseShape, programPackageShape } from './content-shapes';
import { ProgramEntity } from './entities/program.entity';
import { exportProgramPackage, importProgramPackage, packageChecksum, type ProgramPackageImport } from './program-packages';
import { enrolInOnboarding } from '../learning/onboarding-enrolment';
import { Outbox } from '../../core/events/outbox';

/**
 * A code (or the onboarding mark) taken by an author's create while the import ran, after its checks: the same
 * conflicts as those creates report, and the import, in one transaction, rolled back whole.
 */
const importConflicts = {
  uq_skill_code: () => DomainError.taken('CODE_TAKEN', 'A skill with this code', 'code'),
  uq_question_code: () => DomainError.taken('CODE_TAKEN', 'A question with this code', 'code'),
  uq_module_code: () => DomainError.taken('CODE_TAKEN', 'A module with this code', 'code'),
  uq_program_code: () => DomainError.taken('CODE_TAKEN', 'A program with this code', 'code'),
  uq_program_onboarding: () => new DomainError('ONBOARDING_TAKEN', 'The maison already has an onboarding program: unmark it first', { issues: [issue('onboarding', 'ONBOARDING_TAKEN')] }),
};

/** Packages as files: JSON with a checksum, so a package that was altered or cut short on its way is refused. */
@Injectable()
export class ProgramPackagesService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
  ) {}

  export(actor: Actor, programId: string): Promise<{ fileName: string; json: string; checksum: string }> {
    return this.db.run(actor.maisonId, async (manager) => {
      const program = await findOrFail(manager, ProgramEntity, programId, 'Program');
      const pkg = await exportProgramPackage(manager, actor.maisonId, program.id);
      const checksum = packageChecksum(pkg);
      return { fileName: `${program.code}.savoir-package.json`, json: JSON.stringify({ ...pkg, checksum }, null, 2), checksum };
    });
  }

  import(actor: Actor, json: string): Promise<ProgramPackageImport> {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw invalidPackage([issue('package', 'PACKAGE_NOT_JSON', { detail: (error as Error).message })]);
    }
    const pkg = parseShape<ProgramPackage & { checksum?: string }>(programPackageShape, value, 'PACKAGE_INVALID');
    if (!pkg.checksum) throw invalidPackage([issue('checksum', 'CHECKSUM_MISSING')]);
    if (pkg.checksum !== packageChecksum(pkg)) throw invalidPackage([issue('checksum', 'CHECKSUM_MISMATCH')]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        const imported = await importProgramPackage(manager, actor, pkg);
        await enrolInOnboarding(manager, this.outbox, actor.maisonId);
        return imported;
      })
      .catch((error) => rethrowUniqueViolation(error, importConflicts));
  }
}
