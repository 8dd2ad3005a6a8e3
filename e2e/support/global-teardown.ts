import apiGlobalTeardown from '../../apps/api/test/utils/global-teardown';

export default async function globalTeardown() {
  await globalThis.savoirBrowserStack?.close();
  await apiGlobalTeardown();
}
