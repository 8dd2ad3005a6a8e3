import type { INestApplicationContext } from '@nestjs/common';
import { TenantFactory } from '../factories/tenant.factory';
import { graphql, login } from '../utils/graphql-client';
import { startApi, startWorker, type RunningApi } from '../utils/test-app';

const START = `mutation ($input: StartUserImportInput!) { startUserImport(input: $input) { id status } }`;
const STATUS = `query ($id: ID!) { userImport(id: $id) { status totalRows processedRows createdUsers issues { row field code params message } } }`;

interface ImportStatus {
  status: string;
  totalRows: number;
  processedRows: number;
  createdUsers: number;
  issues: Array<{ row: number; field: string; code: string; params: Record<string, unknown> | null; message: string }>;
}

/** The CSV import end to end: API stores it with an outbox event, the real worker relays and runs the job. */
describe('CSV user import through the worker', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let factory: TenantFactory;

  beforeAll(async () => {
    [api, worker, factory] = await Promise.all([startApi(), startWorker(), TenantFactory.open()]);
  });

  afterAll(async () => {
    await Promise.all([api.close(), worker.close(), factory.close()]);
  });

  async function waitForEnd(auth: { token: string }, id: string): Promise<ImportStatus> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const response = await graphql<{ userImport: ImportStatus }>(api.url, STATUS, { id }, auth);
      const userImport = response.data?.userImport;
      if (userImport && (userImport.status === 'SUCCEEDED' || userImport.status === 'FAILED')) return userImport;
      if (Date.now() > deadline) throw new Error(`import still ${userImport?.status} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function adminOf() {
    const tenant = await factory.newMaison();
    const admin = await factory.newUser(tenant.maison.id, { roles: ['ADMIN'] });
    await factory.newCohort(tenant.maison.id, 'Pilot Paris');
    return { ...tenant, admin, auth: await login(api.url, admin.email, admin.password) };
  }

  const countUsers = (maisonId: string) =>
    factory.inMaison(maisonId, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM app_user WHERE maison_id = $1`, [maisonId]))[0].n as number);

  it('imports every row of a valid file, with cohort membership, each account naming the admin who imported it', async () => {
    const { maison, admin, auth } = await adminOf();
    const csv = [
      'email,displayName,roles,boutique,startDate,cohort',
      'lea.moreau@savoir.test,Léa Moreau,ADVISOR,Paris Vendôme,2026-10-05,Pilot Paris',
      'tom.durand@savoir.test,Tom Durand,ADVISOR,paris vendôme,2026-10-12,',
      'ines.roux@savoir.test,Inès Roux,AUTHOR|HR,,,',
    ].join('\n');
    const started = await graphql<{ startUserImport: { id: string; status: string } }>(api.url, START, { input: { fileName: 'team.csv', csv } }, auth);
    expect(started.data?.startUserImport.status).toBe('PENDING');

    const finished = await waitForEnd(auth, started.data?.startUserImport.id as string);
    expect(finished).toEqual({ status: 'SUCCEEDED', totalRows: 3, processedRows: 3, createdUsers: 3, issues: [] });
    expect(await countUsers(maison.id)).toBe(4);
    const [lea] = await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `SELECT u.locale, u.timezone, u.password_hash, c.name AS cohort FROM app_user u JOIN cohort_member m ON m.user_id = u.id JOIN cohort c ON c.id = m.cohort_id WHERE u.email = 'lea.moreau@savoir.test' AND u.maison_id = $1`,
        [maison.id],
      ),
    );
    expect(lea).toEqual({ locale: 'fr', timezone: 'Europe/Paris', password_hash: null, cohort: 'Pilot Paris' });
    const entries = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT a.actor_id, a.action, a.changes -> 'roles' ->> 'after' AS roles FROM audit_entry a JOIN app_user u ON u.id = a.entity_id WHERE a.entity_type = 'user' AND u.maison_id = $1 ORDER BY u.email`, [maison.id]),
    );
    expect(entries).toEqual([
      { actor_id: admin.id, action: 'imported', roles: '["AUTHOR", "HR"]' },
      { actor_id: admin.id, action: 'imported', roles: '["ADVISOR"]' },
      { actor_id: admin.id, action: 'imported', roles: '["ADVISOR"]' },
    ]);
  });

  it('imports nothing when one row is invalid, and names the row, field and problem', async () => {
    const { maison, auth } = await adminOf();
    const csv = [
      'email,displayName,roles,boutique,startDate',
      'ok.one@savoir.test,Ok One,ADVISOR,Paris Vendôme,2026-10-05',
      'broken@,Broken,ADVISOR,Paris Vendôme,2026-10-05',
      'ok.two@savoir.test,Ok Two,ADVISOR,Paris Vendôme,2026-10-06',
    ].join('\n');
    const started = await graphql<{ startUserImport: { id: string } }>(api.url, START, { input: { fileName: 'bad.csv', csv } }, auth);
    const finished = await waitForEnd(auth, started.data?.startUserImport.id as string);
    expect(finished).toEqual({ status: 'FAILED', totalRows: 3, processedRows: 3, createdUsers: 0, issues: [{ row: 3, field: 'email', code: 'EMAIL_INVALID', params: null, message: 'is not a valid email address' }] });
    expect(await countUsers(maison.id)).toBe(1);
  });

  it('refuses a file that is not UTF-8 at once, naming it, and stores nothing', async () => {
    const { maison, auth } = await adminOf();
    const rows = ['email,displayName,roles,boutique,startDate', 'lea@savoir.test,Léa Martin,ADVISOR,Paris Vendôme,2026-10-05'].join('\n');
    // Excel's "Unicode text" (UTF-16) read as UTF-8, and a Windows-1252 file whose accents became U+FFFD.
    const utf16 = Buffer.from(rows, 'utf16le').toString('latin1');
    const windows1252 = rows.replace(/é|ô/g, '\uFFFD');
    for (const csv of [utf16, windows1252]) {
      const refused = await graphql(api.url, START, { input: { fileName: 'hris.csv', csv } }, auth);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'csv', code: 'FILE_NOT_UTF8', message: expect.stringContaining('not UTF-8') }] });
    }
    expect(await factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM user_import WHERE maison_id = $1`, [maison.id]))[0].n)).toBe(0);
    expect(await countUsers(maison.id)).toBe(1);
  });

  it('imports a file of the maximum size (5,000 rows) in one go', async () => {
    const { maison, auth } = await adminOf();
    const rows = Array.from({ length: 5000 }, (_, i) => `advisor.${i}@savoir.test,Advisor ${i},ADVISOR,Paris Vendôme,2026-10-05`);
    const csv = ['email,displayName,roles,boutique,startDate', ...rows].join('\n');
    const startedAt = Date.now();
    const started = await graphql<{ startUserImport: { id: string } }>(api.url, START, { input: { fileName: 'big.csv', csv } }, auth);
    const finished = await waitForEnd(auth, started.data?.startUserImport.id as string);
    expect(finished).toMatchObject({ status: 'SUCCEEDED', totalRows: 5000, createdUsers: 5000 });
    expect(await countUsers(maison.id)).toBe(5001);
    console.info(`5,000-row import: ${Date.now() - startedAt} ms from upload to SUCCEEDED`);
  });

  it('runs a replayed job once: a finished import is not imported again', async () => {
    const { maison, auth } = await adminOf();
    const csv = 'email,displayName,roles\nsolo@savoir.test,Solo,HR';
    const started = await graphql<{ startUserImport: { id: string } }>(api.url, START, { input: { fileName: 'solo.csv', csv } }, auth);
    const importId = started.data?.startUserImport.id as string;
    await waitForEnd(auth, importId);

    // Simulate at-least-once delivery: the same event relayed again.
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE outbox_event SET delivered_at = NULL, locked_until = NULL WHERE maison_id = $1`, [maison.id]));
    const { UserImportsService } = await import('../../src/modules/identity/user-imports.service');
    await worker.get(UserImportsService).run(maison.id, importId);
    expect(await countUsers(maison.id)).toBe(2);
  });

  it('tells the admin an import failed for good, drops its file, and leaves it running between attempts', async () => {
    const { maison, auth } = await adminOf();
    const { UserImportsService } = await import('../../src/modules/identity/user-imports.service');
    const { ImportUsersHandler } = await import('../../src/modules/identity/jobs/import-users.handler');
    const imports = worker.get(UserImportsService);
    const handler = worker.get(ImportUsersHandler);
    // An import the relay has not picked up yet, whose every run fails (the database unreachable, say).
    const importId = await factory.inMaison(maison.id, async (manager) => {
      const [row] = await manager.query(`INSERT INTO user_import (maison_id, requested_by, file_name, csv, status) SELECT $1, id, 'staff.csv', 'email,displayName,roles', 'RUNNING' FROM app_user WHERE maison_id = $1 LIMIT 1 RETURNING id`, [maison.id]);
      return row.id as string;
    });
    const run = jest.spyOn(imports, 'run').mockRejectedValue(new Error('connection terminated'));
    const job = (attemptsMade: number) => ({ attemptsMade, opts: { attempts: 5 } }) as unknown as Parameters<typeof handler.handle>[1];
    try {
      await expect(handler.handle({ maisonId: maison.id, importId }, job(3))).rejects.toThrow('connection terminated');
      expect((await graphql<{ userImport: ImportStatus }>(api.url, STATUS, { id: importId }, auth)).data?.userImport.status).toBe('RUNNING');
      await expect(handler.handle({ maisonId: maison.id, importId }, job(4))).rejects.toThrow('connection terminated');
    } finally {
      run.mockRestore();
    }
    const ended = (await graphql<{ userImport: ImportStatus }>(api.url, STATUS, { id: importId }, auth)).data?.userImport;
    expect(ended).toMatchObject({ status: 'FAILED', issues: [{ row: 1, field: 'csv', code: 'IMPORT_INTERRUPTED' }] });
    const [{ csv }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT csv FROM user_import WHERE id = $1`, [importId]));
    expect(csv).toBeNull();
  });
});
