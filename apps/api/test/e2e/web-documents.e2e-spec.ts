import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import type { TenantFactory } from '../factories/tenant.factory';

/**
 * The contract between the web app and the API: every operation the web app can send is accepted by the API's
 * validation, graphql-armor's depth, token, alias and cost limits included. Mocked web specs cannot see a refusal
 * here; a real browser would get HTTP 400.
 */
// Read as data from the web app's generated file (the API never imports web code).
const generated = readFileSync(join(__dirname, '../../../web/src/generated/graphql.ts'), 'utf8');
const operations = [...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)].map(
  ([, name, json]) => [name, print(JSON.parse(json) as DocumentNode)] as const,
);

describe('web documents against the API validation', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  it('finds the web operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)('%s passes validation', async (_name, query) => {
    const { maison } = await factory.newMaison();
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN', 'AUTHOR', 'HR'] });
    const { token } = await login(api.url, admin.email, admin.password);
    // No variables: a valid document fails later, at variable coercion (BAD_USER_INPUT), or runs.
    const response = await graphql(api.url, query, {}, { token });
    const validationErrors = (response.errors ?? []).filter((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
    expect(validationErrors).toEqual([]);
  });
});
