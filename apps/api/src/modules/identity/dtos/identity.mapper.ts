import type { MaisonEntity } from '../../organisation/entities/maison.entity';
import { toMaisonModel } from '../../organisation/dtos/organisation.mapper';
import type { UserImportEntity } from '../entities/user-import.entity';
import type { UserEntity } from '../entities/user.entity';
import type { UserImportModel, UserModel, ViewerModel } from './identity.model';

/** The code of an issue stored without one: no client knows it, so each shows the issue's English message. */
const UNCODED = 'UNCODED';

export const toUserModel = (user: UserEntity): UserModel => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  roles: user.roles,
  locale: user.locale,
  timezone: user.timezone,
  startDate: user.startDate,
  active: user.active,
  hasPassword: user.passwordHash !== null,
  createdAt: user.createdAt,
  boutiqueId: user.boutiqueId,
});

export const toViewerModel = (user: UserEntity, maison: MaisonEntity): ViewerModel => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  roles: user.roles,
  locale: user.locale,
  timezone: user.timezone,
  maison: toMaisonModel(maison),
  boutiqueId: user.boutiqueId,
});

export const toUserImportModel = (userImport: UserImportEntity): UserImportModel => ({
  id: userImport.id,
  fileName: userImport.fileName,
  status: userImport.status,
  totalRows: userImport.totalRows,
  processedRows: userImport.processedRows,
  createdUsers: userImport.createdUsers,
  issues: userImport.issues.map((issue) => ({ ...issue, code: issue.code ?? UNCODED })),
  createdAt: userImport.createdAt,
  finishedAt: userImport.finishedAt,
});
