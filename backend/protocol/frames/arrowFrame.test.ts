import { DataType, tableFromIPC } from 'apache-arrow';

import { encodeArrowFrame } from './arrowFrame';
import type { Frame } from './frame';

const t0 = Date.UTC(2026, 10, 1);
const frame: Frame = {
  name: 'deploy_frequency',
  refId: 'A',
  meta: { type: 'timeseries-multi', typeVersion: [0, 1], notices: [{ severity: 'warning', text: 'capped' }] },
  fields: [
    { name: 'time', type: 'time', values: [t0, t0 + 86_400_000] },
    { name: 'value', type: 'float64', labels: { team: 'payments' }, config: { unit: 'short', decimals: 1 }, values: [1.5, null] },
    { name: 'count', type: 'int64', values: [3, null] },
    { name: 'repo', type: 'string', values: ['acme/api', null] },
    { name: 'ok', type: 'bool', values: [true, false] },
  ],
};

describe('encodeArrowFrame', () => {
  const bytes = encodeArrowFrame(frame);
  const table = tableFromIPC(bytes);

  it('writes an Arrow IPC file (ARROW1 magic at both ends), not a stream', () => {
    const text = Buffer.from(bytes);
    expect(text.subarray(0, 6).toString()).toBe('ARROW1');
    expect(text.subarray(text.length - 6).toString()).toBe('ARROW1');
  });

  it('uses the explicit column types the Go SDK accepts', () => {
    const types = table.schema.fields.map((f) => [f.name, DataType.isTimestamp(f.type), f.type.toString()]);
    expect(types).toEqual([
      ['time', true, 'Timestamp<NANOSECOND>'],
      ['value', false, 'Float64'],
      ['count', false, 'Int64'],
      ['repo', false, 'Utf8'],
      ['ok', false, 'Bool'],
    ]);
  });

  it('stores times as exact nanoseconds since the epoch', () => {
    const raw = table.getChild('time')!.data[0].values as BigInt64Array;
    expect(raw[0]).toBe(BigInt(t0) * 1_000_000n);
    // Not a whole day: a float multiplication would give ...916999936 here.
    const odd = Date.UTC(2026, 10, 4, 0, 12, 29, 917);
    const oddTable = tableFromIPC(encodeArrowFrame({ fields: [{ name: 'time', type: 'time', values: [odd] }] }));
    expect((oddTable.getChild('time')!.data[0].values as BigInt64Array)[0]).toBe(BigInt(odd) * 1_000_000n);
  });

  it('keeps nulls as nulls in nullable columns and marks time non-nullable', () => {
    expect(table.getChild('value')!.get(1)).toBeNull();
    expect(table.getChild('count')!.get(1)).toBeNull();
    expect(table.getChild('repo')!.get(1)).toBeNull();
    expect(table.schema.fields[0].nullable).toBe(false);
    expect(table.schema.fields[1].nullable).toBe(true);
  });

  it('writes the SDK metadata keys on schema and fields', () => {
    expect(table.schema.metadata.get('name')).toBe('deploy_frequency');
    expect(table.schema.metadata.get('refId')).toBe('A');
    expect(JSON.parse(table.schema.metadata.get('meta')!)).toEqual(frame.meta);
    const value = table.schema.fields[1];
    expect(value.metadata.get('tstype')).toBe('number');
    expect(JSON.parse(value.metadata.get('labels')!)).toEqual({ team: 'payments' });
    expect(JSON.parse(value.metadata.get('config')!)).toEqual({ unit: 'short', decimals: 1 });
    expect(table.schema.fields[0].metadata.get('tstype')).toBe('time');
    expect(table.schema.fields[0].metadata.has('labels')).toBe(false);
  });

  it('encodes an empty frame', () => {
    const empty = tableFromIPC(encodeArrowFrame({ name: 'x', fields: [{ name: 'time', type: 'time', values: [] }, { name: 'value', type: 'float64', values: [] }] }));
    expect(empty.numRows).toBe(0);
    expect(empty.schema.fields.map((f) => f.name)).toEqual(['time', 'value']);
  });

  it('refuses fields of different lengths', () => {
    expect(() => encodeArrowFrame({ fields: [{ name: 'a', type: 'float64', values: [1] }, { name: 'b', type: 'float64', values: [] }] })).toThrow(/different lengths/);
  });

  it('reuses a schema across frames without mixing their lengths, values or labels', () => {
    const shaped = (values: number[], team: string): Frame => ({
      name: 'same',
      fields: [
        { name: 'time', type: 'time', values: values.map((_, i) => t0 + i) },
        { name: 'value', type: 'float64', labels: { team }, values },
      ],
    });
    const frames = [shaped([1, 2, 3], 'a'), shaped([4, 5, 6, 7, 8], 'a'), shaped([9], 'b'), shaped([], 'a')];
    const decoded = frames.map((f) => tableFromIPC(encodeArrowFrame(f)));
    expect(decoded.map((t) => t.getChild('value')!.toArray())).toEqual(frames.map((f) => Float64Array.from(f.fields[1].values as number[])));
    expect(decoded.map((t) => JSON.parse(t.schema.fields[1].metadata.get('labels')!).team)).toEqual(['a', 'a', 'b', 'a']);
  });
});
