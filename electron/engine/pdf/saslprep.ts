import saslprep from '@mongodb-js/saslprep';

/**
 * A password as AES-256 (R5/R6) PDFs compare it: SASLprep (RFC 4013) — non-ASCII spaces become
 * spaces, soft hyphens and other invisible characters go, NFKC ("ª" → "a") — done by a maintained
 * implementation of the RFC's tables. Null when SASLprep leaves it unchanged or refuses it
 * (prohibited characters, mixed right-to-left text): then only the password as typed is tried.
 */
export function saslPrepared(password: string): string | null {
  try {
    const prepared = saslprep(password, { allowUnassigned: true });
    return prepared === password ? null : prepared;
  } catch {
    return null;
  }
}
