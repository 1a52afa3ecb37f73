/** A tiny HTTP client that keeps the session cookie like a browser would. */
export class ApiClient {
  private sessionCookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  get cookie(): string | undefined {
    return this.sessionCookie;
  }

  set cookie(value: string | undefined) {
    this.sessionCookie = value;
  }

  async request(
    method: string,
    path: string,
    options: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: any }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.json !== undefined) headers['content-type'] ??= 'application/json';
    if (this.sessionCookie) headers.cookie = this.sessionCookie;
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
    });
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('bt_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.sessionCookie = pair === 'bt_session=' ? undefined : pair;
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, json?: unknown) {
    return this.request('POST', path, json === undefined ? {} : { json });
  }
  patch(path: string, json: unknown) {
    return this.request('PATCH', path, { json });
  }
  put(path: string, json: unknown) {
    return this.request('PUT', path, { json });
  }
  delete(path: string, json?: unknown) {
    return this.request('DELETE', path, json === undefined ? {} : { json });
  }
}
