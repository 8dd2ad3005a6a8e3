import { TenantFactory } from '../factories/tenant.factory';
import { startApi, type RunningApi } from './test-app';

/**
 * Runs the real API and a tenant factory for the whole describe block, handing both to the suite once started:
 *   let api: RunningApi; let factory: TenantFactory;
 *   withRunningApi((started, tenants) => { api = started; factory = tenants; });
 */
export function withRunningApi(ready: (api: RunningApi, factory: TenantFactory) => void): void {
  let api: RunningApi;
  let factory: TenantFactory;
  beforeAll(async () => {
    [api, factory] = await Promise.all([startApi(), TenantFactory.open()]);
    ready(api, factory);
  });
  afterAll(async () => {
    await Promise.all([api?.close(), factory?.close()]);
  });
}
