export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }> | undefined;
  setCookie: string | null;
}

/** A GraphQL call over real HTTP, as the web app makes it. */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string; cookie?: string } = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlResponse['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors, setCookie: response.headers.get('set-cookie') };
}

/** The first error code of a response, for concise assertions. */
export function errorCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken expiresAt viewer { id roles maison { slug } boutique { name } } } }`;

/** Signs in and returns the access token and the session cookie (name=value). */
export async function login(baseUrl: string, email: string, password: string): Promise<{ token: string; cookie: string }> {
  const response = await graphql<{ login: { accessToken: string } }>(baseUrl, LOGIN, { input: { email, password } });
  if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return { token: response.data.login.accessToken, cookie: sessionCookie(response.setCookie) };
}

export function sessionCookie(setCookie: string | null): string {
  const match = /savoir_session=([^;]*)/.exec(setCookie ?? '');
  if (!match) throw new Error('no session cookie was set');
  return `savoir_session=${match[1]}`;
}
