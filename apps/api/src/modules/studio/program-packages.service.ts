import { Injectable } from '@nestjs/common';
import { issue, type ProgramPackage } from '@savoir/domain';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { invalidPackage, parseShape, programPackageShape } from './content-shapes';
import { ProgramEntity } from './entities/program.entity';
import { exportProgramPackage, importProgramPackage, packageChecksum, type ProgramPackageImport } from './program-packages';
import { enrolInOnboarding } from '../learning/onboarding-enrolment';
import { Outbox } from '../../core/events/outbox';

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
    return this.db.run(actor.maisonId, async (manager) => {
      const imported = await importProgramPackage(manager, actor, pkg);
      await enrolInOnboarding(manager, this.outbox, actor.maisonId);
      return imported;
    });
  }
}
