import fc from 'fast-check';
import { Root, parse } from 'protobufjs';

import type { QueryDataRequest } from '../messages';
import { codec, loadProtocol } from './index';
import pluginV2Proto from './pluginv2.proto';

const root = new Root();
parse(pluginV2Proto, root, { keepCase: true });
root.resolveAll();
const generic = codec<QueryDataRequest>(root.lookupType('pluginv2.QueryDataRequest'));
const { decode } = loadProtocol().queryData.request;

const text = fc.string({ maxLength: 20 });
const int64 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const bytes = fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b));
const settings = fc.record({ id: int64, uid: text, name: text, url: text, jsonData: bytes, decryptedSecureJsonData: fc.dictionary(text, text, { maxKeys: 3 }), lastUpdatedMS: int64 }, { requiredKeys: [] });
const context = fc.record(
  {
    orgId: int64,
    pluginId: text,
    user: fc.record({ login: text, name: text, email: text, role: text }, { requiredKeys: [] }),
    dataSourceInstanceSettings: settings,
    grafanaConfig: fc.dictionary(text, text, { maxKeys: 3 }),
    pluginVersion: text,
    userAgent: text,
  },
  { requiredKeys: [] }
);
const query = fc.record(
  { refId: text, maxDataPoints: int64, intervalMS: int64, timeRange: fc.record({ fromEpochMS: int64, toEpochMS: int64 }, { requiredKeys: [] }), json: bytes, queryType: text },
  { requiredKeys: [] }
);
const request = fc.record({ pluginContext: context, headers: fc.dictionary(text, text, { maxKeys: 3 }), queries: fc.array(query, { maxLength: 3 }), format: fc.constantFrom(0, 1) }, { requiredKeys: [] });

describe('QueryData request decoding', () => {
  it('decodes any request exactly as the generic protobuf codec does', () => {
    fc.assert(
      fc.property(request, (r) => {
        const wire = generic.encode(r as unknown as QueryDataRequest);
        expect(decode(wire)).toEqual(generic.decode(wire));
      }),
      { numRuns: 300 }
    );
  });

  it('shares one frozen plugin context between requests that carry the same one', () => {
    const wire = (refId: string) =>
      generic.encode({ pluginContext: { orgId: 1, dataSourceInstanceSettings: { uid: 'u', lastUpdatedMS: 1 } }, queries: [{ refId }] } as unknown as QueryDataRequest);
    const [a, b] = [decode(wire('A')), decode(wire('B'))];
    expect(b.pluginContext).toBe(a.pluginContext);
    expect(Object.isFrozen(a.pluginContext!.dataSourceInstanceSettings)).toBe(true);
    expect(b.queries[0].refId).toBe('B');
  });
});
