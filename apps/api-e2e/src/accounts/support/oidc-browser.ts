interface Cookie {
  host: string;
  name: string;
  value: string;
  path: string;
}

/** Where a sign-in through the identity provider ended: the API's last redirect, or its callback URL. */
export interface SignInResult {
  /** The `Location` the API's callback answered with, e.g. `/` or `/anmelden?fehler=sso`. */
  location: string;
  /** The callback URL the identity provider sent the browser to (code, state, iss). */
  callbackUrl: string;
}

/**
 * A tiny browser: a cookie jar (by host and path, like browsers: ports share cookies), redirects followed by
 * hand, and HTML forms submitted by parsing their `action` and inputs.
 */
export class TestBrowser {
  private cookies: Cookie[] = [];

  cookie(name: string): string | undefined {
    return this.cookies.find((cookie) => cookie.name === name)?.value;
  }

  /** One request without following redirects; stores the cookies the answer sets. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const sent = this.cookies.filter((c) => c.host === target.hostname && pathMatches(target.pathname, c.path));
    if (sent.length) headers.set('cookie', sent.map((c) => `${c.name}=${c.value}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) this.store(target, header);
    return response;
  }

  /**
   * Runs the whole sign-in: the API's login route, the provider's login form (as `login`) and consent form,
   * back to the API's callback. With `stopAtCallback` the callback is not called (to tamper with it).
   */
  async signIn(
    apiUrl: string,
    login: string,
    options: { ziel?: string; stopAtCallback?: boolean } = {},
  ): Promise<SignInResult> {
    const callbackPath = '/api/v1/auth/oidc/callback';
    const query = options.ziel ? `?ziel=${encodeURIComponent(options.ziel)}` : '';
    let response = await this.request(`${apiUrl}/api/v1/auth/oidc/login${query}`);
    let url = `${apiUrl}/api/v1/auth/oidc/login${query}`;
    for (let step = 0; step < 20; step++) {
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location') ?? '';
        if (new URL(url).pathname === callbackPath) return { location, callbackUrl: url };
        const next = new URL(location, url).href;
        if (new URL(next).pathname === callbackPath && options.stopAtCallback) {
          return { location: '', callbackUrl: next };
        }
        if (new URL(next).origin === new URL(apiUrl).origin && new URL(next).pathname !== callbackPath) {
          return { location, callbackUrl: '' }; // the API refused before the provider (e.g. ?fehler=sso)
        }
        url = next;
        response = await this.request(url);
        continue;
      }
      const html = await response.text();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${html.slice(0, 500)}`);
      const form = parseForm(html);
      if (!form) throw new Error(`${url} shows no form: ${html.slice(0, 500)}`);
      if ('login' in form.fields) form.fields['login'] = login;
      if ('password' in form.fields) form.fields['password'] = 'egal';
      url = new URL(form.action, url).href;
      response = await this.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form.fields).toString(),
      });
    }
    throw new Error(`sign-in as ${login} did not come back to the API`);
  }

  private store(url: URL, header: string): void {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    let path = '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key, raw = ''] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'path') path = raw || '/';
      if (lower === 'max-age' && Number(raw) <= 0) expired = true;
      if (lower === 'expires' && new Date(raw).getTime() <= Date.now()) expired = true;
    }
    this.cookies = this.cookies.filter((c) => !(c.host === url.hostname && c.name === name && c.path === path));
    if (!expired) this.cookies.push({ host: url.hostname, name, value, path });
  }
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** The first form of a page: its action and its inputs' names and values (hidden ones included). */
function parseForm(html: string): { action: string; fields: Record<string, string> } | null {
  const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const input of form[2].matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(input[0])?.[1];
    if (name) fields[decodeHtml(name)] = decodeHtml(/\bvalue="([^"]*)"/i.exec(input[0])?.[1] ?? '');
  }
  return { action: decodeHtml(form[1]), fields };
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
