/** The plugin's own counters, exposed through Diagnostics/CollectMetrics as Prometheus text. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface PluginMetrics {
  registry: Registry;
  queries: Counter<'query_type'>;
  queryErrors: Counter<'query_type' | 'error_source'>;
  upstreamRequests: Counter<'source'>;
  cacheHits: Counter<'source'>;
  queryDuration: Histogram<'query_type'>;
  queryMemo: Counter<'outcome'>;
}

export function createPluginMetrics(withProcessMetrics = true): PluginMetrics {
  const registry = new Registry();
  if (withProcessMetrics) {
    collectDefaultMetrics({ register: registry, prefix: 'teammetrics_' });
  }
  return {
    registry,
    queries: new Counter({ name: 'teammetrics_queries_total', help: 'Queries answered, by query type.', labelNames: ['query_type'], registers: [registry] }),
    queryErrors: new Counter({ name: 'teammetrics_query_errors_total', help: 'Queries answered with an error, by query type and error source.', labelNames: ['query_type', 'error_source'], registers: [registry] }),
    upstreamRequests: new Counter({ name: 'teammetrics_upstream_requests_total', help: 'Requests sent to provider APIs, by source.', labelNames: ['source'], registers: [registry] }),
    cacheHits: new Counter({ name: 'teammetrics_cache_hits_total', help: 'Answers served from the cache instead of a provider API, by source.', labelNames: ['source'], registers: [registry] }),
    queryMemo: new Counter({
      name: 'teammetrics_query_memo_total',
      help: 'Queries answered from the memo of identical queries (hit), by waiting for an identical running one (joined), or computed (miss).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    queryDuration: new Histogram({ name: 'teammetrics_query_duration_seconds', help: 'Time to answer one query.', labelNames: ['query_type'], buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30], registers: [registry] }),
  };
}
