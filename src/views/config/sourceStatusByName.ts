import type { SourceStatus } from '../../types';

/** Indexes `GET sources` by source name ('github', 'asana', …). */
export function sourceStatusByName(sources: SourceStatus[] = []): Record<string, SourceStatus | undefined> {
  return Object.fromEntries(sources.map((source) => [source.name, source]));
}
