import type { PrismaClient } from './__generated__/prisma/client.ts';
import type { Viewer } from './auth/credentials.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { CookieJar } from './auth/session-cookie.ts';
import type { MarkdownRenderer } from './content/renderer.ts';
import type { WebhookPolicy } from './domain/webhooks.ts';
import type { RateLimits } from './rate-limits.ts';

/** Per-request GraphQL context: what resolvers get besides their arguments. */
export interface GatewayContext {
  prisma: PrismaClient;
  /** The signed-in editor, or null when anonymous (auth/authenticate.ts). */
  viewer: Viewer | null;
  /** Where login and logout leave the session cookie (auth/session-cookie.ts). */
  cookies: CookieJar;
  /** Client address (for login throttling and logs). */
  clientIp: string;
  loginThrottle: LoginThrottle;
  rateLimits: RateLimits;
  /** Renders post bodies in worker threads within the configured time budget. */
  renderer: MarkdownRenderer;
  /** Where webhooks may be sent (WEBHOOK_ALLOW_PRIVATE). */
  webhooks: WebhookPolicy;
}
