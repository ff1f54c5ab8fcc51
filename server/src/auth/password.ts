import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normalizePassword } from './normalize.ts';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

// OWASP Password Storage Cheat Sheet's scrypt minimum: N=2^17, r=8, p=1 (128 MiB per hash).
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/**
 * Hashes `password` in its normalised form (NFC, normalize.ts) with scrypt; the result is
 * "scrypt$N$r$p$<salt b64>$<hash b64>".
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(normalizePassword(password), salt, KEY_LENGTH, { ...PARAMS, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The result of {@link verifyPassword}. */
export interface PasswordCheck {
  matches: boolean;
  /** It matched a hash of a non-normalised form: store `hashPassword(password)` in its place. */
  rehash: boolean;
}

/**
 * Checks `password` against `stored` (a hashPassword result); constant-time compare.
 *
 * The NFC form is checked first: every hash made by hashPassword is of it. Hashes made before
 * passwords were normalised are of whatever form the password was typed in, so when that fails
 * the password as typed and its NFD form (macOS file names and some input methods produce it)
 * are tried too, each once, and a match asks for a rehash so the next check needs only one.
 * A password whose forms are all the same (any ASCII password) costs one scrypt; otherwise up to
 * three, whichever hash it is checked against (the dummy hash of unknown emails included), so the
 * time taken tells nothing about the account.
 */
export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return { matches: false, rehash: false };
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  const forms = [...new Set([normalizePassword(password), password, password.normalize('NFD')])];
  for (const [i, form] of forms.entries()) {
    const key = await scrypt(form, Buffer.from(salt, 'base64'), expected.length, options);
    if (timingSafeEqual(key, expected)) return { matches: true, rehash: i > 0 };
  }
  return { matches: false, rehash: false };
}

let dummyHash: Promise<string> | undefined;
/** A hash of a random password, to spend the same time on unknown emails (no user enumeration). */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
