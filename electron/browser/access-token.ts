import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison: hashing first makes both sides the same length. */
export function tokensMatch(expected: string, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b);
}
