import { QueryError } from '../../protocol/errors';
import { toGa4Error } from './errors';

const ctx = { propertyId: '42', clientEmail: 'reader@p.iam.gserviceaccount.com', now: Date.UTC(2026, 10, 26, 23, 59) };
/** What gaxios throws in REST mode: the HTTP status and Google's JSON error body as the message. */
const http = (status: number, message: string) => Object.assign(new Error(JSON.stringify({ error: { code: status, message } })), { status });

describe('toGa4Error', () => {
  it.each([
    [http(400, 'Field badMetric is not a valid metric.'), 400, 'GA4 rejected the report for property 42: Field badMetric is not a valid metric.'],
    [http(404, 'Property not found'), 404, 'GA4: property 42 does not exist; check the property id in the data source settings'],
    [http(429, 'Exhausted property tokens per hour'), 429, 'GA4 quota exhausted for this hour; resets at 00:00 UTC'],
    [http(429, 'Exhausted property tokens per day'), 429, 'GA4 daily quota exhausted for this property; it resets at midnight Pacific time'],
    [http(504, 'Deadline exceeded'), 504, 'GA4 did not answer within 30 s; try a shorter time range or fewer dimensions'],
    [Object.assign(new Error('7 PERMISSION_DENIED: no'), { code: 7 }), 403, 'GA4: reader@p.iam.gserviceaccount.com cannot read property 42; add it as a Viewer in GA4 Admin → Property access management'],
    [Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4 }), 504, 'GA4 did not answer within 30 s; try a shorter time range or fewer dimensions'],
    [Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 502, 'GA4: cannot reach the Data API; check the network or the API endpoint setting'],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), 504, 'GA4 did not answer in time (query cancelled or deadline passed); try a shorter time range'],
  ])('%s → %i', (err, status, message) => {
    const result = toGa4Error(err, ctx);
    expect([result.status, result.source, result.message]).toEqual([status, 'downstream', message]);
  });

  it('passes QueryErrors through', () => {
    const err = new QueryError('x', 400, 'plugin');
    expect(toGa4Error(err, ctx)).toBe(err);
  });
});
