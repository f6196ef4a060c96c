import type { DataQuery } from '../protocol/messages';
import { parseQuery } from './queryModel';

const range = { fromEpochMS: Date.UTC(2026, 9, 1), toEpochMS: Date.UTC(2026, 10, 1) };
const dataQuery = (json: string, extra: Partial<DataQuery> = {}): DataQuery => ({
  refId: 'A',
  maxDataPoints: 1000,
  intervalMS: 60_000,
  timeRange: range,
  json: Buffer.from(json),
  queryType: '',
  ...extra,
});

describe('parseQuery', () => {
  it('reads the shared query model and the time range', () => {
    const q = parseQuery(dataQuery(JSON.stringify({ refId: 'A', queryType: 'metric', metric: 'deploy_frequency', filters: { repo: ['acme/api'] }, bucket: 'week', datasource: { uid: 'x' } })));
    expect(q).toMatchObject({ refId: 'A', queryType: 'metric', metric: 'deploy_frequency', filters: { repo: ['acme/api'] }, bucket: 'week', from: range.fromEpochMS, to: range.toEpochMS });
  });

  it('takes queryType from the DataQuery when the JSON has none', () => {
    expect(parseQuery(dataQuery('{}', { queryType: 'demo_table' })).queryType).toBe('demo_table');
  });

  it.each([
    ['truncated JSON', '{"queryType":', /could not be parsed/],
    ['not an object', '[1,2]', /must be an object/],
    ['unknown query type', '{"queryType":"bogus"}', /queryType/],
    ['filter of the wrong type', '{"filters":{"repo":"acme/api"}}', /filters\.repo/],
    ['unknown bucket', '{"bucket":"fortnight"}', /bucket/],
    ['negative series count', '{"seriesCount":-1}', /seriesCount/],
    ['zero series', '{"seriesCount":0}', /seriesCount/],
  ])('rejects %s with a 400 plugin error naming the problem', (_name, json, message) => {
    expect(() => parseQuery(dataQuery(json))).toThrow(expect.objectContaining({ status: 400, source: 'plugin', message: expect.stringMatching(message) }));
  });

  it.each([
    ['reversed', { fromEpochMS: 10, toEpochMS: 5 }],
    ['empty', { fromEpochMS: 10, toEpochMS: 10 }],
  ])('rejects a %s time range', (_name, timeRange) => {
    expect(() => parseQuery(dataQuery('{}', { timeRange }))).toThrow(/time range/);
  });
});
