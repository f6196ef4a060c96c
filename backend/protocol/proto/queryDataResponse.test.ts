import fc from 'fast-check';
import { Root, parse } from 'protobufjs';

import type { QueryDataResponse } from '../messages';
import { codec } from './index';
import pluginV2Proto from './pluginv2.proto';
import { encodeQueryDataResponse } from './queryDataResponse';

const root = new Root();
parse(pluginV2Proto, root, { keepCase: true });
root.resolveAll();
const generic = codec<QueryDataResponse & { responses: Record<string, { jsonMeta: Buffer; format: number }> }>(root.lookupType('pluginv2.QueryDataResponse'));

const text = fc.string({ unit: 'binary', maxLength: 30 });
const response = fc.record({
  frames: fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 4 }),
  error: text,
  status: fc.oneof(fc.constantFrom(0, 200, 400, 500), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
  errorSource: fc.constantFrom('', 'plugin', 'downstream'),
});
const message = fc.record({ responses: fc.dictionary(text, response, { maxKeys: 4 }) });

describe('encodeQueryDataResponse', () => {
  it('writes what the generic protobuf codec reads back, after any headroom', () => {
    fc.assert(
      fc.property(message, fc.integer({ min: 0, max: 8 }), (m, headroom) => {
        const decoded = generic.decode(encodeQueryDataResponse(m, headroom).subarray(headroom));
        const expected = Object.fromEntries(
          Object.entries(m.responses).map(([refId, r]) => [refId, { ...r, frames: r.frames.map((f) => Buffer.from(f)), jsonMeta: Buffer.alloc(0), format: 0 }])
        );
        expect(decoded.responses).toEqual(expected);
      }),
      { numRuns: 300 }
    );
  });
});
