/**
 * Whether two records hold the same data, whatever their key order (a stored record comes back from JSON with
 * its own). Undefined fields count as absent, as they are once stored.
 *
 * @example sameRecord({ id: 'a', n: 1, x: undefined }, { n: 1, id: 'a' }) // true
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v
  );
}
