import { SESSION_COOKIE } from './credentials.ts';

/** Set-Cookie intents a resolver leaves for the HTTP layer (login/logout). */
export interface CookieJar {
  setSession(secret: string, expiresAt: Date): Promise<void>;
  clearSession(): Promise<void>;
}

/**
 * The session cookie's jar for one request, written through the cookie plugin's `cookieStore`
 * (@whatwg-node/server-plugin-cookies). The cookie is HttpOnly (no script reads it), SameSite=Lax
 * (not sent on cross-site sub-requests or form posts), path `/`, host-only, and Secure when the
 * request came over HTTPS (directly, or per `x-forwarded-proto` from a proxy).
 */
export function sessionCookieJar(request: Request): CookieJar {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const base = { name: SESSION_COOKIE, path: '/', httpOnly: true, sameSite: 'lax' as const, secure, domain: null };
  return {
    setSession: async (value, expiresAt) => {
      await request.cookieStore?.set({ ...base, value, expires: expiresAt.getTime() });
    },
    clearSession: async () => {
      await request.cookieStore?.set({ ...base, value: '', expires: 0 });
    },
  };
}
