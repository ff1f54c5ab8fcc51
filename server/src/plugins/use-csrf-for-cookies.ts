import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import { hasSessionCookie } from '../auth/credentials.ts';

/**
 * CSRF guard for cookie-authenticated requests. Yoga's own useCSRFPrevention requires the header
 * on every "simple" request, which would also refuse anonymous GET reads from curl or a CDN; and
 * it lets a JSON POST through without it. Only a request that carries our session cookie can be
 * forged across sites, so we require the header on exactly those, whatever the method or
 * content type. Refused with HTTP 403 and a GraphQL error (code CSRF_HEADER_REQUIRED).
 */
export function useCsrfForCookies(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!hasSessionCookie(request.headers.get('cookie'))) return;
      if (request.headers.has(CSRF_HEADER)) return;
      throw createGraphQLError(`Required CSRF header(s) not present: requests with a session cookie must send "${CSRF_HEADER}".`, {
        extensions: { code: ErrorCode.CSRF_HEADER_REQUIRED, http: { status: 403 } },
      });
    },
  };
}
