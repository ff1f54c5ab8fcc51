// Credentials are compared in one Unicode form (server/src/auth/normalize.ts): a password is the
// same whether its accents arrive composed (NFC, one code point) or decomposed (NFD, letter +
// combining mark), and an email whatever its case or form. Hashes made before passwords were
// normalised keep working and are replaced by normalised ones.
import { randomBytes, scrypt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstEditor } from '../../server/src/auth/bootstrap.ts';
import { verifyPassword } from '../../server/src/auth/password.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

const COMPOSED = 'Cr\u00e8me br\u00fbl\u00e9e 2024'; // "Crème brûlée 2024" as most keyboards send it
const DECOMPOSED = COMPOSED.normalize('NFD'); // as macOS file names and some input methods send it
// Every test hashes and checks several scrypt passwords (128 MiB, ~0.3 s each on an idle core).
const SLOW = { timeout: 180_000 };

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false });
});
afterAll(() => gw?.close());

const SIGN_IN = graphql(`
  mutation UnicodeSignIn($e: String!, $p: String!) {
    login(email: $e, password: $p) { __typename ... on LoginPayload { viewer { email } } }
  }
`);
const signIn = async (email: string, password: string) => (await gw.gql(SIGN_IN, { e: email, p: password })).body.data!.login;

/** A hash as the gateway made them before passwords were normalised: scrypt of the string as typed. */
async function unnormalisedHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  );
  return ['scrypt', 2 ** 17, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('passwords in either Unicode form', () => {
  it('the two forms differ as strings (else this file proves nothing)', () => {
    expect(COMPOSED).not.toBe(DECOMPOSED);
    expect([COMPOSED.length, DECOMPOSED.length]).toEqual([17, 20]);
  });

  it('set composed (ADMIN_PASSWORD), signed in decomposed; the email in other case', SLOW, async () => {
    expect(await ensureFirstEditor(gw.db.prisma, { email: 'Chef@Example.COM', password: COMPOSED, embedded: false })).toEqual({
      action: 'created',
      email: 'chef@example.com',
    });
    expect(await signIn('CHEF@example.com', DECOMPOSED)).toEqual({ __typename: 'LoginPayload', viewer: { email: 'chef@example.com' } });
    expect((await signIn('chef@example.com', 'Creme brulee 2024')).__typename).toBe('InvalidCredentialsError');
  });

  it('set decomposed, signed in composed; the same password again at start-up is no reset', SLOW, async () => {
    await ensureFirstEditor(gw.db.prisma, { email: 'patissier@example.com', password: DECOMPOSED, embedded: false });
    expect((await signIn('patissier@example.com', COMPOSED)).__typename).toBe('LoginPayload');
    const sessions = await gw.db.prisma.session.count();
    expect(await ensureFirstEditor(gw.db.prisma, { email: 'PATISSIER@example.com', password: COMPOSED, embedded: false })).toEqual({
      action: 'unchanged',
      email: 'patissier@example.com',
    });
    expect(await gw.db.prisma.session.count()).toBe(sessions);
  });

  it(
    'a hash made of the decomposed form before normalisation: both forms sign in, and it is replaced by a normalised hash',
    SLOW,
    async () => {
      const old = await unnormalisedHash(DECOMPOSED);
      await gw.db.prisma.user.create({ data: { email: 'legacy@example.com', name: 'Legacy', passwordHash: old } });
      expect((await signIn('legacy@example.com', 'Crème brulée 2024')).__typename).toBe('InvalidCredentialsError');
      expect((await signIn('legacy@example.com', COMPOSED)).__typename).toBe('LoginPayload');
      const { passwordHash } = await gw.db.prisma.user.findUniqueOrThrow({ where: { email: 'legacy@example.com' } });
      expect(passwordHash).not.toBe(old);
      expect(await verifyPassword(COMPOSED, passwordHash)).toEqual({ matches: true, rehash: false });
      expect((await signIn('legacy@example.com', DECOMPOSED)).__typename).toBe('LoginPayload');
    },
  );

  it('ADMIN_PASSWORD unchanged over an old hash of another form: kept (no reset, sessions stay), stored normalised', SLOW, async () => {
    const user = await gw.db.prisma.user.create({
      data: { email: 'old-admin@example.com', name: 'Old', passwordHash: await unnormalisedHash(DECOMPOSED) },
    });
    await gw.db.prisma.session.create({ data: { userId: user.id, tokenHash: 'kept-session', expiresAt: new Date(Date.now() + 60_000) } });
    expect(await ensureFirstEditor(gw.db.prisma, { email: 'old-admin@example.com', password: COMPOSED, embedded: false })).toEqual({
      action: 'unchanged',
      email: 'old-admin@example.com',
    });
    const after = await gw.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(COMPOSED, after.passwordHash)).toEqual({ matches: true, rehash: false });
    expect(await gw.db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('emails in any case and Unicode form', () => {
  it('an address with an accent, set decomposed in capitals, signs in composed in lower case', SLOW, async () => {
    expect(
      await ensureFirstEditor(gw.db.prisma, { email: 'JOSE\u0301@Example.com', password: 'a long enough password', embedded: false }),
    ).toEqual({ action: 'created', email: 'jos\u00e9@example.com' });
    expect((await signIn(' jos\u00e9@example.com ', 'a long enough password')).__typename).toBe('LoginPayload');
    expect((await signIn('JOS\u00c9@EXAMPLE.COM', 'a long enough password')).__typename).toBe('LoginPayload');
  });
});
