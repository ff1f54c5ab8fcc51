import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../domain/errors.ts';
import { DATABASE_ID } from '../domain/ids.ts';

/** The types a global id may name: the schema's Node implementations. */
const NODE_TYPES = new Set(['Post', 'Category', 'Tag', 'ApiToken', 'PostRevision', 'Webhook']);

/**
 * A Relay global id ("<Type>:<id>" in base64) decoded and checked: the type is one of the schema's
 * Node types and the id looks like one of ours. The builder's `relay.decodeGlobalID`, so `node`,
 * `nodes` and every ID argument go through it.
 * @throws PothosValidationError "Invalid global ID." — the same words whatever is wrong, so a
 * forged id cannot tell which type names exist (error-mapping.ts gives it BAD_USER_INPUT). The
 * id check also keeps characters PostgreSQL cannot take (U+0000) away from the database.
 */
export function parseGlobalId(globalId: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !NODE_TYPES.has(decoded.typename) || !DATABASE_ID.test(decoded.id)) throw new PothosValidationError('Invalid global ID.');
  return decoded;
}

/**
 * The database id inside a Relay global id ("Post:<uuid>" base64) of the expected type.
 * @throws ValidationError at `path` (e.g. ["input","id"]) for a malformed id or another type's id.
 */
export function decodeNodeId(globalId: string, typename: string, path: string[]): string {
  try {
    const { typename: actual, id } = parseGlobalId(globalId);
    if (actual === typename) return id;
  } catch {
    // fall through to the typed error
  }
  throw ValidationError.field(path, `Expected the id of a ${typename}.`);
}
