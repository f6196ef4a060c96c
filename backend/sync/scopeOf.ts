/**
 * A source's sync scope: a hash of its settings section (jsonData.github, jsonData.asana, ...). Changing what a
 * source reads or how it maps it (repos, labels, projects, property) changes the scope, and the store then drops
 * the source's data and backfills again. jsonData never holds secrets.
 */
import { createHash } from 'node:crypto';

import type { SyncedSourceName, TeamMetricsJsonData } from '../../common/settings';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(stable);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])])
    );
  }
  return value;
}

export function scopeOf(jsonData: TeamMetricsJsonData, source: SyncedSourceName): string {
  const section = { ...(jsonData[source] ?? {}) } as Record<string, unknown>;
  delete section.enabled;
  return createHash('sha256').update(JSON.stringify(stable(section))).digest('hex').slice(0, 16);
}
