import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The only way feature code reaches tenant-owned tables: every unit of work is one transaction that sets the
 * tenant first, so row-level security scopes every statement in it. (`set_config(..., true)` outside a
 * transaction would be silently lost.)
 */
@Injectable()
export class TenantDb {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(maisonId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
      return work(manager);
    });
  }

  /**
   * Calls one of the SECURITY DEFINER functions that deliberately cross tenants (login lookup, outbox relay).
   * Nothing else may run outside a tenant.
   */
  callSystemFunction<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  ping(): Promise<unknown> {
    return this.dataSource.query('SELECT 1');
  }
}
