import type { Browser } from 'playwright-core';
import { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { launchBrowser } from './browser';

/**
 * A browser suite's shared parts: Debian's Chromium and a tenant factory, opened before the suite's tests and closed
 * after them. `ready` receives both (and may build the suite's own data first).
 */
export function withBrowser(ready: (browser: Browser, factory: TenantFactory) => void | Promise<void>): void {
  let browser: Browser | undefined;
  let factory: TenantFactory | undefined;
  beforeAll(async () => {
    [browser, factory] = await Promise.all([launchBrowser(), TenantFactory.open()]);
    await ready(browser, factory);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), factory?.close()]);
  });
}
