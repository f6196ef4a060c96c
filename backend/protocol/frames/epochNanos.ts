/** Past this many ms, ms × 10^6 no longer fits in a signed int64 high word computed as below. */
const FAST_MAX_MS = 9_223_372_036_854;
const TWO_32 = 0x1_0000_0000;

/**
 * Writes epoch milliseconds as exact little-endian int64 nanoseconds. ms × 10^6 exceeds 2^53, so a float
 * multiply would round; splitting ms into 32-bit halves keeps every partial product exact.
 *
 * @example setEpochNanos(view, 0, 1_700_000_000_123) // writes 1700000000123000000n
 */
export function setEpochNanos(view: DataView, at: number, ms: number): void {
  const whole = Math.round(ms);
  if (whole >= 0 && whole <= FAST_MAX_MS) {
    const high = Math.floor(whole / TWO_32);
    const low = (whole - high * TWO_32) * 1_000_000;
    const lowHigh = Math.floor(low / TWO_32);
    view.setUint32(at, low - lowHigh * TWO_32, true);
    view.setUint32(at + 4, high * 1_000_000 + lowHigh, true);
    return;
  }
  view.setBigInt64(at, BigInt(whole) * 1_000_000n, true);
}
