/**
 * The committed GA4 fixtures (served by the jest double and the Go host double alike) are valid Data API
 * responses: they decode with the package's own protobufjs descriptors and re-encode to the same JSON.
 */
import { readdirSync } from 'node:fs';
import { Root } from 'protobufjs';
import { fixture, TESTDATA } from './testing/ga4Double';

const descriptors = require('@google-analytics/data/build/protos/protos.json') as Parameters<typeof Root.fromJSON>[0];
const root = Root.fromJSON(descriptors);

const RESPONSES: Array<[string, string]> = [
  ['runReport.json', 'google.analytics.data.v1beta.RunReportResponse'],
  ['healthReport.json', 'google.analytics.data.v1beta.RunReportResponse'],
  ['metadata.json', 'google.analytics.data.v1beta.Metadata'],
];

describe('GA4 fixtures follow the Data API protos', () => {
  it.each(RESPONSES)('%s is a %s', (name, typeName) => {
    const type = root.lookupType(typeName);
    const json = fixture(name) as Record<string, unknown>;
    const message = type.fromObject(json);
    expect(type.verify(message)).toBeNull();
    expect(type.toObject(message, { longs: String, enums: Number })).toEqual(json);
  });

  // https://cloud.google.com/apis/design/errors#http_mapping
  const HTTP_OF_STATUS: Record<string, number> = { PERMISSION_DENIED: 403, RESOURCE_EXHAUSTED: 429, UNAUTHENTICATED: 401, UNAVAILABLE: 503 };
  it.each(readdirSync(TESTDATA).filter((f) => f.startsWith('error')))('%s is a Google JSON error whose HTTP code matches its status', (name) => {
    const { error } = fixture(name) as { error: { code: number; message: string; status: string } };
    expect(typeof error.message).toBe('string');
    expect(error.code).toBe(HTTP_OF_STATUS[error.status]);
  });

  it('every response fixture is covered above', () => {
    const covered = new Set([...RESPONSES.map(([n]) => n), 'service-account.json']);
    expect(readdirSync(TESTDATA).filter((f) => f.endsWith('.json') && !f.startsWith('error') && !covered.has(f))).toEqual([]);
  });
});
