import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateTimeResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#shared/errors.ts';
import type PrismaTypes from './__generated__/pothos-prisma-types.ts';
import { getDatamodel } from './__generated__/pothos-prisma-types.ts';
import { readSetting } from './config.ts';
import type { GatewayContext } from './context.ts';
import { parseGlobalId } from './schema/node-id.ts';

/**
 * The Pothos SchemaBuilder and its plugins. Defines no types (house style): each domain type
 * lives in server/src/schema/<type>.ts.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { editor: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  // What every connection resolver returns besides edges and pageInfo (PostConnection.totalCount):
  // a function, so the COUNT runs only when the client selects the field.
  Connection: { totalCount: () => Promise<number> };
  // Non-null unless a field says otherwise: the public contract is non-null by default.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Order matters: scope-auth must wrap the others so an unauthorized field never resolves.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    // Per request: tests and each gateway instance bring their own database.
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // Read while modules load, before start-up validates the whole configuration.
    onUnusedQuery: readSetting('nodeEnv') === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    decodeGlobalID: (globalId) => parseGlobalId(globalId),
  },
  errors: {
    defaultResultOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Payload`,
    },
    defaultUnionOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Result`,
    },
  },
  scopeAuth: {
    authScopes: (ctx) => ({ editor: ctx.viewer !== null }),
    // Auth failures are top-level errors with a code (house style), not typed results.
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError('You are not allowed to do this.', { extensions: { code: ErrorCode.FORBIDDEN } })
        : new GraphQLError('Sign in as an editor to do this.', {
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          }),
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {});

builder.queryType({});
builder.mutationType({});

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
