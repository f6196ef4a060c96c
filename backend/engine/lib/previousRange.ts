/**
 * The period just before [from, to), of the same length ("previous period" comparison).
 *
 * @example previousRange(Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1)) // { from: Date.UTC(2026, 0, 29), to: Date.UTC(2026, 2, 1) }
 */
export function previousRange(from: number, to: number): { from: number; to: number } {
  return { from: from - (to - from), to: from };
}
