/** Runs preview queries through the host harness, one plugin process per distinct time range. */
import type { DataResponseJson } from './frameJson';
import { runHostQueries } from './hostCli';
import type { PreviewQuery } from './previewQueries';

export interface PreviewResult {
  query: PreviewQuery;
  response: DataResponseJson;
}

export function runQueries(bin: string, queries: readonly PreviewQuery[]): PreviewResult[] {
  const byRange = new Map<string, Array<{ index: number; query: PreviewQuery }>>();
  queries.forEach((query, index) => {
    const key = `${query.from.toISOString()}|${query.to.toISOString()}`;
    byRange.set(key, [...(byRange.get(key) ?? []), { index, query }]);
  });
  const results: PreviewResult[] = new Array<PreviewResult>(queries.length);
  for (const batch of byRange.values()) {
    const { from, to } = batch[0].query;
    const reply = runHostQueries(
      bin,
      batch.map(({ index, query }) => ({ ...query.model, refId: `q${index}` })),
      from,
      to
    );
    for (const { index, query } of batch) {
      results[index] = { query, response: reply.results[`q${index}`] ?? { error: 'no response for this refId' } };
    }
  }
  return results;
}
