/**
 * A stable string key for a label set (keys sorted), to match series across computations.
 *
 * @example labelsKey({ team: 'a', repo: 'x' }) === labelsKey({ repo: 'x', team: 'a' }) // true
 */
export function labelsKey(labels: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((k) => [k, labels[k]])
  );
}
