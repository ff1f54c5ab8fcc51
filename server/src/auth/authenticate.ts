import { createGraphQLError } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { SESSION_COOKIE, viewerFromApiToken, viewerFromSession, type Viewer } from './credentials.ts';

/**
 * The editor a request speaks for: a Bearer API token first (scripts), else the session cookie
 * (the admin); null when it carries neither. An unknown or expired cookie just means anonymous
 * (the admin then shows its sign-in screen).
 * @throws a GraphQL error UNAUTHENTICATED with HTTP 401 and `WWW-Authenticate: Bearer` for a bad,
 *   revoked or malformed token: refused rather than served anonymously, so a script notices.
 *   Thrown while the request's context is built, before any resolver, so it is made here as the
 *   error the client gets.
 */
export async function authenticate(prisma: PrismaClient, request: Request): Promise<Viewer | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const [scheme, secret] = authorization.trim().split(/\s+/, 2);
    const viewer = scheme?.toLowerCase() === 'bearer' && secret ? await viewerFromApiToken(prisma, secret) : null;
    if (!viewer) {
      throw createGraphQLError('Invalid, revoked or malformed API token (expected "Authorization: Bearer gwt_…").', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
      });
    }
    return viewer;
  }
  const cookie = await request.cookieStore?.get(SESSION_COOKIE);
  return cookie?.value ? viewerFromSession(prisma, cookie.value) : null;
}

/**
 * {@link authenticate} at most once per request: the PERSISTED_ONLY check
 * (plugins/use-trusted-documents.ts, before parsing) and the GraphQL context both ask who the
 * request speaks for, and share one answer (one database lookup) per Request object.
 */
export function requestAuthenticator(prisma: PrismaClient): (request: Request) => Promise<Viewer | null> {
  const viewers = new WeakMap<Request, Promise<Viewer | null>>();
  return (request) => {
    let viewer = viewers.get(request);
    if (!viewer) {
      viewer = authenticate(prisma, request);
      viewers.set(request, viewer);
    }
    return viewer;
  };
}
