import type { UserImportEntity } from '../entities/user-import.entity';
import { toUserImportModel } from './identity.mapper';

const failedImport = (issues: UserImportEntity['issues']) =>
  ({ id: 'i-1', fileName: 'team.csv', status: 'FAILED', totalRows: 2, processedRows: 2, createdUsers: 0, issues, createdAt: new Date(0), finishedAt: new Date(0) }) as UserImportEntity;

describe('toUserImportModel', () => {
  it('reports each row issue with its code and params', () => {
    const issues = [{ row: 2, field: 'displayName', code: 'TOO_LONG' as const, params: { max: 120 }, message: 'must have at most 120 characters' }];
    expect(toUserImportModel(failedImport(issues)).issues).toEqual(issues);
  });

  it('gives an issue stored before issues had codes one no client knows, so each shows its English message', () => {
    expect(toUserImportModel(failedImport([{ row: 3, field: 'email', message: 'is not a valid email address' }])).issues).toEqual([
      { row: 3, field: 'email', code: 'UNCODED', message: 'is not a valid email address' },
    ]);
  });
});
