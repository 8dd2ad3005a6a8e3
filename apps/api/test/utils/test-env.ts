/** Where the throwaway test database lives: TEST_DATABASE_URL's server (owner role), default the local one. */
export function testServerUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
}

export function databaseUrl(server: URL, database: string, credentials?: { user: string; password: string }): string {
  const url = new URL(server.toString());
  url.pathname = `/${database}`;
  if (credentials) {
    url.username = credentials.user;
    url.password = credentials.password;
  }
  return url.toString();
}
