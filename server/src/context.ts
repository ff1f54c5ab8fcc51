import type { PrismaClient } from './__generated__/prisma/client.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { MarkdownRenderer } from './content/renderer.ts';
import type { RateLimits } from './rate-limits.ts';

/** The signed-in editor, resolved from a session cookie or an API token. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  /** How the request authenticated: a browser session or a script's API token. */
  via: 'session' | 'token';
  /** Session or token row id (to revoke the current session on logout). */
  credentialId: string;
}

/** Set-Cookie intents a resolver leaves for the HTTP layer (login/logout). */
export interface CookieJar {
  setSession(secret: string, expiresAt: Date): Promise<void>;
  clearSession(): Promise<void>;
}

/** Per-request GraphQL context. */
export interface GatewayContext {
  prisma: PrismaClient;
  viewer: Viewer | null;
  cookies: CookieJar;
  /** Client address (for login throttling and logs). */
  clientIp: string;
  loginThrottle: LoginThrottle;
  rateLimits: RateLimits;
  /** Renders post bodies in worker threads within the configured time budget. */
  renderer: MarkdownRenderer;
}
