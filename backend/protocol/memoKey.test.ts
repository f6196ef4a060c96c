import { memoKey as keyOf } from './memoKey';
import type { DataQuery } from './messages';
import { queryJson } from './queryJson';

const memoKey = (query: DataQuery, scope: string) => {
  const json = queryJson(query.json);
  return json && keyOf(query, json, scope);
};

const query = (over: Partial<DataQuery> = {}, json: object | string = { refId: 'A', queryType: 'demo_timeseries', seriesCount: 3 }): DataQuery => ({
  refId: 'A',
  maxDataPoints: 1000,
  intervalMS: 60_000,
  timeRange: { fromEpochMS: 1_000, toEpochMS: 2_000 },
  json: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
  queryType: 'demo_timeseries',
  ...over,
});

describe('memoKey', () => {
  it('ignores the refId, in the DataQuery and in its JSON', () => {
    expect(memoKey(query({ refId: 'B' }, { refId: 'B', queryType: 'demo_timeseries', seriesCount: 3 }), 's')).toBe(memoKey(query(), 's'));
  });

  it.each<[string, DataQuery, string]>([
    ['another scope', query(), 'other'],
    ['another query JSON', query({}, { refId: 'A', queryType: 'demo_timeseries', seriesCount: 4 }), 's'],
    ['another queryType field', query({ queryType: 'metric' }), 's'],
    ['another start', query({ timeRange: { fromEpochMS: 1_001, toEpochMS: 2_000 } }), 's'],
    ['another end', query({ timeRange: { fromEpochMS: 1_000, toEpochMS: 2_001 } }), 's'],
    ['another interval', query({ intervalMS: 1 }), 's'],
    ['another maxDataPoints', query({ maxDataPoints: 1 }), 's'],
  ])('differs for %s', (_, other, scope) => {
    expect(memoKey(other, scope)).not.toBe(memoKey(query(), 's'));
  });

  it('cannot be confused by separators inside strings', () => {
    expect(memoKey(query({ queryType: 'a","b' }), 's')).not.toBe(memoKey(query({ queryType: 'a' }), 's","b'));
  });

  it.each(['not json', '[1]', 'null'])('is undefined for query JSON %s (the handler reports it)', (json) => {
    expect(memoKey(query({}, json), 's')).toBeUndefined();
  });
});
