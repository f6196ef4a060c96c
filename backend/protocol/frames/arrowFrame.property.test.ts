import { tableFromIPC, type Table } from 'apache-arrow';
import fc from 'fast-check';

import { encodeArrowFrame } from './arrowFrame';
import { setEpochNanos } from './epochNanos';
import type { Field, Frame } from './frame';
import { encodeWithArrowJs } from './testing/arrowJsEncoder';

const nullable = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null, freq: 4 });
const text = fc.string({ unit: 'binary', maxLength: 12 });
// arrow-js writes an empty field name as no name and reads that back as "null"; the Go SDK reads "" either way.
const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const labels = fc.option(fc.dictionary(text, text, { maxKeys: 3 }), { nil: undefined });
const config = fc.option(fc.record({ unit: fc.constantFrom('short', 'h', '%'), decimals: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }), { nil: undefined });

function fieldOf(length: number): fc.Arbitrary<Field> {
  const values = <T>(value: fc.Arbitrary<T>) => fc.array(value, { minLength: length, maxLength: length });
  const base = { name, labels, config };
  return fc.oneof(
    fc.record({ ...base, type: fc.constant('time' as const), values: values(fc.integer({ min: -2e12, max: 5e12 })) }),
    fc.record({ ...base, type: fc.constant('float64' as const), values: values(nullable(fc.double())) }),
    fc.record({ ...base, type: fc.constant('int64' as const), values: values(nullable(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))) }),
    fc.record({ ...base, type: fc.constant('string' as const), values: values(nullable(text)) }),
    fc.record({ ...base, type: fc.constant('bool' as const), values: values(nullable(fc.boolean())) })
  );
}

const frames: fc.Arbitrary<Frame> = fc.integer({ min: 0, max: 40 }).chain((length) =>
  fc.record(
    {
      name: text,
      refId: text,
      meta: fc.record({ type: fc.constant('timeseries-multi' as const), notices: fc.array(fc.record({ severity: fc.constant('warning' as const), text }), { maxLength: 2 }) }),
      // arrow-js refuses duplicate field names (its Table checks schemas by name); the direct encoder does not care.
      fields: fc.uniqueArray(fieldOf(length), { selector: (f) => f.name, minLength: 1, maxLength: 6 }),
    },
    { requiredKeys: ['fields'] }
  )
);

/** Everything a reader can see of a decoded table. */
function contents(table: Table) {
  return {
    metadata: Object.fromEntries(table.schema.metadata),
    rows: table.numRows,
    fields: table.schema.fields.map((f, i) => ({
      name: f.name,
      type: f.type.toString(),
      nullable: f.nullable,
      metadata: Object.fromEntries(f.metadata),
      values: [...table.getChildAt(i)!],
    })),
  };
}

describe('encodeArrowFrame against apache-arrow’s own writer', () => {
  it('decodes to the same schema, metadata and values for any frame', () => {
    fc.assert(
      fc.property(frames, (frame) => {
        expect(contents(tableFromIPC(encodeArrowFrame(frame)))).toEqual(contents(tableFromIPC(encodeWithArrowJs(frame))));
      }),
      { numRuns: 300 }
    );
  });

  it('decodes a 5,000-row, all-types frame the same', () => {
    const n = 5_000;
    const frame: Frame = {
      name: 'big',
      fields: [
        { name: 'time', type: 'time', values: Array.from({ length: n }, (_, i) => 1_700_000_000_000 + i * 86_400_000) },
        { name: 'value', type: 'float64', values: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i / 3)) },
        { name: 'repo', type: 'string', values: Array.from({ length: n }, (_, i) => (i % 5 === 0 ? null : `acme/répo-${i}`)) },
      ],
    };
    expect(contents(tableFromIPC(encodeArrowFrame(frame)))).toEqual(contents(tableFromIPC(encodeWithArrowJs(frame))));
  });
});

describe('setEpochNanos', () => {
  it('writes exactly ms × 10^6 as int64, also before 1970 and for fractional ms', () => {
    const view = new DataView(new ArrayBuffer(8));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -9_223_372_036_854, max: 9_223_372_036_854 }), fc.double({ min: -9e12, max: 9e12, noNaN: true })), (ms) => {
        setEpochNanos(view, 0, ms);
        expect(view.getBigInt64(0, true)).toBe(BigInt(Math.round(ms)) * 1_000_000n);
      }),
      { numRuns: 2_000 }
    );
  });
});
