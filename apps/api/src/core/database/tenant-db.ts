import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** deadlock_detected, serialization_failure: the transaction was rolled back by Postgres and can run again. */
const RETRIED_SQLSTATES = new Set(['40P01', '40001']);
const RETRIES_AFTER_CONFLICT = 2;

/**
 * The only way feature code reaches tenant-owned tables: every unit of work is one transaction that sets the
 * tenant first, so row-level security scopes every statement in it. (`set_config(..., true)` outside a
 * transaction would be silently lost.)
 */
@Injectable()
export class TenantDb {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one tenant transaction. A transaction Postgres aborted to break a deadlock (two writers locking
   * the same rows in opposite orders, such as two modules sharing a question published at once) or a
   * serialization failure is run again from the start, up to twice: it rolled back whole, so nothing is doubled.
   */
  async run<T>(maisonId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
          return work(manager);
        });
      } catch (error) {
        if (attempt > RETRIES_AFTER_CONFLICT || !RETRIED_SQLSTATES.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
  }

  /**
   * Calls one of the SECURITY DEFINER functions that deliberately cross tenants (login lookup, outbox relay).
   * Nothing else may run outside a tenant.
   */
  callSystemFunction<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  /**
   * Runs `work` for each maison in turn (every maison, or only those named): how a scheduled job serves them all.
   * One maison's failure leaves the others served; the run then fails, naming it, so that the job is retried and seen.
   */
  async forEachMaison<T>(work: (maisonId: string) => Promise<T>, only?: readonly string[]): Promise<T[]> {
    const all = await this.callSystemFunction<{ id: string }>('SELECT savoir_maison_ids() AS id', []);
    const maisons = only ? all.filter(({ id }) => only.includes(id)) : all;
    const results: T[] = [];
    const failures: string[] = [];
    for (const { id } of maisons) {
      try {
        results.push(await work(id));
      } catch (error) {
        failures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length) throw new Error(`failed for ${failures.length} of ${maisons.length} maisons, the others were served (${failures.join('; ')})`);
    return results;
  }

  ping(): Promise<unknown> {
    return this.dataSource.query('SELECT 1');
  }
}
