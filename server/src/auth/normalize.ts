/**
 * How sign-in credentials are compared: one canonical form, so that the same text typed on
 * another keyboard, OS or browser (which may send "è" as one code point, U+00E8, or as "e" +
 * U+0300) is the same credential.
 */

/**
 * A password's canonical form: Unicode NFC, nothing else (RFC 8265's OpaqueString class
 * normalises with NFC; case, width and spaces are kept, so no entropy is lost). Hashes are made of
 * this form and sign-ins are checked in it (password.ts).
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * An email's canonical form, the one stored in `User.email` and looked up at sign-in: surrounding
 * white space removed, lowercased (the whole address: we never have two editors whose addresses
 * differ only in case), then NFC (lowercasing can leave combining marks uncomposed). Not NFKC:
 * an address is an identifier, not free text, and we do not fold look-alike characters into
 * each other.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase().normalize('NFC');
}
