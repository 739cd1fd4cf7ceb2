import type { SessionInfo } from '@digitalcheck/shared-contracts';

/** What every helper answers: the status, the parsed body (JSON, else text) and the headers. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  /** Sent as JSON unless `raw` is set. */
  body?: unknown;
  /** A raw body (e.g. a CSV or GeoJSON file) with its content type. */
  raw?: { data: string | Blob; contentType: string };
  headers?: Record<string, string>;
  /** Leave out X-XSRF-TOKEN on a write (default: sent whenever the client holds a token). */
  csrf?: boolean;
}

/**
 * A tiny browser stand-in for the API: keeps the cookies the API sets (dc_session, XSRF-TOKEN) and echoes
 * the CSRF token as X-XSRF-TOKEN on every write. Paths are relative to /api/v1 unless they start with '/'.
 */
export class SessionClient {
  private readonly cookies = new Map<string, string>();
  /** The session's CSRF token as the last login/session answer gave it. */
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** A signed-in client; throws when the sign-in is refused. */
  static async signIn(baseUrl: string, email: string, password: string): Promise<SessionClient> {
    const client = new SessionClient(baseUrl);
    const response = await client.login(email, password);
    if (response.status !== 200) {
      throw new Error(`sign-in of ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return client;
  }

  async login(email: string, password: string): Promise<ApiResponse<SessionInfo>> {
    const response = await this.post<SessionInfo>('auth/login', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  /** GET auth/session, remembering the CSRF token it names. */
  async session(): Promise<ApiResponse<SessionInfo>> {
    const response = await this.get<SessionInfo>('auth/session');
    if (response.status === 200 && response.body.csrfToken) this.csrfToken = response.body.csrfToken;
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Another client holding the same cookies (a second tab, or a stolen cookie). */
  clone(): SessionClient {
    const copy = new SessionClient(this.baseUrl);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    copy.csrfToken = this.csrfToken;
    return copy;
  }

  get<T = unknown>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { body, ...options });
  }

  patch<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, { body, ...options });
  }

  delete<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path, { body, ...options });
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = `${this.baseUrl}${path.startsWith('/') ? path : `/api/v1/${path}`}`;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    let body: string | Blob | undefined;
    if (options.raw) {
      body = options.raw.data;
      headers['Content-Type'] = options.raw.contentType;
    } else if (options.body !== undefined && method !== 'GET' && method !== 'HEAD') {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookieHeader) headers['Cookie'] = cookieHeader;
    const token = this.csrfToken ?? this.cookies.get('XSRF-TOKEN');
    if (method !== 'GET' && method !== 'HEAD' && options.csrf !== false && token) headers['X-XSRF-TOKEN'] = token;

    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.keepCookies(response.headers.getSetCookie());
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, body: (json && text ? JSON.parse(text) : text) as T, headers: response.headers };
  }

  private keepCookies(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = decodeURIComponent(pair.slice(at + 1));
      const expires = attributes.find((a) => /^expires=/i.test(a));
      const maxAge = attributes.find((a) => /^max-age=/i.test(a));
      const gone =
        value === '' ||
        (expires !== undefined && new Date(expires.slice(8)).getTime() <= Date.now()) ||
        (maxAge !== undefined && Number(maxAge.slice(8)) <= 0);
      if (gone) {
        this.cookies.delete(name);
        if (name === 'XSRF-TOKEN') this.csrfToken = null;
      } else {
        this.cookies.set(name, value);
        if (name === 'XSRF-TOKEN') this.csrfToken = value;
      }
    }
  }
}
