import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { normalizeEmail } from './normalize.ts';
import { hashPassword, verifyPassword } from './password.ts';

/** The email of the editor made when ADMIN_EMAIL/ADMIN_PASSWORD are unset on the embedded database. */
export const GENERATED_EDITOR_EMAIL = 'author@localhost';

export type BootstrapResult =
  | { action: 'created' | 'password-updated' | 'unchanged'; email: string }
  | { action: 'generated'; email: string; password: string }
  | { action: 'none' };

/**
 * Makes sure the first editor exists:
 * - ADMIN_EMAIL/ADMIN_PASSWORD set → that editor exists with that password (created, or its
 *   password reset when it differs: setting the variables is the recovery path); the email is
 *   stored normalised and the password hashed in its normalised form (normalize.ts);
 * - unset, embedded database, no editor yet → one is made with a generated password, returned
 *   here to be printed once; only its scrypt hash is stored;
 * - otherwise nothing (an existing database keeps its editors; PostgreSQL without the variables
 *   gets none and the caller warns).
 */
export async function ensureFirstEditor(
  prisma: PrismaClient,
  options: { email?: string; password?: string; embedded: boolean },
): Promise<BootstrapResult> {
  if (options.email && options.password) {
    const email = normalizeEmail(options.email);
    let existing = await prisma.user.findUnique({ where: { email } });
    if (!existing) {
      // ON CONFLICT DO NOTHING: gateways starting together on one PostgreSQL may all find no
      // editor; one inserts, the others go on as for an existing editor.
      const { count } = await prisma.user.createMany({
        data: [{ email, name: 'Author', passwordHash: await hashPassword(options.password) }],
        skipDuplicates: true,
      });
      if (count === 1) return { action: 'created', email };
      existing = await prisma.user.findUniqueOrThrow({ where: { email } });
    }
    const check = await verifyPassword(options.password, existing.passwordHash);
    if (check.matches) {
      // Same password, hashed before passwords were normalised: store the normalised hash; sessions stay.
      if (check.rehash)
        await prisma.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(options.password) } });
      return { action: 'unchanged', email };
    }
    await prisma.$transaction([
      prisma.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(options.password) } }),
      // A reset password ends every session signed in with the old one.
      prisma.session.deleteMany({ where: { userId: existing.id } }),
    ]);
    return { action: 'password-updated', email };
  }
  if (!options.embedded || (await prisma.user.count()) > 0) return { action: 'none' };
  const password = randomBytes(12).toString('base64url');
  const { count } = await prisma.user.createMany({
    data: [{ email: GENERATED_EDITOR_EMAIL, name: 'Author', passwordHash: await hashPassword(password) }],
    skipDuplicates: true,
  });
  // Another start-up made the account first: its password is the one that works, not ours.
  if (count === 0) return { action: 'none' };
  return { action: 'generated', email: GENERATED_EDITOR_EMAIL, password };
}
