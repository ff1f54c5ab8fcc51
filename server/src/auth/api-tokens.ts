import { apiTokenNameSchema } from '#shared/errors.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './credentials.ts';

/**
 * Creates an API token for `userId`. The name follows the shared rule (`apiTokenNameSchema`:
 * trimmed, 1–80 characters), the one the admin's form checks too.
 * @returns the secret ("gwt_…", shown only now: only its SHA-256 is stored) and the new row's id.
 * @throws ValidationError at ["name"] with the shared rule's message.
 */
export async function createApiToken(prisma: PrismaClient, input: { userId: string; name: string }) {
  const parsed = apiTokenNameSchema.safeParse(input.name);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, ['name']);
  const token = newSecret(API_TOKEN_PREFIX);
  const apiToken = await prisma.apiToken.create({
    data: { name: parsed.data, tokenHash: hashSecret(token), userId: input.userId },
    select: { id: true },
  });
  return { token, apiToken };
}

/**
 * Revokes token `id` of `userId` at once (a revoked token stays revoked: revoking again changes
 * nothing) and returns it loaded with `query` (a Prisma selection for the client's fields).
 * @param input.key how the caller named the token (its global id), for the error.
 * @throws NotFoundError when the user has no such token.
 */
export async function revokeApiToken(prisma: PrismaClient, input: { id: string; userId: string; key: string; query: object }) {
  const where = { id: input.id, userId: input.userId };
  await prisma.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  const token = await prisma.apiToken.findFirst({ ...(input.query as {}), where });
  if (!token) throw new NotFoundError('ApiToken', input.key);
  return token;
}
