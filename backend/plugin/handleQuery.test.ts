import { createLogger } from '../protocol/logger';
import type { DataQuery, PluginContext } from '../protocol/messages';
import { createPluginMetrics } from '../protocol/pluginMetrics';
import { answerQueryData } from '../protocol/queryData';
import { QueryMemo } from '../protocol/queryMemo';
import { Redactor } from '../protocol/redactor';
import { dataGeneration } from './handleQuery';
import { createTeamMetricsPlugin } from './index';
import { testContext, TEST_NOW } from './testing/testContext';

const DAY_MS = 86_400_000;
const dataQuery = (json: object, queryType = ''): DataQuery => ({
  refId: 'A',
  maxDataPoints: 100,
  intervalMS: DAY_MS,
  timeRange: { fromEpochMS: TEST_NOW - 30 * DAY_MS, toEpochMS: TEST_NOW },
  json: Buffer.from(JSON.stringify(json)),
  queryType,
});

describe('dataGeneration', () => {
  const { instance } = testContext();

  it.each<[string, DataQuery, string | undefined]>([
    ['a demo time series (pure in seed, query and range)', dataQuery({ queryType: 'demo_timeseries' }), 'pure'],
    ['a demo table', dataQuery({}, 'demo_table'), 'pure'],
    ['a metric, while the instance cannot tell its data generation', dataQuery({ queryType: 'metric', metric: 'deploy_frequency' }), undefined],
    ['JSON saying metric under a demo DataQuery type (the JSON decides the route)', dataQuery({ queryType: 'metric' }, 'demo_timeseries'), undefined],
    ['a queryType that is not a string', dataQuery({ queryType: 7 }), undefined],
  ])('%s → %s', (_, query, expected) => {
    expect(dataGeneration(query, JSON.parse(query.json.toString()), instance, TEST_NOW)).toBe(expected);
  });

  it('uses the instance’s own data generation when it has one', () => {
    const withHook = Object.assign(Object.create(instance) as typeof instance, { dataGeneration: (now: number) => Math.floor(now / 3_600_000) });
    expect(dataGeneration(dataQuery({ metric: 'deploy_frequency' }), { metric: 'deploy_frequency' }, withHook, TEST_NOW)).toBe(`data:${Math.floor(TEST_NOW / 3_600_000)}`);
  });
});

describe('memoized queries through real dispatch', () => {
  it('answers a repeated demo query from the memo and computes every metric query', async () => {
    const metrics = createPluginMetrics(false);
    const logger = createLogger(() => undefined);
    const plugin = createTeamMetricsPlugin({ logger, metrics, redactor: new Redactor(), now: () => TEST_NOW });
    const context = {
      orgId: 1,
      dataSourceInstanceSettings: { id: 1, uid: 'u', name: 'n', url: '', jsonData: Buffer.from('{"demo":{"enabled":true,"seed":42}}'), decryptedSecureJsonData: {}, lastUpdatedMS: 1 },
    } as unknown as PluginContext;
    const memoization = { memo: new QueryMemo(10, 1e6), scope: plugin.memoScope! };
    const ask = (query: DataQuery) => answerQueryData({ pluginContext: context, headers: {}, queries: [query], format: 0 }, plugin.query, metrics, logger, memoization);

    const demo = dataQuery({ refId: 'A', queryType: 'demo_timeseries', seriesCount: 2 });
    const first = await ask(demo);
    const second = await ask({ ...demo, refId: 'B', json: Buffer.from('{"refId":"B","queryType":"demo_timeseries","seriesCount":2}') });
    const metric = dataQuery({ queryType: 'metric', metric: 'deploy_frequency' });
    const metricAnswers = [await ask(metric), await ask(metric)];

    expect(first.responses.A.frames).toHaveLength(2);
    expect(second.responses.B.frames).toHaveLength(2);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/teammetrics_query_memo_total\{outcome="miss"\} 1/);
    expect(text).toMatch(/teammetrics_query_memo_total\{outcome="hit"\} 1/);
    // The metric queries went past the memo (no outcome counted) and were answered.
    expect(metricAnswers.map((a) => a.responses.A.status)).toEqual([200, 200]);
    expect(text).toMatch(/teammetrics_queries_total\{query_type="unknown"\} 4/);
    await plugin.dispose();
  });
});
