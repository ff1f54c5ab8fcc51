import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../domain/errors.ts';

/**
 * The database id inside a Relay global id ("Post:<uuid>" base64) of the expected type.
 * @throws ValidationError at `path` (e.g. ["input","id"]) for a malformed id or another type's id.
 */
export function decodeNodeId(globalId: string, typename: string, path: string[]): string {
  try {
    const { typename: actual, id } = decodeGlobalID(globalId);
    if (actual === typename && id) return id;
  } catch {
    // fall through to the typed error
  }
  throw ValidationError.field(path, `Expected the id of a ${typename}.`);
}
