import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * main.ts trusts X-Forwarded-For from private addresses, so the proxy shipped in front of the API must set the header
 * itself: appended to a client's own, its left-most (client-chosen) address would become the address sign-in limits
 * count, and rotating it would lift them.
 */
describe('the proxy in front of the API (docker/nginx.conf)', () => {
  const conf = readFileSync(join(__dirname, '../../../../../docker/nginx.conf'), 'utf8');

  it('sets X-Forwarded-For to the address it sees, never appending to what the client sent', () => {
    const forwarded = [...conf.matchAll(/proxy_set_header\s+X-Forwarded-For\s+([^;]+);/g)].map((match) => match[1].trim());
    expect(forwarded.length).toBeGreaterThan(0);
    expect(forwarded.every((value) => value === '$remote_addr')).toBe(true);
  });
});
