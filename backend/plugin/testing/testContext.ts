import { createLogger } from '../../protocol/logger';
import type { SourceContext } from '../../sources/types';
import type { DataSourceConfig } from '../dataSourceConfig';
import { DataSourceInstance } from '../dataSourceInstance';
import type { QueryContext } from '../queryContext';

export const TEST_NOW = Date.UTC(2026, 10, 26, 12);

export function testSourceContext(now = TEST_NOW): SourceContext & { upstream: string[]; hits: string[] } {
  const upstream: string[] = [];
  const hits: string[] = [];
  return {
    signal: new AbortController().signal,
    telemetry: { upstreamRequest: (s) => upstream.push(s), cacheHit: (s) => hits.push(s) },
    logger: createLogger(() => undefined),
    now,
    upstream,
    hits,
  };
}

export function testContext(jsonData: DataSourceConfig['jsonData'] = { demo: { enabled: true, seed: 42 } }, secrets: DataSourceConfig['secrets'] = {}): QueryContext {
  return { instance: new DataSourceInstance({ uid: 'u', name: 'n', lastUpdatedMS: 1, jsonData, secrets }), source: testSourceContext() };
}
