/** PostgreSQL advisory lock keys. */
import { createHash } from 'node:crypto';

/**
 * A stable signed 64-bit key (as a decimal string, for a bigint parameter) from the parts: the first 8 bytes of
 * their SHA-256, so every process and version derives the same key for the same (instance, source).
 *
 * @example lockKey('P1a2b3', 'github') // '6869060430252411962', on every run
 */
export function lockKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest().readBigInt64BE(0).toString();
}
