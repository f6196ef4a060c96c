import { tableFromIPC } from 'apache-arrow';

import { badRequest, downstreamError } from './errors';
import { createLogger } from './logger';
import type { DataQuery, PluginContext, QueryDataRequest } from './messages';
import { createPluginMetrics } from './pluginMetrics';
import { answerQueryData, type QueryHandler } from './queryData';
import { QueryMemo } from './queryMemo';

const context = { orgId: 1, pluginId: 'teammetrics-kpi-datasource', user: null, dataSourceInstanceSettings: null, grafanaConfig: {}, pluginVersion: '', userAgent: '' } as PluginContext;
const query = (refId: string): DataQuery => ({ refId, maxDataPoints: 1, intervalMS: 1, timeRange: { fromEpochMS: 0, toEpochMS: 1 }, json: Buffer.from('{}'), queryType: refId });
const request = (...refIds: string[]): QueryDataRequest => ({ pluginContext: context, headers: {}, queries: refIds.map(query), format: 0 });

describe('answerQueryData', () => {
  const lines: string[] = [];
  const logger = createLogger((l) => lines.push(l));

  const handler: QueryHandler = async (q) => {
    switch (q.refId) {
      case 'bad':
        throw badRequest('bad query');
      case 'down':
        throw downstreamError('rate limited', 429);
      case 'bug':
        throw new TypeError('x is undefined');
      default:
        return [{ name: q.refId, fields: [{ name: 'value', type: 'float64', values: [1] }] }];
    }
  };

  it('answers every query on its own: one failure never affects the others', async () => {
    const metrics = createPluginMetrics(false);
    const { responses } = await answerQueryData(request('ok', 'bad', 'down', 'bug', 'ok2'), handler, metrics, logger);
    expect(responses.ok).toMatchObject({ status: 200, error: '' });
    expect(responses.ok2).toMatchObject({ status: 200, error: '' });
    expect(responses.bad).toMatchObject({ status: 400, error: 'bad query', errorSource: 'plugin', frames: [] });
    expect(responses.down).toMatchObject({ status: 429, error: 'rate limited', errorSource: 'downstream' });
    expect(responses.bug).toMatchObject({ status: 500, errorSource: 'plugin' });
    expect(responses.bug.error).toMatch(/internal error.*x is undefined/);
  });

  it('fills the frame refId from the query and counts queries and errors', async () => {
    const metrics = createPluginMetrics(false);
    const { responses } = await answerQueryData(request('ok', 'bad'), handler, metrics, logger);
    expect(tableFromIPC(responses.ok.frames[0]).schema.metadata.get('refId')).toBe('ok');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/teammetrics_queries_total\{query_type="ok"\} 1/);
    expect(text).toMatch(/teammetrics_query_errors_total\{query_type="bad",error_source="plugin"\} 1/);
  });

  it('logs unexpected errors with their stack, but not expected ones', async () => {
    lines.length = 0;
    await answerQueryData(request('bad', 'bug'), handler, createPluginMetrics(false), logger);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ '@level': 'error', refId: 'bug' });
  });

  it('answers every query with an error when the request has no plugin context', async () => {
    const { responses } = await answerQueryData({ ...request('a'), pluginContext: null }, handler, createPluginMetrics(false), logger);
    expect(responses.a).toMatchObject({ status: 400, errorSource: 'plugin' });
  });

  describe('with a memo', () => {
    const demo = (refId: string, json: object = { refId, queryType: 'demo' }): DataQuery => ({ ...query(refId), json: Buffer.from(JSON.stringify(json)), queryType: 'demo' });
    const counted = () => {
      const seen: string[] = [];
      const handle: QueryHandler = async (q) => (seen.push(q.refId), [{ name: 'x', fields: [{ name: 'value', type: 'float64', values: [1] }] }]);
      return { seen, handle };
    };

    it('answers identical queries once, even inside one request and under other refIds', async () => {
      const metrics = createPluginMetrics(false);
      const { seen, handle } = counted();
      const memoization = { memo: new QueryMemo(10, 1e6), scope: () => 'instance' };
      const { responses } = await answerQueryData({ ...request(), queries: [demo('A'), demo('B')] }, handle, metrics, logger, memoization);
      await answerQueryData({ ...request(), queries: [demo('C')] }, handle, metrics, logger, memoization);
      expect(seen).toEqual(['A']);
      expect(tableFromIPC(responses.B.frames[0]).schema.metadata.get('refId')).toBe('B');
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/teammetrics_query_memo_total\{outcome="miss"\} 1/);
      expect(text).toMatch(/teammetrics_query_memo_total\{outcome="joined"\} 1/);
      expect(text).toMatch(/teammetrics_query_memo_total\{outcome="hit"\} 1/);
      expect(text).toMatch(/teammetrics_queries_total\{query_type="demo"\} 3/);
    });

    it('computes every query the plugin gives no scope for', async () => {
      const { seen, handle } = counted();
      const memoization = { memo: new QueryMemo(10, 1e6), scope: () => undefined };
      await answerQueryData({ ...request(), queries: [demo('A')] }, handle, createPluginMetrics(false), logger, memoization);
      await answerQueryData({ ...request(), queries: [demo('A')] }, handle, createPluginMetrics(false), logger, memoization);
      expect(seen).toEqual(['A', 'A']);
    });

    it('never keeps an error', async () => {
      const memoization = { memo: new QueryMemo(10, 1e6), scope: () => 'instance' };
      const first = await answerQueryData(request('bad'), handler, createPluginMetrics(false), logger, memoization);
      expect(first.responses.bad).toMatchObject({ status: 400 });
      expect(memoization.memo.size).toBe(0);
    });
  });
});
