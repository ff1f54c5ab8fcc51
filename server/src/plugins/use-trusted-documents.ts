import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import type { Viewer } from '../auth/credentials.ts';
import { hasCredentials } from '../http/request-facts.ts';
import type { TrustedDocuments } from '../http/trusted-documents.ts';

/** `extensions.persistedQuery.sha256Hash` of Apollo's protocol (version 1), or null. */
function persistedQueryHash(params: GraphQLParams): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * Trusted documents and the PERSISTED_ONLY rule, in onParams (after the input guards, before the
 * automatic persisted queries of use-apq.ts):
 *
 * - A request whose `extensions.persistedQuery.sha256Hash` names a trusted document (and sends no
 *   document) runs that document (@graphql-yoga/plugin-persisted-operations); the hash is then
 *   removed from the parameters, so use-apq.ts neither hashes nor stores it again. Any other hash
 *   is use-apq.ts's to look up.
 * - With `persistedOnly`, a request that sends document text must be an editor's (authenticated:
 *   a valid session cookie or API token, not merely one present) or send a trusted document's
 *   text (however laid out: the admin's sign-in before there is a session). Anything else,
 *   registering a new APQ hash included, is refused with PERSISTED_QUERY_ONLY (403): otherwise
 *   anyone could run any document by registering it first.
 */
export function useTrustedDocuments(options: {
  trusted: TrustedDocuments;
  persistedOnly: boolean;
  /** Who the request speaks for (auth/authenticate.ts's requestAuthenticator, shared with the context). */
  viewerOf: (request: Request) => Promise<Viewer | null>;
}): Plugin {
  const { trusted, persistedOnly, viewerOf } = options;
  const { onParams: runTrusted } = usePersistedOperations({
    getPersistedOperation: (id) => trusted.get(id) ?? null,
    // Text is checked below, where the parameters are known; this plugin only resolves ids.
    allowArbitraryOperations: true,
  });
  return {
    async onParams(payload) {
      const { params, request } = payload;
      if (params.query) {
        if (!persistedOnly || trusted.hasText(params.query)) return;
        if (hasCredentials(request.headers) && (await viewerOf(request))) return;
        throw createGraphQLError(
          "Only trusted documents and known persisted-query hashes run without signing in (PERSISTED_ONLY): send the document's sha256Hash in extensions.persistedQuery.",
          { extensions: { code: ErrorCode.PERSISTED_QUERY_ONLY, http: { status: 403 } } },
        );
      }
      const hash = persistedQueryHash(params);
      if (hash === null || trusted.get(hash) === undefined) return;
      await runTrusted!({
        ...payload,
        setParams: ({ extensions, ...resolved }) => {
          const { persistedQuery: _resolved, ...others } = extensions ?? {};
          payload.setParams({ ...resolved, extensions: others });
        },
      });
    },
  };
}
